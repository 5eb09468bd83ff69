"""A non-editable install works: the wheel carries the package data (demo catalog and chat,
compliance rules, default presenter, model manifest) and vhost finds it where it is installed."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_carries_the_assets_and_an_installed_vhost_uses_them(tmp_path):
    # Built from a copy of the sources: setuptools leaves a build/ folder beside them, and a
    # stale one in the checkout could carry files the sources no longer have.
    source = tmp_path / "source"
    shutil.copytree(REPO / "vhost", source / "vhost", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    built = tmp_path / "wheel"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", str(source), "-w", str(built)],
        check=True,
        capture_output=True,
    )
    (wheel,) = built.glob("vhost-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    assets = REPO / "vhost" / "assets"
    wanted = {f"vhost/assets/{p.relative_to(assets).as_posix()}" for p in assets.rglob("*") if p.is_file()}
    assert wanted and wanted <= shipped, sorted(wanted - shipped)
    target = tmp_path / "installed"
    subprocess.run([*pip, "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True)
    env = {**os.environ, "PYTHONPATH": str(target)}  # ahead of the checkout's editable install
    where = subprocess.run(
        [sys.executable, "-c", "import vhost.config as c; print(c.ASSETS_DIR)"],
        env=env, cwd=tmp_path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(target)
    # The compliance rules, the demo catalog and its comments, all from the installed copy.
    comments = target / "vhost" / "assets" / "demo" / "comments.zh.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "vhost", "answer", "--in", str(comments), "--lang", "zh"],
        env=env, cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"action": "speak"' in done.stdout and "comments:" in done.stderr
