"""A one-connection RTMP server for tests: `python -m vhost.testing.rtmp_receiver URL [--frames N]`.

Listens on URL (rtmp://127.0.0.1:PORT/app/key), accepts one publisher, decodes its video and
prints {"frames": n, "width": w, "height": h, "metadata": {...}} as JSON (the metadata is the
stream's onMetaData, where an AI-generated label is carried) when the publisher leaves or after N
frames (then it hangs up, which is how tests simulate a server restart). It runs as its own
process because opening a listening socket in PyAV blocks the calling interpreter.
"""

from __future__ import annotations

import argparse
import json


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--frames", type=int, default=0, help="hang up after this many frames (0: never)")
    parser.add_argument("--wait", type=float, default=30.0, help="seconds to wait for a publisher")
    args = parser.parse_args()
    import av

    result: dict[str, object] = {"frames": 0}
    frames = 0
    try:
        with av.open(
            args.url, "r", format="flv", options={"listen": "1"}, timeout=(args.wait, 5.0)
        ) as source:
            result["metadata"] = dict(source.metadata)
            for frame in source.decode(video=0):
                frames += 1
                result["frames"] = frames
                result["width"], result["height"] = frame.width, frame.height
                if args.frames and frames >= args.frames:
                    break
    except (OSError, av.FFmpegError) as exc:  # the publisher hung up: the normal end
        result["ended"] = str(exc)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
