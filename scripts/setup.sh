#!/usr/bin/env bash
# Set up vhost on a fresh Debian/Ubuntu machine: system packages, then a virtual environment
# in .venv/ with vhost (editable) and the exact versions in requirements.lock. Safe to run
# again: it only reinstalls when pyproject.toml or requirements.lock changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# System libraries the Python stack loads at run time:
#   libportaudio2      sounddevice (audio output devices)
#   libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3
#                      OpenCV (via mediapipe) and Qt (PySide6), even offscreen
# and the real counterparts the tests stream to (and that give a Linux desktop a virtual cable):
#   pulseaudio         a null sink: a real-time sound device OBS can capture
#   nginx-light libnginx-mod-rtmp ffmpeg
#                      an RTMP server on 127.0.0.1 and ffprobe to read the stream back
#   ngircd             an IRC server on 127.0.0.1 for the Twitch chat source's tests
APT_PACKAGES=(libportaudio2 libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3
              pulseaudio nginx-light libnginx-mod-rtmp ffmpeg ngircd)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3.11}
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "setup: vhost needs Python 3.11 ($PYTHON not found); install it and run this again." >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

# pip's chatter (and the build backend's warnings) go to a log; it is shown only on failure.
pip_install() {
  if ! .venv/bin/python -m pip install "$@" >>.venv/install.log 2>&1; then
    grep -v "is ignored: it is neither" .venv/install.log | tail -n 40 >&2
    echo "setup: pip install $* failed; the full log is .venv/install.log" >&2
    exit 1
  fi
}

# requirements.lock holds every package's exact version (bash scripts/lock.sh refreshes it);
# it is installed as it is, without resolving again, so every machine gets the same stack.
if [ ! -f requirements.lock ]; then
  echo "setup: requirements.lock is missing; restore it (git checkout requirements.lock) or make it: bash scripts/lock.sh" >&2
  exit 2
fi
stamp=.venv/.vhost-installed
want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing vhost and its locked dependencies into .venv/ (a few minutes the first time)"
  pip_install --upgrade "pip>=24"
  # torch first and alone: the 2.13.0 CPU build (a local wheel folder configured for pip
  # supplies it here); elsewhere install it from PyTorch's CPU index before running this.
  pip_install --no-deps "torch==2.13.0+cpu"
  pip_install --no-deps -r requirements.lock
  # built with the locked setuptools, not whatever the index serves today
  pip_install --no-deps --no-build-isolation -e .
  # the lock must be whole: pip check fails when a locked package misses a dependency
  if ! .venv/bin/python -m pip check >>.venv/install.log 2>&1; then
    tail -n 20 .venv/install.log >&2
    echo "setup: the installed packages do not fit together; refresh the lock (bash scripts/lock.sh)," \
         "or delete .venv if it holds packages from an older lock" >&2
    exit 1
  fi
  # torchaudio 2.11's bundled lib/ holds CUDA-only extensions that fail to load on a CPU
  # torch; without it torchaudio's pure-Python parts (all Coqui TTS needs) import fine.
  .venv/bin/python - <<'PY'
import importlib.util, pathlib, shutil
import torch
spec = importlib.util.find_spec("torchaudio")
if spec and torch.version.cuda is None:
    lib = pathlib.Path(spec.origin).parent / "lib"
    if lib.is_dir():
        shutil.rmtree(lib)
        print("setup: removed torchaudio's CUDA-only lib/ (CPU torch)")
PY
  echo "$want" > "$stamp"
fi
# The browser bridge's userscript is tested under Node (tests/bridge_js, jsdom from its lock)
# where Node is installed; without it those tests are skipped and say so.
if command -v npm >/dev/null 2>&1 && [ ! -d tests/bridge_js/node_modules/jsdom ]; then
  if ! npm ci --prefix tests/bridge_js --no-audit --no-fund --loglevel=error >>.venv/install.log 2>&1; then
    echo "setup: npm ci in tests/bridge_js failed (see .venv/install.log); the userscript tests will be skipped" >&2
  fi
fi
echo "setup: ready — .venv/bin/vhost --help"
