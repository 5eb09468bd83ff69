"""Text for the stream picture: a CJK-capable font and line wrapping.

The font is Noto Sans CJK (SIL OFL 1.1), shipped on PyPI as `manimgx-fonts-cjk`, a variable
font from Thin to Black; it covers Chinese and Latin so one font sets every caption.
"""

from __future__ import annotations

import importlib.resources as resources
import re
from functools import lru_cache
from pathlib import Path

from vhost.errors import BackendError

_FONT_PACKAGE = "manimgx_fonts_cjk"
_FONT_FILE = "NotoSansCJK-VF.otf.ttc"
_SIMPLIFIED_CHINESE = 2  # face index of "Noto Sans CJK SC" in the collection


def font_path() -> Path:
    try:
        path = Path(str(resources.files(_FONT_PACKAGE) / _FONT_FILE))
    except ModuleNotFoundError as exc:
        raise BackendError(
            "The Chinese font package (manimgx-fonts-cjk) is not installed; reinstall vhost"
            " with `bash scripts/setup.sh`."
        ) from exc
    if not path.is_file():
        raise BackendError(f"The font file {path} is missing; reinstall vhost with `bash scripts/setup.sh`.")
    return path


@lru_cache(maxsize=64)
def font(size: int, weight: str = "Regular"):  # noqa: ANN201 - PIL FreeTypeFont
    """weight: Thin, Light, DemiLight, Regular, Medium, Bold or Black."""
    from PIL import ImageFont

    face = ImageFont.truetype(str(font_path()), size, index=_SIMPLIFIED_CHINESE)
    face.set_variation_by_name(weight)
    return face


# A CJK character, a Latin word (which ends where CJK text starts: "AI数字人" breaks after "AI"),
# or spaces.
_BREAKABLE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+")
_NO_LINE_START = set("，。！？、；：）》」』”’,.!?;:)%")


def wrap(text: str, face, max_width: float, max_lines: int | None = None) -> list[str]:  # noqa: ANN001
    """Break text into lines no wider than max_width: between CJK characters, or between words
    for Latin text; closing punctuation never starts a line. Overflow ends with an ellipsis."""
    lines: list[str] = []
    current = ""
    for piece in _BREAKABLE.findall(text.strip()):
        candidate = current + piece
        if face.getlength(candidate.rstrip()) <= max_width or not current.strip() or piece in _NO_LINE_START:
            current = candidate
            continue
        lines.append(current.rstrip())
        current = piece.lstrip()
    if current.strip():
        lines.append(current.rstrip())
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and face.getlength(last + "…") > max_width:
            last = last[:-1]
        kept[-1] = last.rstrip() + "…"
        return kept
    return lines
