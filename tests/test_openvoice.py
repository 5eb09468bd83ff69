"""Commercial-clean cloning with OpenVoice V2's tone-colour converter: the architecture against
the release's layout, the real loading code on random-weight checkpoints saved as the release
saves them, conversion that keeps every chunk's length and timings, and `vhost voices clone`
(the default engine) through to `--voice clone:NAME`."""

import json

import numpy as np
import pytest

from tests.tiny_openvoice import pulled_openvoice, recorded_speech, tiny_openvoice
from vhost.errors import BackendError, ModelError
from vhost.speech.base import speak
from vhost.speech.wav import write_wav
from vhost.testing.fakes import FakeVoice

RATE = 22050


@pytest.fixture(scope="module")
def converter_dir(tmp_path_factory):
    return tiny_openvoice(tmp_path_factory.mktemp("openvoice") / "converter")


@pytest.fixture(scope="module")
def long_speech(kokoro):
    """About 14 s of real speech (the embedded voice) at 22.05 kHz: enough for OpenVoice."""
    return recorded_speech(kokoro, RATE)


@pytest.fixture
def models(tmp_path, models_dir, monkeypatch):
    """An empty models folder of this test's own that still finds the assembled Kokoro model."""
    from vhost.speech import openvoice

    # The base voice's own colour from one short line per language (the real set reads ~15 s).
    monkeypatch.setattr(openvoice, "SOURCE_TEXTS", {"zh": "欢迎来到直播间。", "en": "Welcome to the show."})
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "kokoro").symlink_to(models_dir / "kokoro")
    monkeypatch.setenv("VHOST_MODELS_DIR", str(folder))
    return folder


def test_the_architecture_has_the_released_checkpoints_names_and_shapes():
    """The release's converter/checkpoint.pth holds 486 tensors, 32,792,226 numbers in all."""
    import torch

    from vhost.speech.openvoice_model import ConverterConfig, ToneColourConverter

    with torch.device("meta"):
        state = ToneColourConverter(ConverterConfig()).state_dict()
    assert len(state) == 486 and sum(t.numel() for t in state.values()) == 32_792_226
    assert {k.split(".")[0] for k in state} == {"enc_q", "flow", "dec", "ref_enc"}
    assert state["enc_q.enc.cond_layer.weight_v"].shape == (6144, 256, 1)  # 2 · 192 · 16 layers
    assert state["dec.ups.0.weight_g"].shape == (512, 1, 1)
    assert state["ref_enc.gru.weight_ih_l0"].shape == (384, 1152)  # 128 channels × 9 bins
    assert "flow.flows.6.post.weight" in state and "flow.flows.7.pre.weight" not in state


def test_the_spectrogram_has_one_frame_per_hop_and_the_output_keeps_the_length(converter_dir):
    import torch

    from vhost.speech.openvoice import load_converter
    from vhost.speech.openvoice_model import spectrogram

    converter = load_converter(converter_dir)
    config = converter.config
    audio = torch.randn(config.hop_length * 40) * 0.1
    assert spectrogram(audio[None], config).shape == (1, config.spec_channels, 40)
    colour = converter.embedding(audio)
    with torch.inference_mode():
        out = converter(audio, colour, -colour)
    assert out.shape == audio.shape and torch.isfinite(out).all()


