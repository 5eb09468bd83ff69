#!/usr/bin/env bash
# Set up (if needed) and run vhost's main job on the embedded defaults: check the demo
# catalog, write its sales script in Chinese and English (JSON in out/), speak a line, answer
# a demo chat, and render the presenter selling the catalog to out/show.zh.mp4 and show.en.mp4.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/vhost catalog check vhost/assets/demo/catalog.json
for lang in zh en; do
  .venv/bin/vhost script vhost/assets/demo/catalog.json --lang "$lang" --out "out/script.$lang.json"
done
.venv/bin/vhost say "欢迎来到直播间！这款保温杯今天到手价¥89，原价129元。" --lang zh --out out/say.zh.wav
.venv/bin/vhost say "Welcome to the stream! This thermos is only \$12.99 today." --lang en --out out/say.en.wav
for lang in zh en; do  # what the presenter says to a stream of viewers' comments
  .venv/bin/vhost answer --in "vhost/assets/demo/comments.$lang.jsonl" --lang "$lang" --out "out/answers.$lang.jsonl"
done
SECONDS_OF_SHOW=${SECONDS_OF_SHOW:-60}
for lang in zh en; do
  .venv/bin/vhost render --catalog vhost/assets/demo/catalog.json --lang "$lang" --seconds "$SECONDS_OF_SHOW" \
    --out "out/show.$lang.mp4"
done
