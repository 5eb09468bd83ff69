"""Speech and idle motion → a FaceTrack.

Mouth: one keyframe per sounding phoneme at the middle of its interval, interpolated, then
smoothed so it never jitters; after smoothing, bilabials (p, b, m) are forced shut and
pauses are forced closed and still, so smoothing can never blur away a closure.
Without timings (a voice that does not report them) the jaw follows the audio's loudness.
Idle motion (blinks, sway, breathing) depends only on absolute time and the seed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from vhost.animate.base import FaceTrack
from vhost.animate.visemes import BILABIALS, CLOSED, MouthShape, is_pause, shape_for
from vhost.speech.base import PhonemeTiming, Utterance

PAUSE_MIN = 0.12  # seconds; a gap at least this long closes the mouth
SMOOTH_SIGMA = 0.03  # seconds; enough to remove frame-to-frame jitter, short enough for closures
# Lips move ahead of the sound they make (the mouth is shaped before air gets through it), so the
# mouth shows each phoneme's shape this much before its sound; measured with `vhost bench`.
ANTICIPATION = 0.06
SILENT = 0.05  # loudness (of the utterance's loud parts) below which nothing is heard
BLINK_SLOT = 4.0  # seconds; one blink per slot on average, at a random moment in it


class Animator:
    def __init__(self, fps: float, seed: int = 0) -> None:
        self.fps = fps
        self.seed = seed

    def times(self, n_frames: int, start_frame: int = 0) -> np.ndarray:
        return (np.arange(n_frames) + start_frame) / self.fps

    def track(
        self, n_frames: int, speech: Sequence[tuple[float, Utterance]] = (), start_frame: int = 0
    ) -> FaceTrack:
        """Face parameters for frames [start_frame, start_frame + n_frames) of a stream in which each
        utterance starts at the given stream time (seconds)."""
        times = self.times(n_frames, start_frame)
        track = FaceTrack.zeros(self.fps, n_frames)
        idle = idle_motion(times, self.seed)
        for name, column in idle.items():
            track[name] = column
        for start, utterance in speech:
            inside = (times >= start) & (times < start + utterance.duration)
            if not inside.any():
                continue
            local = times[inside] - start
            motion = speech_motion(utterance, local, self.fps)
            for name in ("jaw", "wide", "round", "brow"):
                track[name][inside] = motion[name]
            track["head_y"][inside] += motion["nod"]
        return track


def speech_motion(utterance: Utterance, times: np.ndarray, fps: float) -> dict[str, np.ndarray]:
    """Mouth, brows and nods for times measured from the start of the utterance."""
    loud = loudness(utterance.audio, utterance.sample_rate, times)
    if utterance.timings:
        jaw, wide, rnd = _mouth_from_timings(utterance.timings, times, fps)
        jaw *= 0.7 + 0.3 * loud  # louder syllables open wider, as people do
        for start, end in _silences(utterance, times):
            for column in (jaw, wide, rnd):
                _force(column, times, start, end, 0.0, fps, nearest=False)
    else:
        jaw = _smooth(np.clip((loud - 0.12) / 0.6, 0.0, 1.0) * 0.8, fps)
        wide = 0.3 * (jaw > 0.05)
        rnd = np.zeros_like(jaw)
    brow, nod = _emphasis(loud, times, fps)
    return {"jaw": jaw, "wide": wide, "round": rnd, "brow": brow, "nod": nod}


def _mouth_from_timings(
    timings: Sequence[PhonemeTiming], times: np.ndarray, fps: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    times = times + ANTICIPATION
    key_times: list[float] = []
    key_shapes: list[MouthShape] = []
    closures: list[tuple[float, float]] = []  # intervals where the lips must touch
    pauses: list[tuple[float, float]] = []
    spans = _sounding_spans(timings)
    for symbol, start, end in spans:
        if is_pause(symbol):
            if end - start >= PAUSE_MIN:
                pauses.append((start, end))
                key_times += [start, end]
                key_shapes += [CLOSED, CLOSED]
            continue
        shape = shape_for(symbol) or CLOSED
        if end - start >= 0.08:  # a long sound holds its shape: keys at 30% and 70% of it
            key_times += [start + 0.3 * (end - start), start + 0.7 * (end - start)]
            key_shapes += [shape, shape]
        else:
            key_times.append((start + end) / 2)
            key_shapes.append(shape)
        if symbol in BILABIALS:
            closures.append((start, end))
    if not key_times:
        zeros = np.zeros_like(times)
        return zeros, zeros.copy(), zeros.copy()
    # lips are together before the first sound and after the last
    key_times = [timings[0].start, *key_times, timings[-1].end]
    key_shapes = [CLOSED, *key_shapes, CLOSED]
    keys = np.array(key_shapes, np.float64)
    columns = [np.interp(times, key_times, keys[:, i], left=0.0, right=0.0) for i in range(3)]
    jaw, wide, rnd = (_smooth(c, fps) for c in columns)
    for start, end in closures:
        _force(jaw, times, start, end, 0.0, fps)
    for start, end in pauses:
        margin = min(0.04, (end - start) / 4)
        for column in (jaw, wide, rnd):
            _force(column, times, start + margin, end - margin, 0.0, fps, nearest=False)
    return jaw, wide, rnd


def _silences(utterance: Utterance, times: np.ndarray) -> list[tuple[float, float]]:
    """Stretches (seconds) where the sound is silent for at least PAUSE_MIN although the timings
    still hold a phoneme (a voice stretches its last sound over the trailing silence): the lips
    close there, shaping the next sound only ANTICIPATION before it is heard."""
    if not len(times):
        return []
    step = 0.01
    probe = np.arange(0.0, utterance.duration, step)
    quiet = loudness(utterance.audio, utterance.sample_rate, probe) < SILENT
    out = []
    padded = np.concatenate([[False], quiet, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        start, end = a * step, b * step
        if end - start >= PAUSE_MIN:
            last = b >= len(probe)
            out.append((start + 0.04, np.inf if last else end - ANTICIPATION))
    return out


def _sounding_spans(timings: Sequence[PhonemeTiming]) -> list[tuple[str, float, float]]:
    """Merge marks with no sound of their own (stress, tones, length) into the phoneme before."""
    spans: list[tuple[str, float, float]] = []
    for timing in timings:
        if shape_for(timing.phoneme) is None and spans:
            symbol, start, _ = spans[-1]
            spans[-1] = (symbol, start, timing.end)
        elif shape_for(timing.phoneme) is not None:
            if spans and is_pause(timing.phoneme) and is_pause(spans[-1][0]):
                spans[-1] = (spans[-1][0], spans[-1][1], timing.end)  # one pause, not many
            else:
                spans.append((timing.phoneme, timing.start, timing.end))
    return spans


def _force(
    column: np.ndarray,
    times: np.ndarray,
    start: float,
    end: float,
    value: float,
    fps: float,
    nearest: bool = True,
) -> None:
    inside = (times >= start) & (times <= end)
    if inside.any():
        column[inside] = np.minimum(column[inside], value)
    elif nearest and len(times):
        # Shorter than a frame: shut the frame nearest the middle, or the closure is never seen.
        index = int(np.argmin(np.abs(times - (start + end) / 2)))
        if abs(times[index] - (start + end) / 2) <= 1.0 / fps:
            column[index] = min(column[index], value)


def _smooth(column: np.ndarray, fps: float) -> np.ndarray:
    sigma = SMOOTH_SIGMA * fps
    if sigma < 0.3 or len(column) < 3:
        return column.astype(np.float64)
    radius = max(1, int(round(3 * sigma)))
    kernel = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2)
    kernel /= kernel.sum()
    padded = np.pad(column.astype(np.float64), radius, mode="edge")
    return np.convolve(padded, kernel, mode="valid")


def loudness(audio: np.ndarray, sample_rate: int, times: np.ndarray, window: float = 0.04) -> np.ndarray:
    """RMS loudness around each time, scaled so the utterance's loud parts are near 1."""
    if audio.size == 0:
        return np.zeros_like(times)
    half = max(1, int(window * sample_rate / 2))
    centres = np.clip((times * sample_rate).astype(np.int64), 0, len(audio) - 1)
    squares = np.concatenate([[0.0], np.cumsum(audio.astype(np.float64) ** 2)])
    lo = np.clip(centres - half, 0, len(audio))
    hi = np.clip(centres + half, 0, len(audio))
    rms = np.sqrt((squares[hi] - squares[lo]) / np.maximum(hi - lo, 1))
    # The same window slid over every sample, from the running sum (a convolution would cost
    # a window's length per sample: most of the animation's time on a long line).
    every = np.arange(len(audio))
    ends = squares[np.minimum(every + half, len(audio))] - squares[np.maximum(every - half, 0)]
    whole = np.sqrt(ends / (2 * half))
    reference = np.percentile(whole, 95) if whole.size else 0.0
    return np.clip(rms / reference, 0.0, 1.5) if reference > 1e-6 else np.zeros_like(times)


