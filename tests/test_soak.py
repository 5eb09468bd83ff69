"""vhost soak: the live show over simulated hours, watched and judged; and the judge itself,
which must catch each way a long stream breaks."""

import json
import threading

import pytest

from vhost.domain import ChatMessage
from vhost.show.soak import BOUNDED, Minute, by_minute, judge, spread, trend, warm_up_minutes
from vhost.testing import ScriptedChat

GOOD = dict(
    frames=1800,
    expected_frames=1800,
    pairing={"gaps": 0, "bad_audio": 0},
    max_av_offset_ms=0.0,
    errors=0,
    events_dropped=0,
    stream_minutes=60,
    warm_up=10,
)


def _minutes(count=60, rss=lambda m: 600.0, **bounded):
    """Minute rows with flat (or given) resident memory and bounded counts."""
    rows = []
    for m in range(count):
        counts = {name: bounded.get(name, lambda _: 2)(m) for name in BOUNDED}
        rows.append(Minute(m, rss(m), rss(m) + 40.0, *counts.values()))
    return rows


def _failed(checks):
    return {c.name for c in checks if c.judged and not c.ok}


def test_a_healthy_run_passes_every_check():
    checks = judge(**GOOD, minutes=_minutes(), store_bytes=300_000, store_rows=500, rows_expected=500)
    assert _failed(checks) == set()
    assert {c.name for c in checks} >= {"watch", "frames", "av_offset", "memory", "store", *BOUNDED}


@pytest.mark.parametrize(
    "change, failing",
    [
        ({"frames": 1799}, "frames"),
        ({"pairing": {"gaps": 1, "bad_audio": 0}}, "frames"),
        ({"pairing": {"gaps": 0, "bad_audio": 3}}, "frames"),
        ({"watch_failure": "ValueError: boom"}, "watch"),
        ({"stream_minutes": 90}, "watch"),  # the samples stop at minute 59 of 90
        ({"max_av_offset_ms": 40.5}, "av_offset"),
        ({"errors": 2}, "errors"),
        ({"events_dropped": 1}, "events"),
    ],
)
def test_each_broken_figure_fails_its_check(change, failing):
    assert _failed(judge(**{**GOOD, **change}, minutes=_minutes())) == {failing}


def test_growth_after_warm_up_fails_and_warm_up_growth_does_not():
    leaking = _minutes(rss=lambda m: 600.0 + 1.0 * m)  # a MB a stream minute
    assert _failed(judge(**GOOD, minutes=leaking)) == {"memory"}
    settling = _minutes(rss=lambda m: 500.0 + 10 * min(m, 10))  # grows only while warming up
    assert _failed(judge(**GOOD, minutes=settling)) == set()
    threads = _minutes(threads=lambda m: 8 + m // 10)  # one more thread every ten minutes
    assert _failed(judge(**GOOD, minutes=threads)) == {"threads"}
    backlog = _minutes(events_backlog=lambda m: m)
    assert _failed(judge(**GOOD, minutes=backlog)) == {"events_backlog"}


def test_a_store_that_grows_without_records_or_loses_rows_fails():
    assert _failed(judge(**GOOD, minutes=_minutes(), store_bytes=50_000_000, store_rows=500)) == {"store"}
    lost = judge(**GOOD, minutes=_minutes(), store_bytes=300_000, store_rows=499, rows_expected=500)
    assert _failed(lost) == {"store"}


def test_a_short_run_is_not_judged_for_growth():
    checks = judge(**{**GOOD, "stream_minutes": 12}, minutes=_minutes(count=12))
    unjudged = {c.name for c in checks if not c.judged}
    assert unjudged == {"memory", *BOUNDED} and _failed(checks) == set()


def test_minutes_trend_spread_and_warm_up():
    from vhost.show.soak import Sample

    samples = [Sample(s, mb, 5, 9, q, 0, 0, 0) for s, mb, q in [(10, 500, 1), (30, 900, 3), (61, 510, 2)]]
    first, second = by_minute(samples)
    assert (first.rss_trough_mb, first.rss_peak_mb, first.lines_queued) == (500, 900, 3)
    assert (second.minute, second.rss_trough_mb, second.lines_queued) == (1, 510, 2)
    climbing = _minutes(rss=lambda m: 500.0 + 0.5 * m + (3.0 if m % 2 else -3.0))
    assert trend(climbing, 10) == pytest.approx(0.5, abs=0.05) and trend(_minutes(), 10) == 0.0
    rows = list(range(100))
    assert spread(rows, 5) == [0, 25, 50, 74, 99]
    assert (warm_up_minutes(60), warm_up_minutes(24 * 60)) == (10, 60)


def test_scripted_chat_repeats_with_new_viewers_and_stops():
    chat = ScriptedChat(
        [(1.0, ChatMessage("多少钱", user_id="a", id="c1")), (2.0, ChatMessage("hi", id="c2"))], lap=5
    )
    clock = {"t": 0.0}

    def now():  # stream time moves half a second each time the source looks
        clock["t"] += 0.5
        return clock["t"]

    stop = threading.Event()
    got = []
    for message in chat.messages(now, stop):
        got.append((clock["t"], message.id, message.user_id))
        if len(got) == 5:
            stop.set()
    assert got == [(1.0, "c1-0", "a-0"), (2.0, "c2-0", "-0"), (6.0, "c1-1", "a-1"), (7.0, "c2-1", "-1"),
                   (11.0, "c1-2", "a-2")]  # fmt: skip
    assert chat.sent == 5
    with pytest.raises(ValueError):
        ScriptedChat([(3.0, ChatMessage("x"))], lap=2.0)


def test_stand_in_soak_of_half_an_hour_passes_with_chat_and_store(cli):
    code, out, err = cli("soak", "--stream-minutes", "30", "--stand-ins", "--json")
    report = json.loads(out)
    assert code == 0, (err, {k: v for k, v in report["checks"].items() if not v["ok"]})
    assert report["passed"] and report["frames"] == 54000 and report["stand_ins"]
    assert all(check["ok"] for check in report["checks"].values())
    assert report["chat"]["messages"] > 100 and report["answers_spoken"] > 10
    assert report["store"]["rows"] == report["lines_spoken"] + report["chat"]["messages"]
    assert len(report["by_minute"]) == 30 and report["by_minute_columns"][:3] == [
        "minute",
        "rss_trough_mb",
        "rss_peak_mb",
    ]


def test_soak_with_the_models_reports_but_does_not_judge_growth_when_short(cli):
    code, out, err = cli("soak", "--stream-minutes", "0.15", "--size", "320x180", "--no-chat", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["frames"] == 270 and report["dropped_frames"] == 0 and not report["stand_ins"]
    assert (
        report["max_av_offset_ms"] == 0.0 and report["pairing"]["gaps"] == 0 and report["lines_spoken"] >= 1
    )
    assert report["checks"]["memory"]["ok"] is None and report["checks"]["frames"]["ok"] is True
    assert report["store"]["rows"] == report["lines_spoken"] and report["passed"]


def test_soak_refuses_an_empty_run(cli):
    code, _, err = cli("soak", "--stream-hours", "0")
    assert code != 0 and "longer than 0" in err
