"""AI-generated content is labelled as China's labelling rules ask: a visible label on the
picture, a spoken disclosure at the start and on schedule, and implicit labels in the MP4's
metadata (the RTMP stream's onMetaData is checked in test_rtmp.py)."""

import json
import subprocess
from datetime import timedelta

import numpy as np
import pytest

from vhost.engine.director import Director
from vhost.errors import ConfigError
from vhost.render.compositor import Compositor
from vhost.render.labels import AiLabel, implicit_label
from vhost.render.mp4 import Mp4Writer

from .conftest import DEMO_CATALOG, NOW


def _frame(label, lang="zh"):
    compositor = Compositor(640, 360, lang, ai_label=label)
    face = np.full((360, 200, 3), 90, np.uint8)  # a face patch over the whole avatar area
    return compositor.compose(face, (0, 0), None, None, NOW)


def test_the_visible_label_is_on_by_default_and_never_covered():
    bare, labelled = _frame(None), _frame(AiLabel())
    corner = np.abs(labelled[:40, :120].astype(int) - bare[:40, :120]).sum(axis=2)
    assert (corner > 60).sum() > 150  # the tag and its words, over the face
    assert np.array_equal(labelled[200:, 300:], bare[200:, 300:])  # nothing else changes
    default = Compositor(640, 360, "zh").compose(
        np.full((360, 200, 3), 90, np.uint8), (0, 0), None, None, NOW
    )
    assert np.array_equal(default, labelled)  # on unless switched off


def test_the_label_goes_where_it_is_asked_and_at_its_size():
    bare = _frame(None, "en")
    for position, rows, cols in (
        ("top-left", slice(0, 60), slice(0, 320)),
        ("top-right", slice(0, 90), slice(320, 640)),
        ("bottom-left", slice(180, 300), slice(0, 320)),
        ("bottom-right", slice(180, 300), slice(320, 640)),
    ):
        changed = np.abs(_frame(AiLabel(position), "en").astype(int) - bare).sum(axis=2) > 60
        assert changed[rows, cols].sum() > 100 and changed.sum() == changed[rows, cols].sum(), position
    small = (np.abs(_frame(AiLabel(scale=1.0)).astype(int) - _frame(None)).sum(axis=2) > 60).sum()
    big = (np.abs(_frame(AiLabel(scale=2.0)).astype(int) - _frame(None)).sum(axis=2) > 60).sum()
    assert big > 3 * small


def test_a_label_that_cannot_be_placed_is_one_sentence():
    with pytest.raises(ConfigError, match="top-left"):
        AiLabel("middle")
    with pytest.raises(ConfigError, match="0.5 to 3"):
        AiLabel(scale=10)


def test_an_mp4_carries_the_implicit_label_in_its_metadata(tmp_path):
    path = tmp_path / "show.mp4"
    with Mp4Writer(path, 64, 64, 25) as writer:
        for _ in range(5):
            writer.write(np.zeros((64, 64, 3), np.uint8), np.zeros(writer.samples_per_frame, np.float32))
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format_tags", "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    tags = json.loads(probe.stdout)["format"]["tags"]
    aigc = json.loads(tags["AIGC"])
    assert aigc["Label"] == "1" and aigc["ContentProducer"] == "vhost" and len(aigc["ProduceID"]) == 32
    assert "AI-generated" in tags["comment"] and "AI生成" in tags["comment"]


