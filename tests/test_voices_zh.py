"""The native Mandarin voice families (vhost/speech/kokoro_zh.py), offline.

The real kokoro-zh files cannot be fetched here, so the test builds a stand-in with their
interface: the embedded Kokoro v1.0 model re-exported the way kokoro-onnx's v1.1-zh export
looks (inputs input_ids, style and an int32 speed; the audio called waveform; no duration
output, so vhost must find the durations in the graph), a v1.1-style config.json vocabulary
(misaki's v1.1 symbols), and a voices-v1.1-zh.bin .npz of (510, 1, 256) styles. It is pulled
with the real `--from DIR` path and spoken through the real loading code. The stand-in's
weights are v1.0's, so its audio is not Mandarin as v1.1 speaks it: the test checks the
plumbing (audio, timings, names, messages), not the accent.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from vhost.errors import BackendError, ModelError
from vhost.models.folder import Fetch, ModelsFolder
from vhost.models.manifest import find, load_manifest
from vhost.speech import kokoro_files, kokoro_model, kokoro_zh
from vhost.speech.base import speak
from vhost.speech.registry import list_voices, open_voice

ZH_TEXT = "欢迎来到直播间，这款保温杯今天只要八十九元。"
V10_TONES = "↓→↗↘"  # v1.0's tone arrows; v1.1 writes tone digits instead


def _standin_export(embedded: Path, out: Path) -> None:
    import onnx

    model = onnx.load(str(embedded))
    graph = model.graph
    del graph.output[1:]  # only the audio: the durations must be found by their ops

    def rename(old: str, new: str) -> None:
        for node in graph.node:
            node.input[:] = [new if name == old else name for name in node.input]
            node.output[:] = [new if name == old else name for name in node.output]

    rename("audio", "waveform")
    graph.output[0].name = "waveform"
    rename("tokens", "input_ids")
    graph.input[0].name = "input_ids"
    rename("speed", "speed_float")  # an int32 speed, cast to float as a traced export does
    graph.node.insert(0, onnx.helper.make_node("Cast", ["speed"], ["speed_float"], to=onnx.TensorProto.FLOAT))
    graph.input[2].type.tensor_type.elem_type = onnx.TensorProto.INT32
    onnx.save(model, str(out))


def _standin_vocab() -> dict[str, int]:
    from misaki.zh_frontend import ZH_MAP

    vocab = {k: v for k, v in kokoro_model._vocab().items() if k not in V10_TONES}
    free = iter(sorted(set(range(1, 178)) - set(vocab.values())))
    vocab.update({s: next(free) for s in dict.fromkeys(ZH_MAP.values()) if s not in vocab})
    return vocab


def _without_hashes(name: str):  # noqa: ANN202 - ModelSpec
    """The manifest's entry less the real files' sha256 and size (the stand-in differs from them)."""
    spec = find(load_manifest(), name)
    files = tuple(dataclasses.replace(f, sha256=None, size=None) for f in spec.files)
    return dataclasses.replace(spec, files=files)


@pytest.fixture(scope="module")
def zh_models(models_dir, tmp_path_factory) -> Path:
    """A models folder with the kokoro-zh stand-in and the kokoro-zh-lite styles, pulled."""
    import json

    import torch

    files = kokoro_model.prepare(models_dir)
    download = tmp_path_factory.mktemp("download")
    _standin_export(files.model, download / kokoro_zh.MODEL_FILE)
    config = {"n_token": 178, "vocab": _standin_vocab()}
    (download / kokoro_zh.CONFIG_FILE).write_text(json.dumps(config), "utf-8")
    styles = files.styles
    np.savez(
        download / kokoro_zh.VOICES_FILE,  # np.savez adds .npy per voice, as kokoro-onnx's file has
        zf_001=styles["jf_gongitsune"],
        zf_017=styles["jf_nezumi"],
        zm_009=styles["jm_kumo"],
        af_maple=styles["jf_alpha"],
    )
    (download / (kokoro_zh.VOICES_FILE + ".npz")).rename(download / kokoro_zh.VOICES_FILE)
    (download / "voices").mkdir()
    vectors = list(styles.values())
    for i, style in enumerate(kokoro_zh.LITE_STYLES):  # hexgrad's format: torch.save of one tensor
        torch.save(torch.from_numpy(vectors[i % len(vectors)].copy()), download / "voices" / f"{style}.pt")
    root = tmp_path_factory.mktemp("zh-models")
    for name in (kokoro_zh.ZH_MODEL, kokoro_zh.LITE_MODEL):
        ModelsFolder(root).pull(_without_hashes(name), Fetch(local=download))
    # the embedded model, already built for the session, is shared instead of built again
    (root / "kokoro").symlink_to(models_dir / "kokoro", target_is_directory=True)
    return root


def test_a_chinese_sentence_speaks_through_kokoro_zh_with_v1_1_phonemes_and_timings(zh_models):
    from vhost.animate.visemes import shape_for

    voice = open_voice("kokoro-zh", zh_models)
    assert isinstance(voice, kokoro_zh.KokoroZhVoice)
    utterance = speak(voice, ZH_TEXT, "zh")
    assert utterance.sample_rate == 24000 and utterance.duration > 1.5
    assert np.isfinite(utterance.audio).all() and np.abs(utterance.audio).max() > 0.05
    symbols = {t.phoneme for t in utterance.timings}
    assert {"ㄓ", "十", "万", "ㄅ"} <= symbols  # zhi, the uan of kuan, b: v1.1's own symbols
    assert not symbols & set(V10_TONES)
    assert all(s in voice._vocab or s == " " for s in symbols)
    # the durations the graph computed place every symbol, in order, over the voiced audio
    starts = [t.start for t in utterance.timings]
    assert starts == sorted(starts)
    assert utterance.timings[-1].end <= utterance.duration + 1e-6
    assert utterance.timings[-1].end > 0.7 * utterance.duration
    mouths = [shape_for(t.phoneme) for t in utterance.timings]
    assert sum(m is not None and m.jaw > 0.5 for m in mouths) >= 5  # open vowels open the jaw


def test_the_int32_speed_of_the_export_is_made_float_so_rates_and_pitch_work(zh_models):
    voice = open_voice("kokoro-zh-f017", zh_models, speed=1.2, pitch=2.0)
    assert voice._speed_type is np.float32 and voice._token_input == "input_ids"
    slow = speak(open_voice("kokoro-zh-f017", zh_models, speed=0.8), "今天只要八十九元。", "zh")
    fast = speak(voice, "今天只要八十九元。", "zh")
    assert fast.duration < slow.duration


def test_kokoro_zh_is_the_default_for_chinese_once_pulled_and_english_keeps_kokoro(zh_models, tmp_path):
    from vhost.speech.kokoro import KokoroVoice

    assert open_voice(None, zh_models, lang="zh").name == "kokoro-zh"
    assert open_voice("kokoro", zh_models, lang="zh").name == "kokoro-zh"
    assert type(open_voice(None, zh_models, lang="en")) is KokoroVoice
    assert open_voice("kokoro-gongitsune", zh_models, lang="zh").name == "kokoro-gongitsune"
    empty = tmp_path / "models"
    empty.mkdir()
    (empty / "kokoro").symlink_to(zh_models / "kokoro", target_is_directory=True)
    assert type(open_voice(None, empty, lang="zh")) is KokoroVoice


def test_voices_are_listed_by_description_never_by_model_ids(zh_models, cli, monkeypatch):
    voices = dict(list_voices(zh_models))
    assert voices["kokoro-zh-f001"] == "女声 1 / Female voice 1 (Kokoro v1.1-zh)"
    assert voices["kokoro-zh-m009"] == "男声 9 / Male voice 9 (Kokoro v1.1-zh)"
    assert voices["kokoro-zh-maple"].startswith("美式英语女声 Maple / American English female voice")
    assert "the default for Mandarin" in voices["kokoro-zh"]
    assert voices["kokoro"] == "Kokoro-82M, female, clear; the default for English"
    assert voices["kokoro-xiaobei"] == "女声 Xiaobei / Female voice, Xiaobei (Kokoro v1.0)"
    assert not any("zf_" in d or "zm_" in d or ".pt" in d for d in voices.values())
    monkeypatch.setenv("VHOST_MODELS_DIR", str(zh_models))
    code, out, _ = cli("voices")
    assert code == 0 and "男声 9 / Male voice 9" in out and "kokoro-zh-m009" in out


def test_without_the_models_the_list_and_the_voice_name_the_pull(tmp_path):
    voices = dict(list_voices(tmp_path))
    assert "`vhost models pull kokoro-zh`" in voices["kokoro-zh"]
    assert "`vhost models pull kokoro-zh-lite`" in voices["kokoro-yunxi"]
    with pytest.raises(ModelError, match=r"`vhost models pull kokoro-zh`"):
        open_voice("kokoro-zh", tmp_path)
    with pytest.raises(ModelError, match=r"`vhost models pull kokoro-zh-lite`"):
        open_voice("kokoro-xiaoxiao", tmp_path)


def test_an_unknown_voice_of_the_family_lists_the_real_ones(zh_models):
    with pytest.raises(BackendError, match="kokoro-zh-f001"):
        open_voice("kokoro-zh-f999", zh_models)


def test_damaged_files_are_one_sentence_naming_verify_and_pull(zh_models, tmp_path):
    import shutil

    copy = tmp_path / "models"
    shutil.copytree(zh_models, copy, symlinks=True)
    folder = copy / kokoro_zh.ZH_MODEL
    (folder / kokoro_zh.VOICES_FILE).write_bytes(b"not a zip")
    with pytest.raises(BackendError) as caught:
        open_voice("kokoro-zh", copy)
    text = str(caught.value)
    assert "voices-v1.1-zh.bin of the model kokoro-zh is damaged" in text
    assert "`vhost models verify kokoro-zh`" in text and "`vhost models pull kokoro-zh`" in text
    assert "\n" not in text
    shutil.copy(zh_models / kokoro_zh.ZH_MODEL / kokoro_zh.VOICES_FILE, folder / kokoro_zh.VOICES_FILE)
    (folder / kokoro_zh.MODEL_FILE).write_bytes(b"\x00garbage")
    with pytest.raises(BackendError, match="kokoro-v1.1-zh.onnx of the model kokoro-zh is damaged"):
        open_voice("kokoro-zh", copy)
    lite = copy / kokoro_zh.LITE_MODEL / "voices" / "zm_yunxi.pt"
    lite.write_bytes(lite.read_bytes()[:1000])
    with pytest.raises(BackendError, match="zm_yunxi.pt of the model kokoro-zh-lite is damaged"):
        open_voice("kokoro-yunxi", copy)
    assert ModelsFolder(copy).verify(_without_hashes(kokoro_zh.LITE_MODEL)) == [
        "voices/zm_yunxi.pt is damaged (its sha256 does not match)"
    ]


def test_an_export_without_durations_is_refused_with_a_sentence(tmp_path):
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Identity", ["input_ids"], ["waveform"])],
        "no-durations",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, [1, None])],
        [helper.make_tensor_value_info("waveform", TensorProto.INT64, [1, None])],
    )
    source = tmp_path / kokoro_zh.MODEL_FILE
    onnx.save(helper.make_model(graph), str(source))
    with pytest.raises(BackendError, match="has no phoneme durations vhost can find"):
        kokoro_files.timed_model(source, "kokoro-zh")
    named = helper.make_graph(
        [helper.make_node("Identity", ["input_ids"], ["duration"])],
        "named",
        graph.input,
        [helper.make_tensor_value_info("duration", TensorProto.INT64, [None])],
    )
    assert kokoro_files.find_duration(named) == "duration"  # KModelForONNX's export names it


def test_a_lite_voice_speaks_with_the_embedded_model_and_v1_0_phonemes(zh_models):
    voice = open_voice("kokoro-yunyang", zh_models)
    assert isinstance(voice, kokoro_zh.KokoroLiteVoice)
    utterance = speak(voice, "今天只要八十九元。", "zh")
    assert utterance.duration > 0.8 and np.isfinite(utterance.audio).all()
    symbols = {t.phoneme for t in utterance.timings}
    assert symbols & set(V10_TONES)  # today's G2P: tone arrows, not v1.1's digits
    assert voice._style.shape == kokoro_files.STYLE_SHAPE


def test_a_pt_that_is_not_a_float_style_is_refused(tmp_path):
    import torch

    path = tmp_path / "zf_xiaoni.pt"
    torch.save(torch.zeros(510, 1, 256, dtype=torch.float64), path)
    with pytest.raises(BackendError, match="zf_xiaoni.pt of the model kokoro-zh-lite is damaged"):
        kokoro_files.read_pt_style(path, "kokoro-zh-lite")


def test_the_manifest_pins_what_the_sources_give(tmp_path):
    specs = load_manifest()
    zh, lite = specs["kokoro-zh"], specs["kokoro-zh-lite"]
    assert zh.licence == lite.licence == "Apache-2.0" and zh.commercial and lite.commercial
    model, voices, config = zh.files
    assert zh.url(model) == (
        "https://github.com/thewh1teagle/kokoro-onnx/releases/download/model-files-v1.1/kokoro-v1.1-zh.onnx"
    )
    assert model.sha256 and model.size == 325506167
    assert zh.url(config) == "https://huggingface.co/hexgrad/Kokoro-82M-v1.1-zh/resolve/main/config.json"
    assert lite.url(lite.files[0]).startswith(
        "https://huggingface.co/hexgrad/Kokoro-82M/resolve/f3ff3571791e39611d31c381e3a41a3af07b4987/voices/"
    )
    assert len(lite.files) == 8 and ModelsFolder(tmp_path).status(zh) == "missing"


def test_v1_1_symbols_have_mouth_shapes():
    from misaki.zh_frontend import ZH_MAP

    from vhost.animate.visemes import BILABIALS, CLOSED, shape_for

    marks = set("/12345") | set(';:,.!?—…"()“” ')
    for symbol in set(ZH_MAP.values()) - marks:
        assert shape_for(symbol) is not None, symbol
    assert shape_for("ㄅ") == CLOSED and "ㄇ" in BILABIALS
    assert shape_for("王").jaw > 0.8 and shape_for("ㄨ").round > 0.8 and shape_for("ㄧ").wide > 0.6
    assert shape_for("3") is None and shape_for("”") == CLOSED


def test_the_presenter_screen_lists_the_mandarin_voices_by_description(qtbot, zh_models, tmp_path):
    from vhost.gui.prefs import GuiPrefs
    from vhost.gui.presenter_panel import PresenterPanel

    prefs = GuiPrefs()
    voices = list_voices(zh_models)
    assert not kokoro_zh.not_fetched(zh_models)  # both families pulled
    panel = PresenterPanel(prefs, tmp_path / "avatars", voices, lambda *a: None, lambda *a: None)
    qtbot.addWidget(panel)
    labels = {panel.voice.itemData(i): panel.voice.itemText(i) for i in range(panel.voice.count())}
    assert labels["kokoro-zh-f017"] == "女声 17 / Female voice 17 (Kokoro v1.1-zh)"
    assert labels["kokoro-yunxi"] == "男声 Yunxi / Male voice, Yunxi (Kokoro v1.0)"
    assert not any("zf_" in text or "kokoro-zh-" in text for text in labels.values())
    panel.voice.setCurrentIndex(panel.voice.findData("kokoro-zh-m009"))
    assert prefs.voice == "kokoro-zh-m009"
    enabled = panel.voice.model().item(panel.voice.findData("kokoro-zh-m009")).isEnabled()
    assert enabled


def test_voices_not_fetched_yet_are_shown_but_cannot_be_chosen(qtbot, tmp_path):
    from vhost.gui.prefs import GuiPrefs
    from vhost.gui.presenter_panel import PresenterPanel

    models = tmp_path / "no-models"  # neither Mandarin family pulled
    missing = kokoro_zh.not_fetched(models)
    assert missing == {"kokoro-zh", *kokoro_zh.LITE_NAMES}
    voices = list_voices(models)
    panel = PresenterPanel(
        GuiPrefs(), tmp_path / "avatars", voices, lambda *a: None, lambda *a: None, not_fetched=missing
    )
    qtbot.addWidget(panel)
    item = panel.voice.model().item(panel.voice.findData("kokoro-yunxi"))
    assert not item.isEnabled() and "vhost models pull kokoro-zh-lite" in item.toolTip()
    assert panel.voice.model().item(panel.voice.findData("kokoro")).isEnabled()


def test_a_voices_file_whose_style_has_the_wrong_shape_is_refused(tmp_path):
    path = tmp_path / kokoro_zh.VOICES_FILE
    with path.open("wb") as out:  # a file object: np.savez adds no .npz suffix
        np.savez(out, zf_001=np.zeros((510, 256), np.float32), zf_002=np.zeros(7, np.float32))
    assert kokoro_files.read_npz_style(path, "kokoro-zh", "zf_001").shape == kokoro_files.STYLE_SHAPE
    with pytest.raises(BackendError, match=r"kokoro-zh is damaged \(zf_002 is not a \(510, 1, 256\)"):
        kokoro_files.read_npz_style(path, "kokoro-zh", "zf_002")
