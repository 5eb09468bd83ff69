import json
import subprocess
import sys

import pytest

from .conftest import DEMO_CATALOG, REPO


def test_help_lists_the_commands(cli):
    code, out, _ = cli("--help")
    assert code == 0
    for command in ("catalog", "script", "doctor", "compliance"):
        assert command in out


def test_no_arguments_prints_help(cli):
    code, out, _ = cli()
    assert code == 0 and "usage: vhost" in out


def test_usage_error_is_exit_2_with_one_sentence(cli):
    code, _, err = cli("script", DEMO_CATALOG, "--lang", "fr")
    assert code == 2 and "invalid choice" in err and "Traceback" not in err


def test_catalog_check_text_and_json(cli, tmp_path):
    code, out, _ = cli("catalog", "check", DEMO_CATALOG)
    assert code == 0 and "7 products loaded, 0 rows skipped." in out
    bad = tmp_path / "shop.csv"
    bad.write_text("商品名称,价格\n保温杯,89\n,10\n茶杯,abc\n", encoding="gbk")
    code, out, _ = cli("catalog", "check", bad, "--json")
    report = json.loads(out)
    assert code == 0 and (report["loaded"], report["skipped"]) == (1, 2)
    assert [(p["where"], p["field"]) for p in report["problems"]] == [("row 3", "title"), ("row 4", "price")]
    code, out, _ = cli("catalog", "check", bad)
    assert "shop.csv row 4 (“茶杯”): price: 'abc' is not a price — row skipped" in out


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"\x00\x01garbage\xff" * 50, "not a text file"),
    ],
)
def test_unreadable_catalog_exit_2(cli, tmp_path, content, message):
    path = tmp_path / "c.csv"
    path.write_bytes(content)
    code, out, err = cli("catalog", "check", path)
    assert code == 2 and out == ""
    assert err.startswith("vhost: ") and message in err and err.count("\n") == 1


def test_script_json_shape(cli, tmp_path):
    out_file = tmp_path / "script.json"
    code, out, err = cli(
        "script", DEMO_CATALOG, "--lang", "en", "--seed", "4", "--now", "2026-11-23 20:00", "--out", out_file
    )
    assert code == 0 and out == ""
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["lang"] == "en" and data["seed"] == 4
    segment = data["segments"][1]
    assert {"product_id", "kind", "lines"} <= set(segment)
    assert all(
        isinstance(line["text"], str) and line["text"] for s in data["segments"] for line in s["lines"]
    )
    assert "kept as script #1" in err
    assert "compliance: “best-selling” → “popular”" in err  # the demo's merchant claim


def test_script_for_one_product_to_stdout(cli):
    code, out, _ = cli("script", DEMO_CATALOG, "--product", "A04", "--no-save", "--now", "2026-11-23 20:00")
    data = json.loads(out)
    assert code == 0 and {s["product_id"] for s in data["segments"]} == {"A04"}
    assert any("169元" in line["text"] for s in data["segments"] for line in s["lines"])


def test_script_text_and_unknown_product(cli):
    code, out, _ = cli("script", DEMO_CATALOG, "--text", "--lang", "zh")
    assert code == 0 and "== A01 316不锈钢保温杯 500ml" in out and "[price]" in out
    code, _, err = cli("script", DEMO_CATALOG, "--product", "ZZ")
    assert code == 2 and "No product has the id 'ZZ'" in err


def test_import_list_and_script_from_store(cli):
    code, out, _ = cli("catalog", "import", DEMO_CATALOG, "--name", "demo")
    assert code == 0 and "Stored as catalog #1 'demo'" in out
    code, out, _ = cli("catalog", "list", "--json")
    assert json.loads(out)[0]["name"] == "demo"
    code, out, _ = cli("script", "demo", "--text")
    assert code == 0 and "A07" in out
    code, _, err = cli("script", "nothing-stored")
    assert code == 2 and "vhost catalog list" in err


def test_compliance_command(cli):
    code, out, _ = cli("compliance", "全网最低价，销量第一", "--lang", "zh")
    assert code == 0 and out.splitlines()[0] == "超值价，很受欢迎"
    code, out, _ = cli("compliance", "A lovely mug", "--lang", "en", "--json")
    assert json.loads(out) == {"text": "A lovely mug", "changes": []}


def test_internal_errors_never_show_a_traceback(cli, monkeypatch, tmp_path):
    import vhost.cli.tools_cmd as tools

    def explode(*_args):
        raise RuntimeError("boom")

    monkeypatch.setattr(tools.ComplianceFilter, "load", explode)
    code, _, err = cli("compliance", "x")
    assert code == 1 and "internal error (RuntimeError: boom)" in err
    assert "Traceback" not in err
    log = tmp_path / "data" / "vhost.log"
    assert "Traceback" in log.read_text()


def test_python_dash_m_and_console_script():
    done = subprocess.run(
        [sys.executable, "-m", "vhost", "--version"], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0 and done.stdout.startswith("vhost ")


def test_doctor_json_reports_every_capability(cli):
    code, out, _ = cli("doctor", "--json")
    checks = json.loads(out)
    assert code == 0
    groups = {c["group"] for c in checks}
    assert {"python", "packages", "store", "voices", "faces", "outputs", "devices"} <= groups
    by_name = {c["name"]: c for c in checks}
    assert by_name["database"]["ok"] and by_name["compliance rules"]["ok"]
    for check in checks:
        assert check["ok"] or check["detail"], check  # a failing check always says why
    camera = by_name["virtual camera"]
    assert camera["ok"] or "v4l2loopback" in (camera["fix"] or "") or camera["fix"]


def test_background_failures_reach_the_terminal_as_one_line_and_the_log_in_full(tmp_path, capsys):
    import logging

    from vhost.cli.logs import configure_logging

    log_path = tmp_path / "vhost.log"
    configure_logging(log_path)
    try:
        raise OSError("device unplugged")
    except OSError as exc:
        logging.getLogger("vhost.outputs.threaded").exception("the camera output failed (%s)", exc)
    for handler in logging.getLogger("vhost").handlers:
        handler.flush()
    err = capsys.readouterr().err
    assert err == "vhost: the camera output failed (device unplugged)\n"
    assert "Traceback" in log_path.read_text() and "device unplugged" in log_path.read_text()
