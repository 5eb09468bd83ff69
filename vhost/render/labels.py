"""AI-generated content labels, as China's labelling rules for AI-generated content
(人工智能生成合成内容标识办法, in force since 2025-09-01, with the national standard GB 45438-2025)
ask of a digital-human stream: a visible label on the picture (explicit), and an implicit label
in the file's or stream's metadata (the "AIGC" field: that the content is AI-generated, who
produced it and a content number). Platforms check both on digital-human rooms.

The spoken disclosure the presenter says at the start of a show and at intervals lives with the
script (vhost.script.disclosure)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from vhost.errors import ConfigError

POSITIONS = ("top-left", "top-right", "bottom-left", "bottom-right")
TEXT = {"zh": "AI生成", "en": "AI-generated"}
PRODUCER = "vhost"


@dataclass(frozen=True)
class AiLabel:
    """Where the visible label sits and how big it is (1.0: about 3 % of the picture's height)."""

    position: str = "top-left"
    scale: float = 1.0

    def __post_init__(self) -> None:  # (a label that cannot be placed is refused at once)
        if self.position not in POSITIONS:
            raise ConfigError(
                f"The AI label's position {self.position!r} is not one of {', '.join(POSITIONS)}; choose one."
            )
        if not 0.5 <= self.scale <= 3.0:
            raise ConfigError(
                f"The AI label's size {self.scale:g} is outside 0.5 to 3; choose a size in between."
            )


def implicit_label(content_id: str | None = None, when: datetime | None = None) -> dict[str, str]:
    """Container metadata naming the content as AI-generated: the standard's AIGC field (a JSON
    object: Label 1 = AI-generated, the producer, this content's number) and a plain comment a
    person reading the file's tags understands. MP4 keeps it as a user tag, FLV in onMetaData."""
    produced = content_id or uuid.uuid4().hex
    aigc = {
        "Label": "1",
        "ContentProducer": PRODUCER,
        "ProduceID": produced,
        "ReservedCode1": "",
        "ContentPropagator": "",
        "PropagateID": "",
        "ReservedCode2": "",
    }
    moment = (when or datetime.now()).astimezone().isoformat(timespec="seconds")
    return {
        "AIGC": json.dumps(aigc, ensure_ascii=False),
        "comment": f"AI生成 AI-generated: a virtual presenter made by {PRODUCER} ({moment})",
    }


DEFAULT_LABEL = AiLabel()  # on by default, top left
