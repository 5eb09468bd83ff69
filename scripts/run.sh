#!/usr/bin/env bash
# Set up (if needed) and run vhost's main job on the embedded defaults: check the demo
# catalog and write its sales script in Chinese and English (JSON in out/, text on screen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/vhost catalog check assets/demo/catalog.json
for lang in zh en; do
  .venv/bin/vhost script assets/demo/catalog.json --lang "$lang" --out "out/script.$lang.json"
done
.venv/bin/vhost script assets/demo/catalog.json --lang zh --text --no-save
