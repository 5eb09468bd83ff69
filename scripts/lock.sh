#!/usr/bin/env bash
# Refresh requirements.lock, the exact versions scripts/setup.sh installs, from pyproject.toml.
# Run it after changing a dependency in pyproject.toml, then run the tests and commit both files.
# The lock is for Linux x86_64 with CPython 3.11 (the machines vhost is built and tested on).
#   bash scripts/lock.sh             keep every locked version that still fits pyproject.toml
#   bash scripts/lock.sh --upgrade   take the newest versions pyproject.toml allows
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/uv ]; then  # only uv is needed (setup.sh would install the old lock first)
  [ -x .venv/bin/python ] || "${PYTHON:-python3.11}" -m venv .venv
  .venv/bin/python -m pip install -q "$(grep -E '^uv==' requirements.lock 2>/dev/null || echo uv)"
fi
# torch is the 2.13.0 CPU build, which comes from a local wheel folder (pip's find-links);
# without it the resolver would lock the CUDA build and its GBs of nvidia packages.
wheels=${TORCH_WHEELS:-$(.venv/bin/python -m pip config get global.find-links 2>/dev/null || true)}
if ! ls "$wheels"/torch-2.13.0+cpu-*.whl >/dev/null 2>&1; then
  echo "lock: no torch-2.13.0+cpu wheel found; set TORCH_WHEELS to the folder that holds it." >&2
  exit 2
fi
.venv/bin/uv pip compile pyproject.toml --extra dev --extra quality --python-version 3.11 \
  --python-platform x86_64-manylinux_2_28 --find-links "$wheels" --no-emit-find-links \
  --custom-compile-command "bash scripts/lock.sh" -o requirements.lock "$@"
