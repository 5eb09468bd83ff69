#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check vhost tests scripts
.venv/bin/ruff format --check vhost tests scripts
# types (strict on engine and domain; see [tool.mypy]) and the layering (see [tool.importlinter])
.venv/bin/mypy vhost
.venv/bin/lint-imports --no-logo
exec .venv/bin/python -m pytest "$@"
