"""The quality command: lip sync measured from the video (checked against a render with its
sound moved by a known amount) and intelligibility by an offline recogniser."""

import json
import shutil
import subprocess

import numpy as np
import pytest

from tests.conftest import DEMO_CATALOG
from vhost.quality.intelligibility import edit_distance, number_words
from vhost.quality.lipsync import score_lipsync
from vhost.render.subtitles import read_srt, write_srt


def test_words_and_distances():
    assert number_words(316) == "three hundred sixteen"
    assert number_words(2048) == "two thousand forty eight"
    assert number_words(1_000_001) == "one million one"
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance(["a", "b"], ["a", "c", "b"]) == 1


def test_subtitles_round_trip(tmp_path):
    cues = [(0.0, 1.5, "欢迎来到直播间。"), (3725.25, 3727.0, "Next up: the bottle.")]
    write_srt(tmp_path / "s.srt", cues)
    assert "01:02:05,250 --> 01:02:07,000" in (tmp_path / "s.srt").read_text()
    assert read_srt(tmp_path / "s.srt") == cues


def test_the_offset_is_where_the_mouth_best_follows_the_sound():
    rng = np.random.default_rng(1)
    sound = np.convolve(rng.random(500) > 0.6, np.ones(4) / 4, mode="same")
    for lag in (-3, 0, 2):
        mouth = np.roll(sound, lag) * 0.05 + 0.04
        mouth[:5] = np.nan  # a few frames without a face
        scored = score_lipsync(mouth, sound, 25.0)
        assert scored.offset_ms == pytest.approx(lag * 40, abs=8)
        assert scored.correlation > 0.9 and scored.face_share == 0.99
        assert scored.open_speaking > scored.open_silent


@pytest.fixture(scope="module")
def show(tmp_path_factory):
    """An 8 s English show rendered by the real pipeline, with its subtitles."""
    from vhost.cli import main

    out = tmp_path_factory.mktemp("quality") / "show.mp4"
    code = main(
        [
            "render",
            "--catalog",
            str(DEMO_CATALOG),
            "--lang",
            "en",
            "--seconds",
            "8",
            "--size",
            "640x360",
            "--fps",
            "25",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    return out


def test_a_rendered_show_is_in_sync_and_understood(cli, show):
    cues = read_srt(show.with_suffix(".srt"))
    assert cues and cues[0][0] == 0.0 and all(s < e for s, e, _ in cues)
    code, out, err = cli("quality", show, "--json")
    assert code == 0, err
    figures = json.loads(out)
    sync = figures["lip_sync"]
    assert sync["face_share"] > 0.95 and sync["frames"] == 200
    assert abs(sync["offset_ms"]) < 60 and sync["correlation"] > 0.3
    assert sync["open_speaking"] > 1.5 * sync["open_silent"]
    speech = figures["speech"]
    assert speech["lang"] == "en" and speech["cues"] >= 2 and speech["word_error"] < 0.5

    code, out, _ = cli("quality", show)
    assert code == 0 and "Lip sync (200 frames at 25 fps" in out and "word error" in out


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg (apt) moves the sound against the picture")
def test_sound_moved_late_is_measured_as_the_mouth_moving_first(cli, show, tmp_path):
    late = tmp_path / "late.mp4"
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-i",
            show,
            "-itsoffset",
            "0.2",
            "-i",
            show,
            "-map",
            "0:v",
            "-map",
            "1:a",
            "-c",
            "copy",
            late,
        ],
        check=True,
    )
    _, out, _ = cli("quality", show, "--json")
    on_time = json.loads(out)["lip_sync"]["offset_ms"]
    _, out, _ = cli("quality", late, "--json")
    assert json.loads(out)["lip_sync"]["offset_ms"] == pytest.approx(on_time - 200, abs=30)


def test_a_voice_recording_is_scored_by_its_text_and_chinese_says_why_not(cli, tmp_path):
    code, _, err = cli(
        "say",
        "Welcome to the stream. This bottle keeps tea hot all day.",
        "--lang",
        "en",
        "--out",
        tmp_path / "en.wav",
    )
    assert code == 0, err
    code, out, _ = cli(
        "quality", tmp_path / "en.wav", "--text", "Welcome to the stream. This bottle keeps tea hot all day."
    )
    assert code == 0 and "no picture" in out and "word error" in out
    code, out, _ = cli("quality", tmp_path / "en.wav", "--text", "欢迎来到直播间")
    assert code == 0 and "no offline zh recogniser" in out
    code, _, err = cli("quality", tmp_path / "missing.mp4")
    assert code == 2 and "does not exist" in err