def test_each_label_has_its_own_content_number():
    assert (
        json.loads(implicit_label()["AIGC"])["ProduceID"] != json.loads(implicit_label()["AIGC"])["ProduceID"]
    )
    assert json.loads(implicit_label("show-7")["AIGC"])["ProduceID"] == "show-7"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_presenter_says_it_is_ai_after_its_first_line_and_then_on_schedule(writer, lang):
    from vhost.catalog import load_catalog

    clock = {"now": NOW}
    director = Director(
        writer, load_catalog(DEMO_CATALOG).catalog, lang, now=lambda: clock["now"],
        disclose_every=timedelta(minutes=10),
    )  # fmt: skip
    said = []
    for _ in range(400):  # 20 s a line: about two hours of show
        line = director.scripted()
        said.append((clock["now"], line))
        clock["now"] += timedelta(seconds=20)
    disclosures = [(at, line) for at, line in said if line.kind == "disclosure"]
    assert said[1][1].kind == "disclosure" and said[0][1].kind != "disclosure"  # after the greeting
    gaps = [later - earlier for (earlier, _), (later, _) in zip(disclosures, disclosures[1:], strict=False)]
    assert len(disclosures) >= 12 and all(
        timedelta(minutes=10) <= gap <= timedelta(minutes=10, seconds=20) for gap in gaps
    )
    assert len({line.text for _, line in disclosures[:3]}) == 3  # worded differently each time
    words = ("AI", "人工智能") if lang == "zh" else ("AI",)
    assert all(any(word in line.text for word in words) for _, line in disclosures)


def test_the_disclosure_passes_the_law_filter_unchanged(writer, compliance):
    for lang in ("zh", "en"):
        for count in range(3):
            text = writer.disclosure(lang, count=count)
            assert compliance.apply(text, lang).text == text


def test_no_schedule_means_no_spoken_disclosure_and_zero_means_only_at_the_start(writer):
    from vhost.catalog import load_catalog

    catalog = load_catalog(DEMO_CATALOG).catalog
    directors = {}

    def director_at(every):
        if every not in directors:
            directors[every] = Director(writer, catalog, "zh", now=lambda: NOW, disclose_every=every)
        return directors[every]

    for every, expected in ((None, 0), (timedelta(0), 1)):
        kinds = []
        for step in range(300):  # a line every 30 s: two and a half hours
            kinds.append(director_at(every).scripted(NOW + timedelta(seconds=30 * step)).kind)
        assert kinds.count("disclosure") == expected


def test_a_preview_is_badged_preview_not_live():
    face = np.full((360, 200, 3), 90, np.uint8)
    live = Compositor(640, 360, "en").compose(face, (0, 0), None, None, NOW)
    preview = Compositor(640, 360, "en", preview=True).compose(face, (0, 0), None, None, NOW)
    badge = (slice(5, 23), slice(346, 380))  # the badge above the card
    red = live[badge][..., 0].astype(int) - live[badge][..., 2]
    grey = preview[badge][..., 0].astype(int) - preview[badge][..., 2]
    assert red.mean() > 80 and abs(grey.mean()) < 30  # a red LIVE badge, a grey PREVIEW one


def test_the_app_switches_the_label_off_only_after_a_warning_and_passes_it_to_the_show(
    qtbot, tmp_path, monkeypatch
):
    pytest.importorskip("pytestqt")
    from vhost.config import load_settings
    from vhost.gui import app, dialogs
    from vhost.gui.prefs import GuiPrefs
    from vhost.gui.settings_panel import SettingsPanel

    answers, asked = [False], []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, yes, no: asked.append(text) or answers[0]
    )
    prefs = GuiPrefs()
    panel = SettingsPanel(prefs, data_dir=tmp_path)
    qtbot.addWidget(panel)
    off = panel.ai_label.findData("off")
    panel.ai_label.setCurrentIndex(off)
    panel.ai_label.activated.emit(off)  # as a click on the choice does
    assert "visible label" in asked[0] and panel.ai_label.currentData() == "top-left"  # kept
    answers[0] = True
    panel.ai_label.setCurrentIndex(off)
    panel.ai_label.activated.emit(off)
    assert panel.ai_label.currentData() == "off" and panel.unsaved()
    panel.disclose_every.setValue(0)
    panel.save_button.click()
    assert (prefs.ai_label, prefs.disclose_every) == ("off", 0)
    settings = load_settings({"VHOST_DATA_DIR": str(tmp_path)})
    options = app.show_options(prefs, settings)
    assert options.ai_label is None and options.disclose_every == timedelta(0)
    moved = app.show_options(GuiPrefs(ai_label="bottom-right", disclose_every=15), settings)
    assert moved.ai_label == AiLabel("bottom-right") and moved.disclose_every == timedelta(minutes=15)
