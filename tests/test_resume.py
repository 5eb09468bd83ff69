"""A live show remembers where it is: after a stop, a crash or kill -9 it resumes there."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from vhost.catalog import load_catalog
from vhost.script.playlist import Playlist
from vhost.store import LivePosition, Store

from .conftest import DEMO_CATALOG, NOW


def test_playlist_lines_carry_their_position_and_can_start_mid_pass(writer):
    catalog = load_catalog(DEMO_CATALOG).catalog
    scripts = [writer.write(catalog, "zh", loop=loop, now=NOW) for loop in (3, 4)]
    lines = list(Playlist(iter(scripts), catalog))
    assert lines[0].position == (3, 0) and lines[-1].position == (4, len(scripts[1].lines()) - 1)
    resumed = Playlist(iter(scripts), catalog, start_line=10)
    first = next(resumed)
    assert first.position == (3, 10) and first.text == lines[10].text


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
    live = subprocess.Popen([sys.executable, "-m", "vhost", "live", "--duration", "600", "--camera", "none",
                             "--size", "320x180"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    saved = None
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and saved is None:
            time.sleep(0.5)
            assert live.poll() is None, live.stderr.read().decode()
            if database.exists():
                with sqlite3.connect(database) as db:
                    try:
                        saved = db.execute("SELECT loop, line FROM live_shows").fetchone()
                    except sqlite3.OperationalError:
                        saved = None  # the table is being created
    finally:
        live.send_signal(signal.SIGKILL)  # no clean-up of any kind
        live.wait()
    assert saved is not None, "no line finished within 3 minutes"
    code, out, err = cli("live", "--duration", "1", "--camera", "none", "--size", "320x180")
    assert code == 0, err
    assert f"resuming the show at pass {saved[0] + 1}, line {saved[1] + 1}" in err
    code, out, err = cli("live", "--duration", "1", "--camera", "none", "--size", "320x180", "--restart")
    assert code == 0 and "resuming" not in err
