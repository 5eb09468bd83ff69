"""Voice cloning: the reference recording's checks, and cloning → saving → speaking end to end
with a random-weight XTTS built here (the real loading code; noise, not a voice)."""

import json

import numpy as np
import pytest

from tests.tiny_models import tiny_xtts
from vhost.errors import BackendError
from vhost.speech.base import speak
from vhost.speech.reference import check_reference
from vhost.speech.wav import read_audio, write_wav

RATE = 22050


@pytest.fixture(scope="module")
def speech(kokoro):
    """About 9 s of real speech (the embedded voice) at 22.05 kHz, with a little silence around it."""
    from scipy.signal import resample_poly

    said = speak(
        kokoro,
        "Welcome to the show. This steel cup keeps your tea hot for twelve hours,"
        " and today it comes with a free lid and free shipping.",
        "en",
    )
    audio = resample_poly(said.audio, RATE, said.sample_rate).astype(np.float32)
    silence = np.zeros(RATE // 2, np.float32)
    return np.concatenate([silence, audio, silence])


@pytest.fixture(scope="module")
def xtts(tmp_path_factory):
    return tiny_xtts(tmp_path_factory.mktemp("xtts") / "xtts-tiny")


def test_a_clean_recording_is_trimmed_and_levelled(speech):
    ref = check_reference(speech, RATE)
    assert 6.0 < ref.seconds < len(speech) / RATE - 0.8  # the half-seconds of silence are gone
    assert ref.snr_db > 30 and ref.speech_share > 0.45
    loudness = 20 * np.log10(np.sqrt(np.mean(ref.audio[np.abs(ref.audio) > 0.01] ** 2)))
    assert -26 < loudness < -12


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda a: a[: 3 * RATE], "only"),
        (lambda a: np.tile(a, 4), "cut it to the clearest 6-30 s"),
        (lambda a: a * 0.004, "too quiet"),
        (lambda a: np.clip(a * 30, -1, 1), "clipped"),
        (lambda a: a + np.random.default_rng(0).normal(0, 0.03, len(a)).astype(np.float32), "noisy"),
        (
            lambda a: np.concatenate([a[: RATE * 2], np.zeros(RATE * 8, np.float32), a[RATE * 6 : RATE * 8]]),
            "mostly pauses",
        ),
        (lambda a: np.zeros_like(a), "silent"),
    ],
)
def test_a_recording_that_would_clone_badly_is_refused_with_the_fix(speech, change, says):
    with pytest.raises(BackendError) as refused:
        check_reference(change(speech.copy()), RATE, "me.wav")
    assert says in str(refused.value) and str(refused.value).startswith("me.wav")


def test_any_audio_file_is_read_at_the_rate_asked(speech, tmp_path):
    write_wav(tmp_path / "at48k.wav", np.repeat(speech, 2)[: len(speech) * 2], RATE * 2)
    audio = read_audio(tmp_path / "at48k.wav", RATE)
    assert abs(len(audio) - len(speech)) < RATE * 0.05
    (tmp_path / "notes.txt").write_text("not audio")
    with pytest.raises(BackendError, match="not a sound file"):
        read_audio(tmp_path / "notes.txt", RATE)
    with pytest.raises(BackendError, match="does not exist"):
        read_audio(tmp_path / "missing.wav", RATE)


def test_a_voice_is_cloned_saved_listed_spoken_and_removed(cli, speech, xtts, tmp_path, monkeypatch):
    from vhost.speech.registry import open_voice

    models = tmp_path / "models"
    monkeypatch.setenv("VHOST_MODELS_DIR", str(models))
    write_wav(tmp_path / "me.wav", speech, RATE)
    code, out, err = cli(
        "voices",
        "clone",
        tmp_path / "me.wav",
        "--name",
        "店长",
        "--engine",
        "xtts",
        "--model",
        xtts,
        "--json",
    )
    assert code == 0, err
    record = json.loads(out)
    assert record["name"] == "店长" and 6 < record["seconds"] < 11
    assert record["engine"] == "xtts" and record["commercial"] is False
    saved = models / "voices" / "店长"
    assert {"voice.json", "latents.npz", "reference.wav"} <= {p.name for p in saved.iterdir()}
    assert np.load(saved / "latents.npz")["speaker_embedding"].shape == (1, 512, 1)

    code, out, _ = cli("voices", "list", "--json")
    listed = {v["name"]: v["description"] for v in json.loads(out)}
    assert "not for commercial use" in listed["clone:店长"] and "kokoro" in listed

    voice = open_voice("clone:店长", models, speed=1.2)
    assert voice.sample_rate == 24000 and voice.languages() == ("zh", "en")
    said = speak(voice, "欢迎来到直播间。这款保温杯只要59元，今天包邮！", "zh")
    assert [s[0] for s in said.sentences] == ["欢迎来到直播间。", "这款保温杯只要59元，今天包邮！"]
    assert said.duration > 0.6 and np.isfinite(said.audio).all() and np.abs(said.audio).max() <= 1.0
    assert said.timings == ()  # XTTS reports none; the lips follow loudness

    code, out, err = cli(
        "say", "Hello there.", "--lang", "en", "--voice", "clone:店长", "--out", tmp_path / "o.wav"
    )
    assert code == 0, err
    assert "clone:店长" in out and (tmp_path / "o.wav").stat().st_size > 1000
    code, _, err = cli("say", "Hello.", "--voice", "clone:店长", "--pitch", "2", "--out", tmp_path / "p.wav")
    assert code == 2 and "keep the pitch of the recording" in err

    code, out, _ = cli("voices", "remove", "店长")
    assert code == 0 and not saved.exists()
    code, _, err = cli("say", "Hello.", "--voice", "clone:店长", "--out", tmp_path / "q.wav")
    assert code == 2 and "vhost voices clone RECORDING --name NAME" in err


def test_cloning_errors_say_what_to_do(cli, speech, xtts, tmp_path, monkeypatch):
    monkeypatch.setenv("VHOST_MODELS_DIR", str(tmp_path / "models"))
    write_wav(tmp_path / "me.wav", speech, RATE)
    clone = ("voices", "clone", "--engine", "xtts")
    code, _, err = cli(*clone, tmp_path / "me.wav", "--name", "shop")
    assert code == 2 and "vhost models pull xtts-v2" in err  # the model was never pulled
    code, _, err = cli(*clone, tmp_path / "me.wav", "--name", "my voice", "--model", xtts)
    assert code == 2 and "cannot name a voice" in err
    write_wav(tmp_path / "short.wav", speech[: RATE * 4], RATE)
    code, _, err = cli(*clone, tmp_path / "short.wav", "--name", "shop", "--model", xtts)
    assert code == 2 and "record 6-30 s" in err
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.json").write_text("{}")
    code, _, err = cli(*clone, tmp_path / "me.wav", "--name", "shop", "--model", tmp_path / "broken")
    assert code == 2 and "cannot be loaded" in err and "Traceback" not in err
    code, _, err = cli("voices", "remove", "nobody")
    assert code == 2 and "no cloned voice" in err
