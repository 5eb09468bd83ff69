"""Grapheme-to-phoneme for Kokoro: Mandarin via misaki[zh], English via espeak-ng.

Both produce symbols from Kokoro's one shared vocabulary, so a Chinese sentence that names an
English brand (iPhone, USB-C) is phonemized run by run and joined.
"""

from __future__ import annotations

import re
from functools import cached_property

from vhost.errors import BackendError
from vhost.speech.normalize_en import normalize_en
from vhost.speech.normalize_zh import normalize_zh

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-\.+]*(?:\s+[A-Za-z][A-Za-z0-9'’\-\.+]*)*")
_ZH_PUNCT = str.maketrans(
    {
        "，": ",",
        "。": ".",
        "！": "!",
        "？": "?",
        "；": ";",
        "：": ":",
        "、": ",",
        "（": "(",
        "）": ")",
        "“": '"',
        "”": '"',
        "…": "…",
        "～": " ",
    }
)


class _Token:
    """What misaki's espeak fallback expects: an object with .text."""

    def __init__(self, text: str) -> None:
        self.text = text


class Phonemizer:
    """Text in zh or en → a Kokoro phoneme string. Loads its dictionaries once, on first use.

    `version="1.1"`: Mandarin as Kokoro v1.1-zh reads it (misaki's zh_frontend: bopomofo-like
    initials and finals with tone digits); None: the IPA with tone arrows that v1.0 reads."""

    def __init__(self, version: str | None = None) -> None:
        self.version = version

    @cached_property
    def _english(self):  # noqa: ANN202 - misaki type
        try:
            from misaki.espeak import EspeakFallback
        except (ImportError, OSError) as exc:
            raise BackendError(
                "The English phonemizer (espeak-ng via misaki) cannot load; reinstall"
                " vhost with `bash scripts/setup.sh`."
            ) from exc
        return EspeakFallback(british=False)

    @cached_property
    def _chinese(self):  # noqa: ANN202 - misaki type
        import logging

        try:
            import jieba
            from misaki.zh import ZHG2P
        except ImportError as exc:
            raise BackendError(
                "The Chinese phonemizer (misaki[zh]) is not installed; reinstall vhost"
                " with `bash scripts/setup.sh`."
            ) from exc
        jieba.setLogLevel(logging.WARNING)
        if self.version is None:
            return ZHG2P()
        # Latin runs are split off before (chinese()); en_callable covers any that slip through.
        return ZHG2P(version=self.version, en_callable=self.english)

    def english(self, text: str) -> str:
        text = normalize_en(text).strip()
        if not text:
            return ""
        phonemes, _ = self._english(_Token(text))
        return (phonemes or "").strip()

    def chinese(self, text: str) -> str:
        text = normalize_zh(text)
        pieces: list[str] = []
        position = 0
        for match in _LATIN_RUN.finditer(text):
            pieces.append(self._hanzi(text[position : match.start()]))
            pieces.append(self.english(match.group(0)))
            position = match.end()
        pieces.append(self._hanzi(text[position:]))
        return re.sub(r"\s+", " ", " ".join(p for p in pieces if p)).strip()

    def _hanzi(self, text: str) -> str:
        if not text.strip():
            return ""
        phonemes, _ = self._chinese(text)
        return (phonemes or "").translate(_ZH_PUNCT).strip()

    def __call__(self, text: str, lang: str) -> str:
        return self.chinese(text) if lang == "zh" else self.english(text)


_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])|(?<=[.](?=\s))")


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends so each chunk can be spoken as soon as it is ready."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
