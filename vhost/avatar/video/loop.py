"""Seamless looping ("video textures"): where the clip may jump to another of its moments
without the viewer seeing it, and a player that wanders through those jumps so the show never
shows an obvious cycle.

A jump from frame i to frame j plays j where i + 1 would have come, cross-fading over the next
`blend` frames. Its cost is how far frames i+1.. are from frames j.. over that window, in units
of the clip's own typical frame-to-frame change: a cost of 1 looks like an ordinary frame step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_JUMP_SECONDS = 1.0  # a jump shorter than this is just a stutter
MIN_RUN_SECONDS = 2.0  # at least this much plays between two jumps
BLEND_SECONDS = 0.3
GOOD_COST = 1.0  # at or below: as smooth as the clip's own motion
MAX_FRAMES = 2400  # longer clips are compared on every n-th frame (the matrix is N × N)


@dataclass(frozen=True)
class Jump:
    source: int  # the last frame played before the jump
    target: int  # the frame played instead of source + 1
    cost: float
    blend: int  # frames cross-faded after the jump


def frame_distances(features: np.ndarray) -> np.ndarray:
    """Euclidean distances between all frames' feature rows (N, D) → (N, N)."""
    f = features.astype(np.float64)
    squares = (f * f).sum(axis=1)
    d2 = squares[:, None] + squares[None, :] - 2.0 * f @ f.T
    return np.sqrt(np.maximum(d2, 0.0))


