"""`vhost say`, `vhost voices` and `vhost bench` as a user runs them."""

import json
import wave

import pytest


def test_say_writes_a_wav_and_reports_timings(cli, tmp_path):
    out = tmp_path / "price.wav"
    code, stdout, err = cli(
        "say", "这款保温杯到手价¥1,299，原价1599元。", "--lang", "zh", "--out", out, "--json"
    )
    assert code == 0, err
    report = json.loads(stdout)
    assert report["voice"] == "kokoro" and report["sample_rate"] == 24000
    with wave.open(str(out)) as wav:
        assert wav.getframerate() == 24000 and wav.getnchannels() == 1
        assert abs(wav.getnframes() / 24000 - report["duration"]) < 0.01
    assert report["timings"] and report["timings"][-1]["end"] <= report["duration"]
    assert report["sentences"][0]["text"].startswith("这款保温杯")


def test_say_in_english_prints_one_line(cli, tmp_path):
    code, stdout, _ = cli("say", "Only $19.99 today!", "--lang", "en", "--out", tmp_path / "a.wav")
    assert code == 0
    assert stdout.startswith(f"Wrote {tmp_path / 'a.wav'}: ") and "real time" in stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("hello", "--voice", "kokoro-nobody"), "no Kokoro voice called"),
        (("hello", "--voice", "coqui:/no/such/model"), "neither a model folder"),
        (("hello", "--speed", "5"), "out of range"),
        (("  ",), "nothing to say"),
    ],
)
def test_say_user_errors(cli, tmp_path, args, message):
    code, _, err = cli("say", *args, "--out", tmp_path / "x.wav")
    assert code == 2 and message in err and "Traceback" not in err


def test_voices_lists_the_default_and_coqui(cli):
    code, stdout, _ = cli("voices")
    assert code == 0 and stdout.startswith("kokoro ") and "coqui:" in stdout


def test_bench_json_has_the_figures(cli):
    code, stdout, err = cli("bench", "--json", "--seconds", "1")
    assert code == 0, err
    result = json.loads(stdout)
    assert result["render_rtf"] > 0 and result["encode_rtf"] > 0
    assert set(result["tts_rtf"]) == {"zh", "en"} and all(v > 0 for v in result["tts_rtf"].values())
    assert result["machine"]["cores"] >= 1 and result["video"]["width"] == 1280
