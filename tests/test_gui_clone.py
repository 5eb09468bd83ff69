"""Cloning a voice in the app (offscreen, with pytest-qt): the Presenter screen's "Clone a
voice…" dialog asks for a recording, a name, the engine and the owner's consent; a good
recording becomes a listed, chosen clone labelled by its licence; a refused one is one sentence
and saves nothing; a saved name is replaced only when the person agrees; Remove deletes a clone
and nothing else. The OpenVoice converter has random weights (tests/tiny_openvoice.py)."""

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from tests.tiny_openvoice import pulled_openvoice, recorded_speech  # noqa: E402
from vhost.gui import clone_dialog as dialog_module  # noqa: E402
from vhost.gui import presenter_panel as panel_module  # noqa: E402
from vhost.gui.prefs import GuiPrefs  # noqa: E402
from vhost.gui.presenter_panel import PresenterPanel  # noqa: E402
from vhost.speech.wav import write_wav  # noqa: E402
from vhost.testing import FakeVoice  # noqa: E402

RATE = 22050


@pytest.fixture(scope="module")
def speech(kokoro):
    """About 14 s of real speech (the embedded voice) at 22.05 kHz: enough for OpenVoice."""
    return recorded_speech(kokoro, RATE)


@pytest.fixture
def models(tmp_path, models_dir, kokoro, monkeypatch):
    """An empty models folder of this test's own that still finds the assembled Kokoro model."""
    from vhost.speech import openvoice

    # The base voice's own colour from one short line per language (the real set reads ~15 s).
    monkeypatch.setattr(openvoice, "SOURCE_TEXTS", {"zh": "欢迎来到直播间。", "en": "Welcome to the show."})
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "kokoro").symlink_to(models_dir / "kokoro")
    monkeypatch.setenv("VHOST_MODELS_DIR", str(folder))
    return folder


def _panel(qtbot, tmp_path, models, voice="kokoro-kumo"):
    forgotten = []

    def open_voice(name, speed, pitch):
        return FakeVoice()

    open_voice.forget = lambda: forgotten.append(True)  # the app's opener keeps the last voice
    prefs = GuiPrefs(voice=voice)
    panel = PresenterPanel(
        prefs,
        tmp_path / "avatars",
        [("kokoro", "clear"), ("kokoro-kumo", "male"), ("coqui:FOLDER", "yours")],
        open_voice,
        lambda audio, rate: None,
        has_sound=lambda: True,
        models=lambda: models,
    )
    qtbot.addWidget(panel)
    return panel, prefs, forgotten


def _ask(qtbot, panel, recording, name, consent=True):
    """Open the dialog from its button and fill it in; returns the dialog."""
    panel.clone_button.click()
    dialog = panel.clone_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.recording.setText(str(recording))
    dialog.name.setText(name)
    dialog.consent.setChecked(consent)
    return dialog


def _clone(qtbot, panel, recording, name, engine="openvoice"):
    """Clone through the dialog; returns what the voice's message line said at the end."""
    dialog = _ask(qtbot, panel, recording, name)
    dialog.engine.setCurrentIndex(dialog.engine.findData(engine))
    assert dialog.clone_button.isEnabled(), dialog.problem.text()
    dialog.clone_button.click()
    assert not dialog.isVisible() and not panel.clone_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: panel.progress.isHidden() and panel.clone_button.isEnabled(), timeout=60000)
    return panel.voice_status.text()


def _one_sentence(text):
    return text and "\n" not in text and "Traceback" not in text and text.endswith(".")


def test_a_good_recording_becomes_the_chosen_clone_labelled_for_commercial_use(
    qtbot, tmp_path, models, speech, monkeypatch
):
    import json

    pulled_openvoice(models)
    write_wav(tmp_path / "me.wav", speech, RATE)
    panel, prefs, forgotten = _panel(qtbot, tmp_path, models)
    assert not panel.remove_button.isEnabled()  # a built-in voice cannot be removed

    dialog = _ask(qtbot, panel, tmp_path / "me.wav", "shop", consent=False)
    assert "10–30 s" in dialog.hint.text() and "one speaker" in dialog.hint.text()
    assert [dialog.base.itemData(i) for i in range(dialog.base.count())] == ["kokoro", "kokoro-kumo"]
    assert dialog.base.currentData() == "kokoro-kumo"  # the voice chosen now
    assert (
        dialog.engine.currentData() == "openvoice" and "commercial use allowed" in dialog.engine.currentText()
    )
    assert not dialog.clone_button.isEnabled() and "owner of this voice agreed" in dialog.problem.text()
    dialog.engine.setCurrentIndex(dialog.engine.findData("xtts"))
    assert not dialog.base.isEnabled() and "not for commercial use" in dialog.engine.currentText()
    assert "does not allow commercial use" in dialog.licence.text()
    dialog.engine.setCurrentIndex(dialog.engine.findData("openvoice"))
    dialog.name.setText("my voice")
    dialog.consent.setChecked(True)
    assert not dialog.clone_button.isEnabled() and "cannot name a voice" in dialog.problem.text()
    dialog.reject()
    assert dialog_module.suggested_name("Shop owner (take 2)") == "Shop_owner_take_2"  # from a file's name

    said = _clone(qtbot, panel, tmp_path / "me.wav", "shop")
    assert said.startswith("Saved clone:shop from 1") and "dBFS" in said and "may use this voice" in said
    assert panel.voice.currentData() == "clone:shop" and prefs.voice == "clone:shop"
    assert (
        panel.voice.currentText()
        == "clone:shop — cloned from a recording (OpenVoice V2, commercial use allowed)"
    )
    assert not panel.pitch.isEnabled() and panel.remove_button.isEnabled() and forgotten
    record = json.loads((models / "voices" / "shop" / "voice.json").read_text())
    assert (record["engine"], record["commercial"], record["base"]) == ("openvoice", True, "kokoro-kumo")

    # The same name again: asked first; keeping it starts nothing.
    asked = []
    monkeypatch.setattr(dialog_module, "confirm", lambda *a: asked.append(a[2]) or False)
    dialog = _ask(qtbot, panel, tmp_path / "me.wav", "shop")
    assert dialog.base.currentData() == "kokoro"  # a clone is no base: kokoro
    dialog.clone_button.click()
    assert dialog.isVisible() and panel.progress.isHidden() and "clone:shop" not in asked[0]
    assert "shop is already saved" in asked[0]
    dialog.reject()

    # Remove: asked first; keeping it keeps it, removing it lists it no more.
    monkeypatch.setattr(panel_module, "confirm", lambda *a: False)
    assert not panel.remove_clone() and (models / "voices" / "shop").exists()
    monkeypatch.setattr(panel_module, "confirm", lambda *a: True)
    forgotten.clear()
    panel.remove_button.click()
    assert not (models / "voices" / "shop").exists() and panel.voice.findData("clone:shop") < 0
    assert panel.voice.currentData() == "kokoro" and prefs.voice == "kokoro" and forgotten
    assert panel.voice_status.text().startswith("Removed the voice clone:shop")
    assert not panel.remove_button.isEnabled()
    assert not panel.remove_clone() and "Only a cloned voice" in panel.voice_status.text()