def find_jumps(features: np.ndarray, fps: float, limit: int = 200) -> list[Jump]:
    """The clip's best jumps, always including one from near its end back into it (so it loops),
    and only jumps from whose target another jump can be reached (no dead ends)."""
    n = len(features)
    blend = max(2, int(round(BLEND_SECONDS * fps)))
    min_jump = max(2, int(round(MIN_JUMP_SECONDS * fps)))
    stride = max(1, int(np.ceil(n / MAX_FRAMES)))
    picked = np.arange(0, n, stride)
    distance = frame_distances(features[picked])
    steps = np.linalg.norm(np.diff(features.astype(np.float64), axis=0), axis=1)
    unit = max(float(np.median(steps)) if len(steps) else 1.0, 1e-6)
    window = max(1, blend // stride)
    m = len(picked)
    if m <= window + 1:
        return []
    # cost[a, b]: jumping from picked[a] (so picked[a] + stride would follow) to picked[b],
    # the mean distance of the next `window` pairs
    cost = np.zeros((m - window, m - window))
    for k in range(window):
        cost += distance[1 + k : m - window + 1 + k, k : m - window + k]
    cost /= window * unit
    sources, targets = np.meshgrid(picked[: m - window], picked[: m - window], indexing="ij")
    near = np.abs(targets - (sources + 1)) < min_jump
    cost[near] = np.inf
    jumps = _local_minima(cost, sources, targets, max(1, min_jump // (2 * stride)), blend)
    if stride > 1:  # found on every n-th frame: place and price each at the full frame rate
        jumps = sorted(
            (_refine(j, features, stride, unit, n) for j in jumps[: 4 * limit]), key=lambda j: j.cost
        )
    good = [j for j in jumps if j.cost <= GOOD_COST * 2 and j.source + j.blend < n][:limit]
    for ending in _ways_back(cost, sources, targets, n, fps, blend):
        if stride > 1:
            ending = _refine(ending, features, stride, unit, n)
        if all(j.source != ending.source or j.target != ending.target for j in good):
            good.append(ending)
    return _without_dead_ends(sorted(good, key=lambda j: j.source))


def _window_cost(features: np.ndarray, source: int, target: int, blend: int, unit: float) -> float:
    """Mean distance of frames source+1.. to frames target.. over `blend` frames, in typical steps."""
    old = features[source + 1 : source + 1 + blend].astype(np.float64)
    new = features[target : target + len(old)].astype(np.float64)
    if len(new) < len(old) or not len(old):
        return float("inf")
    return float(np.linalg.norm(old - new, axis=1).mean() / unit)


def _refine(jump: Jump, features: np.ndarray, stride: int, unit: float, n: int) -> Jump:
    """The best jump within a stride of one found on the coarse grid, priced frame by frame."""
    best = jump
    best_cost = float("inf")
    for source in range(max(0, jump.source - stride + 1), min(n - 1 - jump.blend, jump.source + stride)):
        for target in range(max(0, jump.target - stride + 1), min(n - jump.blend, jump.target + stride)):
            value = _window_cost(features, source, target, jump.blend, unit)
            if value < best_cost:
                best, best_cost = Jump(source, target, round(value, 3), jump.blend), value
    return best


def _without_dead_ends(jumps: list[Jump]) -> list[Jump]:
    """Drop jumps landing after the last place any jump leaves from: playing on from there would
    reach the clip's end with nowhere to go."""
    kept = list(jumps)
    while kept:
        last_source = max(j.source for j in kept)
        reachable = [j for j in kept if j.target <= last_source]
        if len(reachable) == len(kept):
            break
        kept = reachable
    return kept


def _local_minima(
    cost: np.ndarray, sources: np.ndarray, targets: np.ndarray, radius: int, blend: int
) -> list[Jump]:
    """The lowest cost in each neighbourhood (many near-identical jumps are one jump)."""
    from scipy.ndimage import minimum_filter

    finite = np.where(np.isfinite(cost), cost, np.inf)
    lowest = minimum_filter(finite, size=2 * radius + 1, mode="nearest")
    rows, cols = np.nonzero((finite == lowest) & np.isfinite(finite))
    order = np.argsort(finite[rows, cols])
    return [
        Jump(int(sources[r, c]), int(targets[r, c]), round(float(finite[r, c]), 3), blend)
        for r, c in zip(rows[order], cols[order], strict=True)
    ]


def _ways_back(
    cost: np.ndarray, sources: np.ndarray, targets: np.ndarray, n: int, fps: float, blend: int
) -> list[Jump]:
    """The cheapest jumps from the clip's last seconds back at least a third of it, up to three
    landing far apart (so later passes do not all replay the same stretch): the loop must close
    even when no jump is as smooth as the clip's motion (a longer blend then hides it)."""
    tail = (sources[:, 0] >= n - 1 - blend - int(2 * fps)) & np.isfinite(cost).any(axis=1)
    back = targets <= sources - max(n // 3, int(MIN_RUN_SECONDS * fps))
    masked = np.where(tail[:, None] & back, cost, np.inf)
    found: list[Jump] = []
    while len(found) < 3 and np.isfinite(masked).any():
        r, c = np.unravel_index(int(np.argmin(masked)), masked.shape)
        value = float(masked[r, c])
        if found and value > max(2 * GOOD_COST, 1.25 * found[0].cost):  # no worse double image
            break
        longer = blend if value <= GOOD_COST else min(int(fps), blend * 3)
        longer = max(1, min(longer, n - 2 - int(sources[r, c])))  # the old run must last the fade
        found.append(Jump(int(sources[r, c]), int(targets[r, c]), round(value, 3), longer))
        far = np.abs(targets - targets[r, c]) < max(2 * fps, n // 6)  # land somewhere else next
        masked[far] = np.inf
    return found


@dataclass(frozen=True)
class Shown:
    """What the player shows for one output frame: clip frame `frame`, cross-faded with `other`
    at weight `mix` (0 = only `frame`) during a jump."""

    frame: int
    other: int | None = None
    mix: float = 0.0


class LoopPlayer:
    """Plays a clip of `frames` frames at `clip_fps` on a show clock of `show_fps`, wandering
    through its jumps: each jump is picked at random among those ahead, favouring smooth ones
    and avoiding targets used lately, so no cycle repeats in an obvious rhythm. Where no jump
    lies ahead (a clip with none, or jumps that lead nowhere) it fades back to the start over a
    second rather than cutting."""

    def __init__(
        self, frames: int, clip_fps: float, show_fps: float, jumps: list[Jump], seed: int = 0
    ) -> None:
        self.frames = frames
        self.step = clip_fps / show_fps
        self.jumps = sorted(jumps, key=lambda j: j.source)
        fade = max(1, min(int(clip_fps), frames // 3))
        self._to_start = Jump(max(0, frames - 2 - fade), 0, float("inf"), fade)
        self.min_run = int(MIN_RUN_SECONDS * clip_fps)
        self._rng = np.random.default_rng(seed)
        self._position = 0.0  # where the clip is, in clip frames
        self._recent: list[int] = []
        self._fading: tuple[float, int, int] | None = None  # (old run's position, target, blend)
        self._next = self._plan(0)

    def _plan(self, position: int) -> Jump | None:
        ahead = [j for j in self.jumps if j.source >= position + self.min_run]
        if not ahead:
            ahead = [j for j in self.jumps if j.source >= position]
        if not ahead:
            return self._to_start if self._to_start.source >= position else None
        weights = np.array(
            [np.exp(-2.0 * min(j.cost, 20.0)) * (0.1 if j.target in self._recent else 1.0) for j in ahead]
        )
        return ahead[int(self._rng.choice(len(ahead), p=weights / weights.sum()))]

    def advance(self) -> Shown:
        """The next output frame."""
        jump = self._next
        if jump is not None and self._position >= jump.source + 1:
            overshoot = self._position - (jump.source + 1)
            self._fading = (self._position, jump.target, jump.blend)
            self._position = jump.target + overshoot
            self._recent = (self._recent + [jump.target])[-4:]
            self._next = self._plan(jump.target)
        elif jump is None and self._position >= self.frames:  # cannot happen with a way back
            self._position = 0.0
        position = min(int(self._position), self.frames - 1)
        shown = Shown(position)
        if self._fading is not None:
            old_start, target, blend = self._fading
            into = self._position - target  # clip frames since the jump, at the show's pace
            if into < blend:  # the old run fades out while the new one fades in
                old = min(int(old_start + into), self.frames - 1)
                shown = Shown(old, position, (into + 1) / (blend + 1))
            else:
                self._fading = None
        self._position += self.step
        return shown