def test_a_chunk_is_converted_to_exactly_its_length_with_its_timings(converter_dir):
    from vhost.speech.openvoice import ToneColourVoice, load_converter, tone_colour

    converter = load_converter(converter_dir)
    base = FakeVoice()
    text = "Hello there. A cup for you, friend!"
    plain = list(base.stream(text, "en"))
    colour = tone_colour(converter, np.concatenate([c.audio for c in plain]), base.sample_rate)
    voice = ToneColourVoice(base, converter, colour, colour[::-1].copy(), "clone:test")
    converted = list(voice.stream(text, "en"))
    assert [c.text for c in converted] == [c.text for c in plain]
    for before, after in zip(plain, converted, strict=True):
        assert len(after.audio) == len(before.audio) and after.timings == before.timings
        assert after.sample_rate == before.sample_rate and after.audio.dtype == np.float32
        assert np.isfinite(after.audio).all() and np.abs(after.audio).max() <= 1.0
        assert np.sqrt(np.mean(after.audio**2)) > 1e-3  # not silent
        assert not np.allclose(after.audio, before.audio)
    assert voice.converted_seconds == pytest.approx(sum(len(c.audio) for c in plain) / base.sample_rate)
    import torch

    threads = torch.get_num_threads()
    fast = ToneColourVoice(base, converter, colour, colour[::-1].copy(), "clone:test", precision="bfloat16")
    quick = fast.convert(plain[0].audio, base.sample_rate)
    assert len(quick) == len(plain[0].audio) and np.isfinite(quick).all()
    assert torch.get_num_threads() == threads  # converting on one thread puts torch's setting back
    assert voice.convert(np.zeros(0, np.float32), 24000).size == 0
    assert len(voice.convert(np.ones(100, np.float32) * 0.1, 24000)) == 100  # shorter than a window


def test_a_damaged_or_foreign_converter_says_how_to_fix_it(tmp_path, converter_dir):
    import shutil

    import torch

    from vhost.speech.openvoice import converter_folder, load_converter

    broken = tmp_path / "broken"
    shutil.copytree(converter_dir, broken)
    state = torch.load(broken / "checkpoint.pth", weights_only=True)
    del state["model"]["dec.conv_post.weight"]
    torch.save(state, broken / "checkpoint.pth")
    with pytest.raises(BackendError, match="cannot be loaded .*Missing key.*vhost models pull openvoice-v2"):
        load_converter(broken)
    (broken / "config.json").write_text(json.dumps({"data": {"n_speakers": 2}, "model": {}}))
    with pytest.raises(BackendError, match="cannot be loaded"):
        load_converter(broken)
    with pytest.raises(BackendError, match="not an OpenVoice converter folder"):
        converter_folder(tmp_path, tmp_path)
    with pytest.raises(ModelError, match="fetch it with `vhost models pull openvoice-v2`"):
        converter_folder(tmp_path / "empty-models")


def test_a_voice_is_cloned_by_default_with_openvoice_and_spoken_with_its_base_voices_timings(
    cli, long_speech, converter_dir, models, kokoro, tmp_path
):
    from vhost.speech.openvoice import ToneColourVoice
    from vhost.speech.registry import open_voice

    write_wav(tmp_path / "me.wav", long_speech, RATE)
    code, out, err = cli(
        "voices", "clone", tmp_path / "me.wav", "--name", "店长", "--model", converter_dir, "--json"
    )
    assert code == 0, err
    record = json.loads(out)
    assert record["engine"] == "openvoice" and record["commercial"] is True and record["base"] == "kokoro"
    assert 10 < record["seconds"] < 16
    saved = models / "voices" / "店长"
    assert {"voice.json", "tone.npy", "reference.wav"} <= {p.name for p in saved.iterdir()}
    assert np.load(saved / "tone.npy").shape == (32,)  # the tiny converter's embedding size
    assert len(list((models / "voices" / ".sources").glob("kokoro-*.npy"))) == 1  # made once, cached

    code, out, _ = cli("voices", "list", "--json")
    listed = {v["name"]: v["description"] for v in json.loads(out)}
    assert "OpenVoice V2" in listed["clone:店长"] and "commercial use allowed" in listed["clone:店长"]

    voice = open_voice("clone:店长", models)
    assert isinstance(voice, ToneColourVoice) and voice.sample_rate == kokoro.sample_rate
    text = "欢迎来到直播间。这款保温杯只要59元！"
    plain, cloned = speak(kokoro, text, "zh"), speak(voice, text, "zh")
    assert cloned.sentences == plain.sentences and cloned.timings == plain.timings  # the lips stay exact
    assert len(cloned.audio) == len(plain.audio) and np.isfinite(cloned.audio).all()
    assert np.sqrt(np.mean(cloned.audio**2)) > 1e-3 and not np.allclose(cloned.audio, plain.audio)
    assert isinstance(voice.lane(), ToneColourVoice) and voice.lane().base is not voice.base
    assert voice.identity.startswith("clone:店长|kokoro|rate=1") and voice.lane().identity == voice.identity

    code, _, err = cli("say", "Hello.", "--voice", "clone:店长", "--pitch", "2", "--out", tmp_path / "p.wav")
    assert code == 2 and "keep the pitch of the recording" in err
    code, _, _ = cli("voices", "remove", "店长")
    assert code == 0 and not saved.exists()