def test_a_refused_recording_is_one_sentence_and_saves_nothing(qtbot, tmp_path, models, speech):
    write_wav(tmp_path / "me.wav", speech, RATE)
    panel, prefs, _ = _panel(qtbot, tmp_path, models)
    listed = panel.voice.count()

    said = _clone(qtbot, panel, tmp_path / "me.wav", "shop")  # OpenVoice is not pulled yet
    assert _one_sentence(said) and "vhost models pull openvoice-v2" in said
    said = _clone(qtbot, panel, tmp_path / "me.wav", "shop", engine="xtts")  # nor XTTS-v2
    assert _one_sentence(said) and "vhost models pull xtts-v2" in said

    pulled_openvoice(models)
    write_wav(tmp_path / "short.wav", speech[: RATE * 8], RATE)
    said = _clone(qtbot, panel, tmp_path / "short.wav", "shop")
    assert _one_sentence(said) and "holds only" in said and "record 10-30 s" in said
    assert panel.voice_status.styleSheet()  # in the colour of a problem
    dialog = _ask(qtbot, panel, tmp_path / "short.wav", "shop")  # filled in again, to fix one thing
    assert dialog.name.text() == "shop" and dialog.base.currentData() == "kokoro-kumo"
    dialog.reject()

    dialog = _ask(qtbot, panel, tmp_path / "me.wav", "shop")  # a good one, cancelled at once
    dialog.clone_button.click()
    panel.progress.cancel_button.click()
    qtbot.waitUntil(lambda: panel.progress.isHidden() and panel.clone_button.isEnabled(), timeout=60000)
    assert panel.voice_status.text() == "Cancelled; no voice was saved."

    (tmp_path / "notes.wav").write_text("not a sound")
    said = _clone(qtbot, panel, tmp_path / "notes.wav", "shop")
    assert _one_sentence(said) and "not a sound file" in said

    assert not (models / "voices" / "shop").exists()
    assert panel.voice.count() == listed and panel.voice.currentData() == prefs.voice == "kokoro-kumo"


def _video_with_sound(path, audio):
    """An MP4 as a phone records it: a picture track and the voice as AAC."""
    import av

    with av.open(str(path), "w") as container:
        picture = container.add_stream("libx264" if "libx264" in av.codecs_available else "mpeg4", rate=25)
        picture.width, picture.height, picture.pix_fmt = 64, 64, "yuv420p"
        sound = container.add_stream("aac", rate=RATE)
        sound.layout = "mono"
        for _ in range(int(len(audio) / RATE * 25)):
            frame = av.VideoFrame.from_ndarray(np.zeros((64, 64, 3), np.uint8), format="rgb24")
            for packet in picture.encode(frame):
                container.mux(packet)
        for packet in picture.encode():
            container.mux(packet)
        said = av.AudioFrame.from_ndarray(audio[None, :], format="flt", layout="mono")
        said.sample_rate = RATE
        for packet in [*sound.encode(said), *sound.encode(None)]:
            container.mux(packet)
    return path


def test_a_video_of_the_voice_is_a_recording_and_one_without_sound_says_so(qtbot, tmp_path, models, speech):
    from tests.video_clips import SUN

    pulled_openvoice(models)
    panel, prefs, _ = _panel(qtbot, tmp_path, models, voice="clone:gone")  # a clone chosen: base kokoro
    if SUN.is_file():  # the shared presenter clip has a picture and no sound track
        said = _clone(qtbot, panel, SUN, "sun")
        assert _one_sentence(said) and "has no sound in it" in said
    said = _clone(qtbot, panel, _video_with_sound(tmp_path / "me.mp4", speech), "from_video")
    assert said.startswith("Saved clone:from_video from 1"), said
    assert panel.voice.currentData() == prefs.voice == "clone:from_video"
    assert (models / "voices" / "from_video" / "voice.json").is_file()
    assert not (models / "voices" / "sun").exists()
