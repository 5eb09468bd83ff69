"""The quality command: lip sync measured from the video (checked against a render with its
sound moved by a known amount) and intelligibility by an offline recogniser (Whisper base from
the `quality` extra, in the lock; the model is assembled from its two PyPI parts, offline)."""

import hashlib
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import DEMO_CATALOG
from vhost.quality import whisper_model
from vhost.quality.lipsync import score_lipsync
from vhost.quality.textscore import (
    capped_errors,
    edit_distance,
    error_rate,
    number_words,
    units,
    zh_syllables,
)
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


def test_error_rates_count_what_a_listener_hears_not_how_it_is_written():
    assert error_rate(list("abcd"), list("axc")) == 0.5  # a substitution and a deletion
    assert error_rate([], []) == 0.0 and error_rate([], ["a"]) == 1.0
    looping = list("abababab")  # a recogniser stuck in a loop: one wholly wrong line, no more
    assert error_rate(list("ab"), looping) == 3.0 and capped_errors(list("ab"), looping) == 2
    # zh: the voice says ¥129 as 一百二十九元; Whisper writes digits and traditional characters
    meant = units("这款红枣只要¥129，立减20%！", "zh")
    assert "".join(meant) == "这款红枣只要一百二十九元立减百分之二十"
    assert units("這款紅棗 只要129元，立減百分之20", "zh") == meant
    heard = units("这款红藻只要一百二十九元 力减20%", "zh")
    assert edit_distance(meant, heard) == 2 and error_rate(meant, heard) == 2 / 19
    # 红枣/红藻 (hong2 zao3) and 立/力 (li4) sound the same: no syllable differs
    assert edit_distance(zh_syllables(meant), zh_syllables(heard)) == 0
    assert zh_syllables(units("尺码", "zh")) == ["chi3", "ma3"]
    assert zh_syllables(units("USB-C降噪", "zh")) == ["usb", "c", "jiang4", "zao4"]
    # en: prices, decimals, percentages and units the same way on both sides
    assert (
        units("Only $29.99, 20% off: 1.5 L and 500ml!", "en")
        == (
            "only twenty nine dollars ninety nine twenty percent off one point five l and five hundred ml"
        ).split()
    )
    assert units("only 29 dollars 99, 20 percent off, 1.5 liters and 500 milliliters", "en") == units(
        "Only $29.99, 20% off: 1.5 L and 500ml!", "en"
    )
    assert error_rate(units("the red dates", "en"), units("the rat dates", "en")) == 1 / 3


def test_without_the_quality_extra_one_sentence_says_how_to_install_it(cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "faster_whisper", None)  # as if not installed
    assert not whisper_model.available()
    code, out, err = cli("quality", "--voices", "kokoro")
    assert code == 2 and out == ""
    assert err.strip() == (
        "vhost: Scoring speech needs the Whisper recogniser, which is not installed; install it with"
        " `pip install 'vhost[quality]'` or `bash scripts/setup.sh`."
    )
    with pytest.raises(type(whisper_model.missing_package())):
        whisper_model.load(tmp_path)
    code, _, err = cli("say", "这款红枣只要¥129。", "--lang", "zh", "--out", tmp_path / "zh.wav")
    assert code == 0, err
    code, out, _ = cli("quality", tmp_path / "zh.wav", "--text", "这款红枣只要¥129。")
    assert code == 0 and "Speech (zh): not scored." in out and "pip install 'vhost[quality]'" in out


def test_the_model_is_assembled_from_its_parts_checked_and_cached(models_dir):
    folder = whisper_model.prepare(models_dir)
    model = folder / "model.bin"
    assert model.stat().st_size == whisper_model.MODEL_SIZE
    assert sorted(p.name for p in folder.iterdir()) == [
        "config.json",
        "model.bin",
        "source.json",
        "tokenizer.json",
        "vocabulary.txt",
    ]
    built = model.stat().st_mtime_ns
    assert whisper_model.prepare(models_dir) == folder and model.stat().st_mtime_ns == built  # reused
    with model.open("r+b") as fh:  # a cut-short copy is noticed and rebuilt
        fh.truncate(1000)
    whisper_model.prepare(models_dir)
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    assert digest == whisper_model.MODEL_SHA256


@pytest.mark.slow
def test_chinese_and_english_speech_are_understood(cli, tmp_path):
    """The embedded Kokoro voice, spoken and scored by Whisper: sales lines with prices and units."""
    zh = "欢迎来到直播间，这款降噪耳机只要¥129，今天再减20%。"
    en = "Welcome to the stream. This bottle holds 500 ml and costs $29.99 today."
    for lang, text in (("zh", zh), ("en", en)):
        code, _, err = cli("say", text, "--lang", lang, "--out", tmp_path / f"{lang}.wav")
        assert code == 0, err
    code, out, err = cli("quality", tmp_path / "zh.wav", "--text", zh, "--json")
    assert code == 0, err
    speech = json.loads(out)["speech"]
    assert speech["lang"] == "zh" and speech["recogniser"] == whisper_model.NAME
    # Whisper base hears Kokoro's Chinese with about 20% CER over the sales lines (see the
    # report of `vhost quality --voices`); a broken voice or normaliser is far above this.
    assert speech["char_error"] < 0.35 and speech["syllable_error"] < 0.3
    assert 0 < speech["recognition_rtf"] < 2
    code, out, _ = cli("quality", tmp_path / "en.wav", "--text", en)
    assert code == 0 and "no picture" in out and "word error (WER)" in out and "Whisper base" in out
    code, _, err = cli("quality", tmp_path / "missing.mp4")
    assert code == 2 and "does not exist" in err


@pytest.mark.slow
def test_voices_are_compared_as_a_table_and_as_json(cli, tmp_path):
    lines = tmp_path / "lines.toml"
    lines.write_text('zh = ["尺码齐全，红枣一斤¥39.9。"]\nen = ["Sizes from small to large, $9.99."]\n')
    code, out, err = cli("quality", "--voices", "kokoro,kokoro-kumo", "--sentences", lines, "--json")
    assert code == 0, err
    rows = json.loads(out)["voices"]
    assert [(r["voice"], r["lang"], r["measure"]) for r in rows] == [
        ("kokoro", "zh", "CER"),
        ("kokoro", "en", "WER"),
        ("kokoro-kumo", "zh", "CER"),
        ("kokoro-kumo", "en", "WER"),
    ]
    assert all(r["sentences"] == 1 and 0 <= r["error_rate"] < 1 and r["recognition_rtf"] > 0 for r in rows)
    code, out, _ = cli("quality", "--voices", "kokoro", "--sentences", lines, "--lang", "en")
    assert code == 0 and "kokoro             en       1" in out and "recog. RTF" in out
    code, _, err = cli("quality", "--voices", "kokoro", "--limit", "0")
    assert code == 2 and "--limit must be 1 or more." in err
