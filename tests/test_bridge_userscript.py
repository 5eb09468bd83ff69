"""The browser bridge's userscript (vhost/assets/bridge/vhost-bridge.user.js), run by its own
Node tests (tests/bridge_js: the consoles' comment lists, backlog, duplicates, batching, the
token and what is sent) on jsdom. Skipped, saying why, where Node or its locked packages are
missing (scripts/setup.sh installs them when npm is there)."""

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "bridge_js"


def test_the_userscript_passes_its_node_tests():
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed, so the userscript's tests cannot run")
    if not (HERE / "node_modules" / "jsdom").is_dir():
        pytest.skip("tests/bridge_js has no node_modules; run: npm ci --prefix tests/bridge_js")
    done = subprocess.run([node, "--test"], cwd=HERE, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "# fail 0" in done.stdout and "# pass " in done.stdout
