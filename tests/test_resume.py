"""A live show remembers where it is: after a stop, a crash or kill -9 it resumes there."""

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from vhost.store import LivePosition, Store
from vhost.testing import wait_until


def test_the_store_keeps_one_position_per_show(tmp_path):
    with Store(tmp_path / "s.sqlite3") as store:
        assert store.live_position("show") is None
        store.save_live_position("show", LivePosition(1, 5, 40, 300.0, "2026-11-23T20:00:00"))
        store.save_live_position("show", LivePosition(1, 6, 41, 305.5, "2026-11-23T20:00:05"))
        assert store.live_position("show") == LivePosition(1, 6, 41, 305.5, "2026-11-23T20:00:05")
        store.forget_live_position("show")
        assert store.live_position("show") is None


@pytest.mark.slow
def test_kill_9_mid_show_then_live_resumes_where_it_was(cli, tmp_path):
    env = dict(os.environ)
    database = tmp_path / "data" / "vhost.sqlite3"
    live = subprocess.Popen(
        [sys.executable, "-m", "vhost", "live", "--duration", "600", "--camera", "none", "--size", "320x180"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def position():
        assert live.poll() is None, live.stderr.read().decode()
        if not database.exists():
            return None
        with sqlite3.connect(database) as db:
            try:
                return db.execute("SELECT loop, line FROM live_shows").fetchone()
            except sqlite3.OperationalError:
                return None  # the table is being created

    try:
        saved = wait_until(position, 180, "the show to save its place (a line finished)", interval=0.5)
    finally:
        live.send_signal(signal.SIGKILL)  # no clean-up of any kind
        live.wait()
    code, out, err = cli("live", "--duration", "1", "--camera", "none", "--size", "320x180")
    assert code == 0, err
    assert f"resuming the show at pass {saved[0] + 1}, line {saved[1] + 1}" in err
    code, out, err = cli("live", "--duration", "1", "--camera", "none", "--size", "320x180", "--restart")
    assert code == 0 and "resuming" not in err


def test_sessions_keep_their_figures_and_what_was_said(tmp_path):
    from vhost.store import SaidLine

    with Store(tmp_path / "s.sqlite3") as store:
        first = store.start_session("show")
        line = SaidLine("2026-11-23T20:00:01", 1.5, "script", "A01", "欢迎来到直播间！", False)
        store.record_said(first, line)
        store.update_session(first, {"frames": 300, "lines_spoken": 1, "stream_seconds": 10.0})
        second = store.start_session("show")  # the first never said "stopped": it was cut off
        store.update_session(second, {"frames": 30, "errors": 2}, outcome="stopped")
        newest, oldest = store.sessions("show")
        assert (oldest.id, oldest.outcome, oldest.figures["frames"]) == (first, "interrupted", 300)
        assert (newest.outcome, newest.figures["errors"]) == ("stopped", 2)
        assert store.said(first) == [line]


def test_a_live_run_records_its_session_and_lines(cli, tmp_path):
    code, out, err = cli(
        "live", "--duration", "15", "--camera", "none", "--audio", "none", "--size", "320x180"
    )
    assert code == 0, err
    with Store(tmp_path / "data" / "vhost.sqlite3") as store:
        (session,) = store.sessions()
        said = store.said(session.id)
    assert session.outcome == "stopped" and session.figures["frames"] == 15 * 30
    assert said and said[0].kind == "script" and said[0].product_id == "A01"  # the greeting, first card
    assert said[0].text.startswith(("欢迎", "哈喽", "嗨", "大家好", "晚上好", "家人们", "朋友们", "热烈欢迎"))


@pytest.mark.slow
def test_a_live_run_with_chat_answers_on_air_and_keeps_the_decisions(cli, tmp_path):
    import json

    comments = tmp_path / "chat.jsonl"
    rows = [
        {"id": "c1", "user": "u1", "name": "小王", "text": "3号多少钱", "t": 2},
        {"id": "c2", "user": "u2", "name": "坏人", "text": "傻逼主播", "t": 3},
    ]
    comments.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    code, out, err = cli(
        "live",
        "--duration",
        "30",
        "--camera",
        "none",
        "--audio",
        "none",
        "--size",
        "320x180",
        "--chat",
        f"replay:{comments}",
    )
    assert code == 0, err
    assert "chat: 2 messages, 1 answered on air, 0 ignored, 1 moderated" in out
    with Store(tmp_path / "data" / "vhost.sqlite3") as store:
        (session,) = store.sessions()
        chat = store.chat(session.id)
        said = store.said(session.id)
        interest = store.interest(session.id)
    decisions = [(c.action, c.intent, c.product_id) for c in chat]
    assert decisions == [("speak", "price", "A03"), ("moderate", "moderated", None)]
    assert chat[1].text is None  # abuse is not kept
    assert all(c.viewer.startswith("viewer-") for c in chat)  # nor names
    answered = "".join(line.text for line in said if line.kind == "answer")
    assert "59元" in answered and interest == {"A03": 1}


def test_a_show_started_from_the_app_is_recorded_in_the_store(tmp_path):
    """The app's LiveSession runs a show from the same builder as `vhost live`, so the store
    keeps its session, lines said, chat decisions (pseudonyms, never names) and place."""
    from vhost.config import load_settings
    from vhost.domain import ChatMessage
    from vhost.engine.clock import ManualClock
    from vhost.gui.session import LiveSession
    from vhost.show.builder import ShowOptions, build_show
    from vhost.testing import FakeVoice, JawPicture, ScriptedChat

    settings = load_settings({"VHOST_DATA_DIR": str(tmp_path)})
    viewers = ScriptedChat([(3.0, ChatMessage("3号多少钱", "u1", "小王", id="q1"))], lap=1000.0)

    def make_show(outputs, progress):
        return build_show(
            ShowOptions(lang="zh"),
            settings,
            outputs,
            ManualClock(),
            voice=FakeVoice(),
            picture=JawPicture(),
            chat_source=viewers,
            progress=progress,
        )

    session = LiveSession(make_show)
    session.start(duration=60.0)
    session._thread.join(timeout=120)
    assert not session.running and session.error is None
    assert session.stage == "first_line"  # (the window showed each stage while it was built)
    show = session.show
    spoken = show.stats.lines_spoken
    with Store(settings.store_path) as store:
        (record,) = store.sessions(show.engine.show_key)
        said = store.said(record.id)
        chat = store.chat(record.id)
        position = store.live_position(show.engine.show_key)
    assert spoken >= 3 and len(said) == spoken and record.outcome == "stopped"
    assert (
        record.figures["lines_spoken"] == spoken and position is not None and position.lines_spoken == spoken
    )
    assert [(c.action, c.intent, c.product_id) for c in chat] == [("speak", "price", "A03")]
    assert chat[0].viewer.startswith("viewer-")  # a pseudonym, never the name 小王


def test_a_show_resumes_only_its_own_catalog_and_a_preview_never_moves_it(tmp_path):
    """The saved place belongs to a product list: a price edit keeps it, another catalog (even
    in the same file, as the app keeps it) starts from the top, and a preview is a show apart."""
    from dataclasses import replace
    from decimal import Decimal

    from vhost.catalog import load_catalog
    from vhost.config import ASSETS_DIR
    from vhost.show.builder import show_key

    catalog = load_catalog(ASSETS_DIR / "demo" / "catalog.json").catalog
    first = catalog.products[0]
    repriced = replace(catalog, products=(replace(first, price=Decimal("1")), *catalog.products[1:]))
    assert show_key(repriced, "zh", 0) == show_key(catalog, "zh", 0)
    other = replace(catalog, products=catalog.products[1:])
    assert show_key(other, "zh", 0) != show_key(catalog, "zh", 0)
    assert show_key(catalog, "en", 0) != show_key(catalog, "zh", 0)
    assert show_key(catalog, "zh", 0, preview=True) != show_key(catalog, "zh", 0)


def test_a_preview_starts_from_the_top_and_leaves_the_real_place_alone(tmp_path):
    from vhost.config import load_settings
    from vhost.engine.clock import ManualClock
    from vhost.show.builder import ShowOptions, build_show
    from vhost.testing import FakeVoice, JawPicture

    settings = load_settings({"VHOST_DATA_DIR": str(tmp_path)})

    def run(preview):
        options = ShowOptions(lang="zh", preview=preview)
        show = build_show(
            options, settings, [], ManualClock(), voice=FakeVoice(), picture=JawPicture(), resume=True
        )
        show.run(30.0)
        return show

    real = run(False)
    with Store(settings.store_path) as store:
        place = store.live_position(real.engine.show_key)
    preview = run(True)
    assert preview.resumed_from is None and preview.engine.show_key != real.engine.show_key
    with Store(settings.store_path) as store:
        assert store.live_position(real.engine.show_key) == place  # untouched by the preview
    again = run(False)
    assert again.resumed_from is not None and again.resumed_from.lines_spoken == place.lines_spoken
