"""The video presenter: reading phone clips as filmed (rotation, variable frame rate), keeping
the usable stretch (one shot, a face, long enough), looping without visible jumps, and speaking
in a rendered show.

presenter_sun.mp4 is built once for the module (about 25 s); the other clips are short, small
and made on the spot (tests/video_clips.py)."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from vhost.animate.base import CONTROLS, INDEX
from vhost.avatar import topology as T
from vhost.avatar.video import build as build_module
from vhost.avatar.video.build import build_video_avatar
from vhost.avatar.video.clip import probe_clip, read_frames
from vhost.avatar.video.loop import MIN_JUMP_SECONDS, LoopPlayer
from vhost.avatar.video.presenter import LANDMARKS, VideoAvatar
from vhost.avatar.video.stretch import MIN_SECONDS, shot_cuts
from vhost.errors import AvatarError

from . import video_clips as clips

NOW = datetime(2026, 11, 23, 20, 0)
FPS = 15  # the small clips' frame rate

needs_media = pytest.mark.skipif(clips.media_missing() is not None, reason=str(clips.media_missing()))
needs_ffmpeg = pytest.mark.skipif(clips.ffmpeg() is None, reason="the ffmpeg command is not installed")


@pytest.fixture(scope="module")
def sun(tmp_path_factory) -> VideoAvatar:
    """presenter_sun.mp4 (22 s, 25 fps) prepared once for the module."""
    if clips.media_missing():
        pytest.skip(clips.media_missing())
    return build_video_avatar(clips.SUN, tmp_path_factory.mktemp("sun") / "sun")


def _spy_stretch(monkeypatch) -> dict:
    """Keeps what the builder tracked and which stretch it chose."""
    seen: dict = {}
    real = build_module.usable_stretch

    def spy(tracked, source):
        seen["tracked"] = tracked
        seen["stretch"] = real(tracked, source)
        return seen["stretch"]

    monkeypatch.setattr(build_module, "usable_stretch", spy)
    return seen


def _no_output(out: Path) -> bool:
    return not out.exists() and not out.with_name(out.name + ".part").exists()


def _mean_change(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


# --- reading clips as filmed ------------------------------------------------------------------


@needs_media
@needs_ffmpeg
def test_a_clip_with_rotation_metadata_is_read_and_built_upright(tmp_path):
    upright = clips.sun_frames(0.0, 9.0, FPS)  # (N, 426, 320): portrait
    stored = np.ascontiguousarray(np.rot90(upright, k=-1, axes=(1, 2)))  # landscape on disk
    clips.write_clip(tmp_path / "sideways.mp4", stored, FPS)
    clip = clips.tag_rotation(tmp_path / "sideways.mp4", tmp_path / "phone.mp4", 90)
    # the fixture is right: players (the ffmpeg CLI) show this file upright
    assert _mean_change(clips.displayed_first_frame(clip), upright[0]) < 4

    info = probe_clip(clip)
    assert info.rotation == 90
    assert (info.width, info.height) == (stored.shape[1], stored.shape[2]) == (320, 426)
    first = next(read_frames(info))
    assert first.shape == upright[0].shape
    assert _mean_change(first, upright[0]) < 4
    assert _mean_change(first, upright[0][::-1, ::-1]) > 20  # not turned the wrong way round

    avatar = build_video_avatar(clip, tmp_path / "presenter")
    assert any("turned the clip upright" in n and "90°" in n for n in avatar.notes), avatar.notes
    assert avatar.size == (320, 426) and avatar.image.shape == (426, 320, 3)
    assert _mean_change(avatar.image, upright[0]) < 6
    face = avatar.landmarks[0]
    eyes = face[263] - face[33]
    assert eyes[0] > 40  # the eyes side by side, the face's right eye on the picture's left
    assert abs(eyes[1]) < 0.1 * eyes[0]  # the eye line is level
    assert face[T.CHIN, 1] > max(face[33, 1], face[263, 1]) + 0.8 * eyes[0]  # the chin below the eyes


def test_a_variable_frame_rate_clip_is_read_at_a_constant_rate(tmp_path):
    # 60 fps timestamps with frames held 1, 1, 2, 1, 1 and 3 ticks: 40 frames a second on average
    count, ticks = 120, [10, 10, 20, 10, 10, 30]  # in 1/600 s
    durations = [ticks[i % len(ticks)] for i in range(count)]
    pts = [0, *np.cumsum(durations)[:-1].tolist()]
    frames = np.zeros((count, 64, 64, 3), np.uint8)
    for i in range(count):  # each frame shows its own number in two grey blocks
        frames[i, :, :32] = 20 + 20 * (i % 10)
        frames[i, :, 32:] = 20 + 20 * (i // 10)
    clip = clips.write_clip(tmp_path / "vfr.mp4", frames, 40, pts=pts, time_base=Fraction(1, 600))

    info = probe_clip(clip)
    assert info.fps == 30  # the working rate is capped at a show's rate
    seconds = sum(durations) / 600  # 3.0 s
    shown = list(read_frames(info))
    assert abs(len(shown) - seconds * info.fps) <= 1

    def number(picture):
        return int(round((picture[:, :32].mean() - 20) / 20)) + 10 * int(
            round((picture[:, 32:].mean() - 20) / 20)
        )

    times = np.array(pts) / 600
    expected = [int(np.searchsorted(times, k / info.fps + 1e-6, side="right") - 1) for k in range(len(shown))]
    assert [number(p) for p in shown] == expected  # frame k is what was on screen at k / fps
    # reading from the middle gives the same frames
    assert [number(p) for p in read_frames(info, 40, 10)] == expected[40:50]


# --- the usable stretch ---------------------------------------------------------------------


@needs_media
def test_two_shots_keep_the_longer_one_and_name_the_cut(tmp_path, monkeypatch):
    # first 8.2 s of a still portrait (usable, but the shorter shot), then 9 s of the presenter
    first = clips.obama_still(123)
    second = clips.sun_frames(3.0, 9.0, FPS)
    clip = clips.write_clip(tmp_path / "two_shots.mp4", np.concatenate([first, second]), FPS)
    seen = _spy_stretch(monkeypatch)

    avatar = build_video_avatar(clip, tmp_path / "presenter")
    cuts = shot_cuts(seen["tracked"])
    assert len(cuts) == 1 and abs(cuts[0] - 123) <= 1, cuts
    stretch = seen["stretch"]
    assert abs(stretch.start - 123) <= 1 and stretch.end >= 123 + len(second) - 2
    assert avatar.frames == stretch.end - stretch.start
    assert any("shot changes at 0:08.2" in n and "only one shot" in n for n in avatar.notes), avatar.notes
    assert any(n.startswith("used 0:08.2") for n in avatar.notes), avatar.notes
    # the presenter's shot was kept, not the portrait
    assert _mean_change(avatar.image, second[0]) < 6 < _mean_change(avatar.image, first[0])


@needs_media
def test_frames_without_a_face_are_left_out(tmp_path, monkeypatch):
    # 2 s of the presenter, 1.5 s with the lens covered, then 8.7 s more
    parts = [clips.sun_frames(0.0, 2.0, FPS), clips.grey_frames(22), clips.sun_frames(3.5, 8.7, FPS)]
    clip = clips.write_clip(tmp_path / "covered.mp4", np.concatenate(parts), FPS)
    seen = _spy_stretch(monkeypatch)

    avatar = build_video_avatar(clip, tmp_path / "presenter")
    stretch = seen["stretch"]
    assert abs(stretch.start - 52) <= 2 and stretch.end == 182
    assert avatar.frames == stretch.end - stretch.start >= MIN_SECONDS * FPS
    left_out = [re.search(r"left out (\d+\.\d) s with no face", n) for n in avatar.notes]
    seconds = [float(m.group(1)) for m in left_out if m]
    assert seconds and 1.2 <= seconds[0] <= 1.8, avatar.notes


def test_a_clip_without_a_face_says_what_to_record(tmp_path):
    clip = clips.write_clip(tmp_path / "gradient.mp4", clips.moving_gradient(10 * FPS), FPS)
    out = tmp_path / "presenter"
    with pytest.raises(AvatarError) as caught:
        build_video_avatar(clip, out)
    message = str(caught.value)
    assert message.startswith("No face was found in gradient.mp4")
    assert "record" in message and "facing the camera" in message
    assert "\n" not in message and message.endswith(".")
    assert _no_output(out)


@needs_media
def test_a_short_clip_says_how_long_to_record(tmp_path):
    clip = clips.write_clip(tmp_path / "short.mp4", clips.sun_frames(0.0, 3.0, FPS), FPS)
    out = tmp_path / "presenter"
    with pytest.raises(AvatarError) as caught:
        build_video_avatar(clip, out)
    message = str(caught.value)
    assert "3.0 s" in message and "10 seconds" in message and "record" in message
    assert _no_output(out)


# --- looping the real clip ------------------------------------------------------------------


def test_every_jump_leaves_the_normal_order_and_the_loop_closes(sun):
    assert sun.frames == 550 and sun.fps == 25
    assert sun.jumps
    for jump in sun.jumps:
        assert 0 <= jump.source < sun.frames - 1 and 0 <= jump.target < sun.frames, jump
        assert abs(jump.target - (jump.source + 1)) >= MIN_JUMP_SECONDS * sun.fps, jump
        assert jump.blend >= 2
    # one jump from the clip's last seconds goes back at least a third of it
    assert any(
        j.source >= sun.frames - 3 * sun.fps and j.target <= j.source - sun.frames // 3 for j in sun.jumps
    ), sun.jumps


def _cycles(sequence: list) -> bool:
    """Whether the sequence settles into a fixed cycle after its first third."""
    tail = sequence[len(sequence) // 3 :]
    n = len(tail)
    return any(all(tail[i] == tail[i + p] for i in range(n - p)) for p in range(1, n // 2 + 1))


def test_the_loop_player_wanders_for_three_minutes(sun):
    show_fps = 30
    player = LoopPlayer(sun.frames, sun.fps, show_fps, sun.jumps, seed=0)
    shown = [player.advance() for _ in range(3 * 60 * show_fps)]
    frames = np.array([s.frame for s in shown])
    others = [s.other for s in shown if s.other is not None]
    assert frames.min() >= 0 and frames.max() < sun.frames
    assert all(0 <= o < sun.frames for o in others)
    assert all(0 < s.mix < 1 for s in shown if s.other is not None)
    # never stuck: at 30 show frames a second a 25 fps clip frame is held at most twice
    changes = np.flatnonzero(np.diff(frames) != 0)
    assert np.diff(np.concatenate([[-1], changes, [len(frames) - 1]])).max() <= 2
    # the jumps taken: each cross-fade starts where `other` appears
    taken = [
        (shown[i - 1].frame, shown[i].other)
        for i in range(1, len(shown))
        if shown[i].other is not None and shown[i - 1].other is None
    ]
    assert len(taken) >= 3 * 60 / 10  # at least one every 10 s on average
    assert len(set(taken)) >= 3
    assert not _cycles([t for _, t in taken]), taken
    # after the first pass the show still plays more of the clip than the shortest usable one
    later = set(frames[len(frames) // 6 :].tolist()) | {
        s.other for s in shown[len(shown) // 6 :] if s.other is not None
    }
    assert len(later) >= MIN_SECONDS * sun.fps


def test_a_jump_changes_the_picture_no_more_than_the_clip_itself(sun):
    from vhost.render.video_face import VideoFaceRenderer

    renderer = VideoFaceRenderer(sun, 360, 480, fps=30)
    shown = []
    advance = renderer.player.advance

    def spy():
        shown.append(advance())
        return shown[-1]

    renderer.player.advance = spy
    rest = np.zeros(len(CONTROLS), np.float32)  # the mouth at rest: only the clip and the loop
    try:
        pictures = [renderer.render(rest) for _ in range(22 * 30)]
    finally:
        renderer.close()
    # steps[i]: the mean change from output i to output i + 1
    steps = np.array([_mean_change(a, b) for a, b in zip(pictures[:-1], pictures[1:], strict=True)])
    windows = []  # (first output of a jump, first output after its cross-fade)
    i = 1
    while i < len(shown):
        if shown[i].other is not None and shown[i - 1].other is None:
            end = i
            while end < len(shown) and shown[end].other is not None:
                end += 1
            windows.append((i, end))
            i = end
        elif shown[i].other is None and shown[i].frame - shown[i - 1].frame not in (0, 1):
            windows.append((i, i))  # a jump without a cross-fade
        i += 1
    assert len(windows) >= 3  # seed 0 takes three jumps in 22 s, among them the long way back
    near = {k for a, b in windows for k in range(a, b + 1)}
    normal = np.array(
        [steps[k - 1] for k in range(1, len(shown)) if k not in near and shown[k].frame != shown[k - 1].frame]
    )
    # Measured (mean |change| in grey levels, 360x480): the clip's own steps have mean 0.70,
    # median 0.65, 99th percentile 2.3, max 3.9; the three cross-faded jumps have steps of at most
    # 1.2, 1.3 and 1.75 (means 0.42 to 0.56). Cut without a cross-fade they would change 2.4, 2.3
    # and 4.3 in one step.
    bound = float(np.percentile(normal, 99))
    for a, b in windows:
        around = steps[a - 1 : min(b, len(steps))]  # the changes into a .. b
        assert around.max() <= bound, (shown[a - 1], shown[a], around.round(2), bound)
        assert around.mean() <= 1.5 * normal.mean(), (shown[a - 1], shown[a], around.round(2), normal.mean())


# --- speaking in a show ---------------------------------------------------------------------


def _probe(path: Path) -> dict:
    import av

    with av.open(str(path)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio[0]
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
        return {
            "frames": frames,
            "video_seconds": float(video.duration * video.time_base),
            "audio_seconds": float(audio.duration * audio.time_base),
        }


def test_a_short_show_with_the_video_presenter(sun, tmp_path):
    from vhost.domain import ShowLine
    from vhost.render.show import ShowRenderer
    from vhost.testing import FakeVoice

    renderer = ShowRenderer(sun, FakeVoice(), "en", 640, 360, fps=25)
    face = renderer.picture.face
    record: list[list] = []  # per output frame: [clip frame shown, jaw]
    advance, render_roi = face.player.advance, face.render_roi

    def spy_advance():
        shown = advance()
        record.append([shown.frame])
        return shown

    def spy_render(params):
        picture = render_roi(params)
        record[-1].append(float(params[INDEX["jaw"]]))
        return picture

    face.player.advance, face.render_roi = spy_advance, spy_render
    lines = [ShowLine("Hello and welcome to our shop.", None), ShowLine("Look at this lovely tea set.", None)]
    report = renderer.render(iter(lines), tmp_path / "show.mp4", NOW)

    assert report.lines == 2 and report.frames > 0 and len(record) == report.frames
    assert report.video_seconds == pytest.approx(report.audio_seconds)
    probe = _probe(tmp_path / "show.mp4")
    assert len(probe["frames"]) == report.frames
    assert abs(probe["video_seconds"] - probe["audio_seconds"]) <= 1 / 25 + 1e-6
    assert probe["frames"][0].shape == (360, 640, 3)

    # the mouth opens while she speaks: dark mouth inside the lips where the jaw is open
    ax, ay, _, _ = renderer.picture.compositor.layout.avatar
    lips = list(T.UPPER_LIP_OUTER + T.LOWER_LIP_OUTER)
    dark, jaws = [], []
    for picture, (frame, jaw) in zip(probe["frames"], record, strict=True):
        points = face.landmarks[frame][lips]
        x0, y0 = np.floor(points.min(axis=0)).astype(int)
        x1, y1 = np.ceil(points.max(axis=0)).astype(int)
        y1 += int(0.3 * (x1 - x0))  # room for the dropped jaw
        box = picture[ay + y0 : ay + y1, ax + x0 : ax + x1].astype(np.float32)
        dark.append(float(((box @ np.array([0.3, 0.59, 0.11], np.float32)) < 50).mean()))
        jaws.append(jaw)
    dark_, jaws_ = np.array(dark), np.array(jaws)
    assert jaws_.max() > 0.5 and (jaws_ < 0.01).sum() > 10
    assert dark_[jaws_ < 0.01].mean() < 0.005  # measured: about 0.0000
    assert dark_[jaws_ > 0.4].mean() > 0.03  # measured: about 0.09
    assert np.corrcoef(jaws_, dark_)[0, 1] > 0.6  # measured: about 0.9


# --- finding the presenter again ------------------------------------------------------------


def test_load_avatar_reads_the_folder_and_refuses_a_raw_video(sun, tmp_path):
    from vhost.avatar.library import load_avatar

    presenter, notes = load_avatar(sun.folder)
    assert isinstance(presenter, VideoAvatar) and notes == []
    assert presenter.frames == sun.frames and presenter.fps == sun.fps and presenter.size == sun.size
    assert presenter.jumps == sun.jumps
    assert np.abs(presenter.landmarks - sun.landmarks).max() <= 1 / 32 + 1e-6  # 1/16 px fixed point
    assert presenter.mouth is not None  # the clip shows her mouth open: its own interior is kept

    with pytest.raises(AvatarError, match="vhost avatar build"):
        load_avatar(clips.SUN)

    damaged = tmp_path / "damaged"
    shutil.copytree(sun.folder, damaged)
    (damaged / LANDMARKS).unlink()
    with pytest.raises(AvatarError, match="rebuild"):
        load_avatar(damaged)


def test_a_file_that_is_not_a_video_is_one_plain_sentence(tmp_path):
    bad = tmp_path / "holiday.mp4"
    bad.write_text("not a video")
    with pytest.raises(AvatarError) as caught:
        build_video_avatar(bad, tmp_path / "presenter")
    message = str(caught.value)
    assert message.startswith("holiday.mp4 is not a video vhost can read; use an MP4, MOV or WebM")
    assert "Errno" not in message and str(tmp_path) not in message


def _play(player: LoopPlayer, frames: int) -> list:
    return [player.advance() for _ in range(frames)]


def _hard_cuts(shown: list) -> list[int]:
    """Output frames where the clip jumps with no cross-fade under way."""
    cuts = []
    for i in range(1, len(shown)):
        step = shown[i].frame - shown[i - 1].frame
        if not 0 <= step <= 2 and shown[i].other is None and shown[i - 1].other is None:
            cuts.append(i)
    return cuts


@pytest.mark.parametrize("seed", range(6))
def test_the_loop_never_cuts_and_every_fade_runs_to_its_end(seed):
    from vhost.avatar.video.loop import find_jumps

    rng = np.random.default_rng(seed)
    features = np.cumsum(rng.normal(size=(400, 12)), axis=0)  # a wandering "clip", 16 s at 25 fps
    features += 6 * np.sin(np.arange(400) / 40.0)[:, None]  # with returns to similar places
    jumps = find_jumps(features, 25.0)
    assert jumps
    last_source = max(j.source for j in jumps)
    assert all(j.target <= last_source for j in jumps)  # no jump lands where no jump leads on
    assert all(j.source + j.blend < 400 for j in jumps)  # every fade has old frames to fade out
    for show_fps in (24, 30, 60):
        shown = _play(LoopPlayer(400, 25.0, show_fps, jumps, seed), 25 * show_fps * 10)
        assert not _hard_cuts(shown)
        assert all(0 <= s.frame < 400 for s in shown)
        for before, after in zip(shown, shown[1:], strict=False):  # a fade ends nearly faded in
            if before.other is not None and after.other is None:
                assert before.mix >= 0.7


def test_a_clip_without_any_jump_fades_back_to_its_start():
    shown = _play(LoopPlayer(300, 25.0, 30.0, [], seed=0), 30 * 60)
    assert not _hard_cuts(shown)
    assert any(s.other is not None for s in shown)  # it came round, by a fade
    assert max(s.frame for s in shown) >= 270


@needs_media
def test_a_presenter_saved_over_another_replaces_it(tmp_path, sun):
    from vhost.avatar.builder import build_avatar
    from vhost.avatar.library import load_avatar
    from vhost.avatar.rig import AvatarRig

    folder = tmp_path / "anna"  # the app names folders after the file: anna.mp4, then anna.jpg
    shutil.copytree(sun.folder, folder)
    (folder / "notes.txt").write_text("mine")
    build_avatar(clips.OBAMA).save(folder)  # a photo over the video
    assert isinstance(load_avatar(folder)[0], AvatarRig)
    assert not (folder / "clip.mp4").exists() and not (folder / "mouth.png").exists()
    work = tmp_path / "anna.part"  # and a video over the photo, as the builder finishes one
    shutil.copytree(sun.folder, work)
    (work / "mouth.png").unlink()
    (work / "mouth.json").unlink()
    build_module._replace_folder(work, folder)
    again = load_avatar(folder)[0]
    assert isinstance(again, VideoAvatar) and again.mouth is None
    assert not (folder / "avatar.json").exists() and not work.exists()
    assert (folder / "notes.txt").read_text() == "mine"  # what is not a presenter's is left alone


@needs_media
def test_a_file_given_as_the_folder_is_one_sentence(tmp_path):
    target = tmp_path / "afile"
    target.write_text("x")
    with pytest.raises(AvatarError, match="afile is a file; give a folder"):
        build_video_avatar(clips.SUN, target)
    assert not (tmp_path / "afile.part").exists()


def test_a_jump_that_leads_nowhere_ends_in_a_fade_not_a_cut():
    from vhost.avatar.video.loop import Jump

    jumps = [Jump(50, 10, 1.0, 8), Jump(60, 200, 1.0, 8)]  # after 60 → 200 no jump lies ahead
    shown = _play(LoopPlayer(300, 25.0, 30.0, jumps, seed=1), 30 * 120)
    assert not _hard_cuts(shown)
    assert any(s.frame > 250 for s in shown)  # it did play on past the last jump


def test_jumps_that_would_lead_to_a_dead_end_are_dropped():
    from vhost.avatar.video.loop import Jump, _without_dead_ends

    jumps = [Jump(50, 10, 1.0, 8), Jump(60, 200, 1.0, 8), Jump(120, 40, 1.0, 8), Jump(30, 110, 1.0, 8)]
    kept = _without_dead_ends(jumps)
    assert Jump(60, 200, 1.0, 8) not in kept  # nothing leaves after frame 200
    assert set(kept) == {Jump(50, 10, 1.0, 8), Jump(120, 40, 1.0, 8), Jump(30, 110, 1.0, 8)}