def _emphasis(loud: np.ndarray, times: np.ndarray, fps: float) -> tuple[np.ndarray, np.ndarray]:
    """Brows lift and the head dips a little on the loudest syllables, at most every 1.5 s."""
    brow = np.zeros_like(times)
    nod = np.zeros_like(times)
    if len(times) < 3:
        return brow, nod
    smooth = _smooth(loud, fps)
    voiced = smooth[smooth > 0.2]
    if voiced.size == 0:
        return brow, nod
    threshold = max(0.9, 1.25 * float(np.median(voiced)))
    chosen: list[float] = []
    for index in np.argsort(-smooth):
        if smooth[index] < threshold:
            break
        peak = float(times[index])
        if any(abs(peak - other) < 1.5 for other in chosen):
            continue
        brow = np.maximum(brow, 0.7 * _pulse(times, peak, 0.5))
        nod += 0.01 * _pulse(times, peak + 0.05, 0.4)
        chosen.append(peak)
    return brow, nod


def _pulse(times: np.ndarray, centre: float, width: float) -> np.ndarray:
    x = np.clip((times - centre) / (width / 2), -1.0, 1.0)
    return 0.5 * (1 + np.cos(np.pi * x))


def idle_motion(times: np.ndarray, seed: int) -> dict[str, np.ndarray]:
    blink = _blinks(times, seed)
    return {
        "blink_l": blink,
        "blink_r": blink,
        "head_x": 0.012 * _value_noise(times, seed, 1, 1.9) + 0.004 * _value_noise(times, seed, 2, 0.7),
        "head_y": 0.005 * _value_noise(times, seed, 3, 2.3),  # breathing lifts it with the body
        "head_roll": 0.022 * _value_noise(times, seed, 4, 2.7) + 0.006 * _value_noise(times, seed, 5, 0.9),
        # a breath every 3.5-4.5 s lifts the chest and shoulders; the body shifts its weight slowly
        "body_y": -0.012 * _breathing(times, seed),
        "body_x": 0.010 * _value_noise(times, seed, 6, 5.3),
    }


