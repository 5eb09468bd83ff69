"""Flood control: the same question fifty times is answered once; one viewer cannot take over
the show; thanks for greetings, gifts and follows stay short and spaced out.

All windows are in seconds of the caller's clock (stream time in a show, message times in a
replay), so tests and replays behave the same as a live room.
"""

from __future__ import annotations

from collections import defaultdict, deque

ANSWER_AGAIN_AFTER = 60.0  # the same question about the same product: answered once a minute
USER_WINDOW, USER_LIMIT = 30.0, 4  # at most this many answers to one viewer in the window
THANKS_EVERY = 15.0  # at least this long between two thank-you lines of the same kind
_MEMORY = 600.0  # older entries are forgotten, so memory stays bounded over a day


class FloodControl:
    def __init__(self) -> None:
        self._answered: dict[str, float] = {}  # question key → when last answered
        self._per_user: defaultdict[str, deque[float]] = defaultdict(deque)
        self._thanked: dict[str, float] = {}  # kind of thanks → when last said

    def repeat(self, key: str, now: float) -> bool:
        """Whether this question was answered within the last ANSWER_AGAIN_AFTER seconds."""
        last = self._answered.get(key)
        return last is not None and now - last < ANSWER_AGAIN_AFTER

    def user_over_limit(self, user: str, now: float) -> bool:
        times = self._per_user[user]
        while times and now - times[0] > USER_WINDOW:
            times.popleft()
        return len(times) >= USER_LIMIT

    def thanks_allowed(self, kind: str, now: float) -> bool:
        last = self._thanked.get(kind)
        return last is None or now - last >= THANKS_EVERY

    def answered(self, key: str, user: str, now: float) -> None:
        self._answered[key] = now
        self._per_user[user].append(now)
        self._forget(now)

    def thanked(self, kind: str, now: float) -> None:
        self._thanked[kind] = now

    def _forget(self, now: float) -> None:
        if len(self._answered) > 1000:
            self._answered = {k: t for k, t in self._answered.items() if now - t < _MEMORY}
        if len(self._per_user) > 1000:
            for user in [u for u, times in self._per_user.items() if not times or now - times[-1] > _MEMORY]:
                del self._per_user[user]
