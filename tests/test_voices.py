"""The voices: the embedded Kokoro model (real, from the PyPI parts) and the Coqui loading path
(a small random-weight VITS saved and loaded exactly as a user's model folder would be)."""

import json

import numpy as np
import pytest

from vhost.errors import BackendError
from vhost.speech import kokoro_model
from vhost.speech.base import speak
from vhost.speech.phonemes import Phonemizer


def test_kokoro_model_is_assembled_verified_and_given_a_duration_output(kokoro, models_dir):
    folder = models_dir / "kokoro"
    assert (folder / kokoro_model.TIMED_NAME).stat().st_size > 80_000_000
    assert json.loads((folder / "source.json").read_text())["source_sha256"] == kokoro_model.SOURCE_SHA256
    names = [output.name for output in kokoro._session.get_outputs()]
    assert names == ["audio", kokoro_model.DURATION_TENSOR]


def test_a_damaged_stamp_makes_the_model_rebuild(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(
        kokoro_model, "_build_timed_model", lambda source, out: calls.append(out) or out.write_bytes(b"x")
    )
    monkeypatch.setattr(kokoro_model, "_assemble_source", lambda: b"")
    kokoro_model.prepare(tmp_path)
    kokoro_model.prepare(tmp_path)  # stamp matches: no second build
    (tmp_path / "kokoro" / "source.json").write_text("{broken")
    kokoro_model.prepare(tmp_path)
    assert len(calls) == 2


def test_corrupted_model_parts_are_refused(monkeypatch):
    monkeypatch.setattr(kokoro_model, "SOURCE_SHA256", "0" * 64)
    with pytest.raises(BackendError, match="corrupted"):
        kokoro_model._assemble_source()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "这款保温杯到手价¥129。库存只剩23件！"),
        ("en", "This thermos is only $19.99 today. Grab one now!"),
    ],
)
def test_kokoro_speaks_with_timings_that_cover_its_audio(kokoro, lang, text):
    utterance = speak(kokoro, text, lang)
    assert 2.0 < utterance.duration < 12.0
    assert np.abs(utterance.audio).max() > 0.1  # not silence
    assert len(utterance.sentences) == 2
    starts = [t.start for t in utterance.timings]
    assert starts == sorted(starts)
    assert all(t.end >= t.start for t in utterance.timings)
    # the timings reach the end of each sentence's speech (only the added pause lies beyond)
    last_sentence_end = utterance.sentences[-1][2]
    assert last_sentence_end - 0.4 < utterance.timings[-1].end <= last_sentence_end
    sounding = "".join(t.phoneme for t in utterance.timings)
    assert not any(ch.isdigit() for ch in sounding)


def test_chinese_with_an_english_brand_becomes_kokoro_phonemes_only(kokoro):
    phonemes = Phonemizer().chinese("这款iPhone手机壳支持USB充电")
    assert "iPhone" not in phonemes and "USB" not in phonemes
    assert all(ch in kokoro._vocab or ch == " " for ch in phonemes)


def test_unknown_kokoro_voice_name(models_dir):
    from vhost.speech.kokoro import KokoroVoice

    with pytest.raises(BackendError, match="kokoro-alpha"):
        KokoroVoice(models_dir, "kokoro-nobody")


def _tiny_vits(folder):
    """A random-weight VITS small enough for a test, saved like any trained Coqui model."""
    import torch
    from TTS.tts.configs.shared_configs import CharactersConfig
    from TTS.tts.configs.vits_config import VitsConfig
    from TTS.tts.models.vits import Vits, VitsArgs

    args = VitsArgs(
        hidden_channels=16,
        hidden_channels_ffn_text_encoder=32,
        num_heads_text_encoder=2,
        num_layers_text_encoder=1,
        num_layers_flow=1,
        num_layers_posterior_encoder=1,
        resblock_type_decoder="2",
        resblock_kernel_sizes_decoder=[3],
        resblock_dilation_sizes_decoder=[[1, 3]],
        upsample_rates_decoder=[8, 8, 4],
        upsample_initial_channel_decoder=16,
        upsample_kernel_sizes_decoder=[16, 16, 8],
        use_sdp=False,
        init_discriminator=False,
        out_channels=257,
    )
    config = VitsConfig(
        model_args=args,
        text_cleaner="basic_cleaners",
        use_phonemes=False,
        characters=CharactersConfig(
            characters_class="TTS.tts.models.vits.VitsCharacters",
            characters="abcdefghijklmnopqrstuvwxyz",
            punctuations=" .,!?",
            pad="<PAD>",
            eos="<EOS>",
            bos="<BOS>",
            blank="<BLNK>",
        ),
    )
    config.audio.sample_rate = 16000
    config.audio.fft_size = 512
    config.audio.win_length = 512
    config.audio.hop_length = 256
    torch.manual_seed(0)
    model = Vits(config)
    folder.mkdir(parents=True)
    torch.save({"model": model.state_dict()}, folder / "model.pth")
    config.save_json(str(folder / "config.json"))
    return folder