def _breathing(times: np.ndarray, seed: int) -> np.ndarray:
    """0 (out) .. 1 (in), one breath every 3.5-4.5 s: the period wanders so it never ticks."""
    # a bounded phase wobble (not a wandering period: that would run away over a day)
    phase = 2 * np.pi * times / 4.0 + 1.2 * _value_noise(times, seed, 8, 7.0)
    return 0.5 * (1 - np.cos(phase))


def _blinks(times: np.ndarray, seed: int) -> np.ndarray:
    """A blink somewhere in each BLINK_SLOT, sometimes a double one; closes fast, opens slower."""
    value = np.zeros_like(times, dtype=np.float64)
    if not len(times):
        return value
    first = int(np.floor(times.min() / BLINK_SLOT)) - 1
    last = int(np.floor(times.max() / BLINK_SLOT)) + 1
    for slot in range(max(first, 0), last + 1):
        rng = np.random.default_rng([seed, 7, slot])
        moments = [slot * BLINK_SLOT + rng.uniform(0.3, BLINK_SLOT - 0.5)]
        if rng.random() < 0.15:
            moments.append(moments[0] + 0.32)
        for moment in moments:
            value = np.maximum(value, _blink_shape(times - moment))
    return value


def _blink_shape(dt: np.ndarray) -> np.ndarray:
    closing, hold, opening = 0.07, 0.04, 0.13
    shape = np.zeros_like(dt)
    shape = np.where((dt >= 0) & (dt < closing), dt / closing, shape)
    shape = np.where((dt >= closing) & (dt < closing + hold), 1.0, shape)
    rising = (dt >= closing + hold) & (dt < closing + hold + opening)
    return np.where(rising, 1.0 - (dt - closing - hold) / opening, shape)


def _value_noise(times: np.ndarray, seed: int, channel: int, period: float) -> np.ndarray:
    """Smooth random motion in [-1, 1]: random values at knots every `period` s, cosine-eased."""
    position = times / period
    knot = np.floor(position).astype(np.int64)
    frac = position - knot
    unique = np.unique(np.concatenate([knot, knot + 1]))
    values = {
        int(k): np.random.default_rng([seed, channel, int(k) + 1_000_000]).uniform(-1, 1) for k in unique
    }
    a = np.array([values[int(k)] for k in knot])
    b = np.array([values[int(k) + 1] for k in knot])
    ease = (1 - np.cos(np.pi * frac)) / 2
    return a + (b - a) * ease