def test_the_pulled_converter_is_found_and_a_clone_outlives_a_moved_model(cli, long_speech, models, tmp_path):
    from vhost.speech.registry import open_voice

    write_wav(tmp_path / "me.wav", long_speech, RATE)
    code, _, err = cli("voices", "clone", tmp_path / "me.wav", "--name", "shop")
    assert code == 2 and "`vhost models pull openvoice-v2`" in err and "Traceback" not in err
    pulled_openvoice(models)
    code, out, err = cli(
        "voices", "clone", tmp_path / "me.wav", "--name", "shop", "--base", "kokoro-kumo", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["base"] == "kokoro-kumo"
    record = json.loads((models / "voices" / "shop" / "voice.json").read_text())
    record["model"] = str(tmp_path / "gone")  # e.g. the models folder was copied to a new machine
    (models / "voices" / "shop" / "voice.json").write_text(json.dumps(record))
    said = speak(open_voice("clone:shop", models, speed=1.2), "Hello there.", "en")
    assert said.duration > 0.3 and said.timings


def test_openvoice_refuses_what_would_clone_badly(cli, long_speech, converter_dir, models, tmp_path):
    write_wav(tmp_path / "short.wav", long_speech[: RATE * 8], RATE)  # enough for XTTS, not here
    code, _, err = cli("voices", "clone", tmp_path / "short.wav", "--name", "shop", "--model", converter_dir)
    assert code == 2 and "record 10-30 s" in err
    write_wav(tmp_path / "loud.wav", np.clip(long_speech * 30, -1, 1), RATE)
    code, _, err = cli("voices", "clone", tmp_path / "loud.wav", "--name", "shop", "--model", converter_dir)
    assert code == 2 and "clipped" in err
    write_wav(tmp_path / "me.wav", long_speech, RATE)
    args = ("voices", "clone", tmp_path / "me.wav", "--model", converter_dir)
    code, _, err = cli(*args, "--name", "shop", "--base", "clone:other")
    assert code == 2 and "cannot be the base of another clone" in err
    code, _, err = cli(*args, "--name", "shop", "--base", "kokoro", "--engine", "xtts")
    assert code == 2 and "leave out --base" in err
    code, _, err = cli(*args, "--name", "my voice")
    assert code == 2 and "cannot name a voice" in err
    assert not (models / "voices" / "shop").exists()
    with pytest.raises(BackendError, match="no usable cloned voice 'nobody'"):
        from vhost.speech.registry import open_voice

        open_voice("clone:nobody", models)


def test_the_presenter_screen_labels_each_clone_by_its_record(qtbot, tmp_path):
    """Commercial use follows the clone's record (its engine), not the wording of a description."""
    from vhost.gui.prefs import GuiPrefs
    from vhost.gui.presenter_panel import PresenterPanel

    voices = [("kokoro", "female"), ("clone:shop", "OpenVoice"), ("clone:old", "OpenVoice in words only")]
    panel = PresenterPanel(
        GuiPrefs(), tmp_path / "avatars", voices, lambda *a: None, lambda *a: None,
        clone_engines={"clone:shop": "openvoice", "clone:old": "xtts"},
    )  # fmt: skip
    qtbot.addWidget(panel)
    texts = {panel.voice.itemData(i): panel.voice.itemText(i) for i in range(panel.voice.count())}
    assert "commercial use allowed" in texts["clone:shop"]
    assert "not for commercial use" in texts["clone:old"]