@pytest.fixture(scope="module")
def tiny_vits(tmp_path_factory):
    return _tiny_vits(tmp_path_factory.mktemp("coqui") / "my-vits")


def test_coqui_loads_a_local_model_folder_and_speaks(tiny_vits, models_dir):
    from vhost.speech.registry import open_voice

    voice = open_voice(f"coqui:{tiny_vits}", models_dir)
    assert voice.sample_rate == 16000
    utterance = speak(voice, "hello there. this is a test!", "en")
    assert len(utterance.sentences) == 2
    assert utterance.duration > 0.3
    assert np.isfinite(utterance.audio).all()
    assert utterance.timings == ()  # Coqui reports none; the animator follows loudness


def test_coqui_finds_a_named_model_in_the_models_folder(tiny_vits, tmp_path):
    import shutil

    from vhost.speech.coqui import CoquiVoice

    shutil.copytree(tiny_vits, tmp_path / "coqui" / "tts_models--en--test--vits")
    voice = CoquiVoice("tts_models/en/test/vits", tmp_path)
    assert voice.name == "coqui:tts_models/en/test/vits"


def test_coqui_errors_say_what_to_do(tmp_path, models_dir):
    from vhost.speech.coqui import CoquiVoice

    with pytest.raises(BackendError, match="not on this machine"):
        CoquiVoice("tts_models/zh-CN/baker/tacotron2-DDC-GST", tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(BackendError, match="no config.json"):
        CoquiVoice(str(tmp_path / "empty"), models_dir)
    (tmp_path / "empty" / "config.json").write_text("{}")
    with pytest.raises(BackendError, match="no model file"):
        CoquiVoice(str(tmp_path / "empty"), models_dir)
    (tmp_path / "empty" / "model.pth").write_bytes(b"not a checkpoint")
    with pytest.raises(BackendError, match="cannot be loaded"):
        CoquiVoice(str(tmp_path / "empty"), models_dir)
    with pytest.raises(BackendError, match="neither a model folder"):
        CoquiVoice("no-such-thing", models_dir)


def _median_pitch(audio, rate):
    """The median fundamental frequency of the loud frames (autocorrelation)."""
    found = []
    for start in range(0, len(audio) - 2048, 1024):
        frame = audio[start : start + 2048] - audio[start : start + 2048].mean()
        if np.sqrt((frame**2).mean()) < 0.03:
            continue
        corr = np.correlate(frame, frame, "full")[2047:]
        low, high = rate // 400, rate // 80
        lag = low + int(np.argmax(corr[low:high]))
        if corr[lag] > 0.3 * corr[0]:
            found.append(rate / lag)
    return float(np.median(found))


def test_kokoro_pitch_moves_the_voice_and_keeps_its_rate_and_timings(kokoro, models_dir):
    from vhost.speech.kokoro import KokoroVoice

    text = "欢迎来到直播间，今天给大家带来一款保温杯。"
    plain = speak(kokoro, text, "zh")
    higher = speak(KokoroVoice(models_dir, pitch=3.0), text, "zh")
    ratio = _median_pitch(higher.audio, higher.sample_rate) / _median_pitch(plain.audio, plain.sample_rate)
    assert 1.08 < ratio < 1.32  # three semitones is 1.19×
    assert abs(higher.duration / plain.duration - 1) < 0.1  # the rate is kept
    assert higher.sentences[-1][2] - 0.4 < higher.timings[-1].end <= higher.sentences[-1][2]
    with pytest.raises(BackendError, match="semitones is out of range"):
        KokoroVoice(models_dir, pitch=9)
