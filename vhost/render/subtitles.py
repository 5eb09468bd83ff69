"""SubRip (.srt) subtitles: what a rendered show said and when, one cue per sentence.

`vhost render` writes them next to the MP4 (players show them; `vhost quality` reads them as
the script the speech is scored against)."""

from __future__ import annotations

import re
from pathlib import Path

Cue = tuple[float, float, str]  # (start s, end s, text)
_TIME = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d{3})\s*-->\s*(\d+):(\d\d):(\d\d)[,.](\d{3})")


def _stamp(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def write_srt(path: Path, cues: list[Cue]) -> None:
    blocks = [f"{n}\n{_stamp(s)} --> {_stamp(e)}\n{text}\n" for n, (s, e, text) in enumerate(cues, 1)]
    path.write_text("\n".join(blocks), encoding="utf-8")


def read_srt(path: Path) -> list[Cue]:
    cues = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8-sig").strip()):
        lines = block.strip().splitlines()
        for i, line in enumerate(lines):
            match = _TIME.search(line)
            if match:
                h0, m0, s0, ms0, h1, m1, s1, ms1 = (int(g) for g in match.groups())
                start = h0 * 3600 + m0 * 60 + s0 + ms0 / 1000
                end = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000
                cues.append((start, end, " ".join(lines[i + 1 :]).strip()))
                break
    return cues
