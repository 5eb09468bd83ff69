import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from vhost.cli import main  # noqa: E402
from vhost.config import ASSETS_DIR  # noqa: E402
from vhost.script import ComplianceFilter, TemplateWriter  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEMO_CATALOG = ASSETS_DIR / "demo" / "catalog.json"
RULES = ASSETS_DIR / "compliance" / "rules.toml"
NOW = datetime(2026, 11, 23, 20, 0)


@pytest.fixture(autouse=True)
def closing_windows_stop_their_shows(monkeypatch):
    """A window closed at a test's end while its show runs would wait on a modal question no
    one answers: tests answer "stop the show and close" (the tests of that question answer
    for themselves)."""
    if "vhost.gui.dialogs" in sys.modules:
        monkeypatch.setattr(sys.modules["vhost.gui.dialogs"], "confirm", lambda *args: True)


@pytest.fixture(scope="session")
def compliance() -> ComplianceFilter:
    return ComplianceFilter.load(RULES)


@pytest.fixture(scope="session")
def writer(compliance: ComplianceFilter) -> TemplateWriter:
    return TemplateWriter(compliance)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    """One models folder for the whole run: the Kokoro model is assembled into it once."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch, models_dir):
    """Every test gets its own data folder and no user config, so nothing leaks between them."""
    monkeypatch.setenv("VHOST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VHOST_MODELS_DIR", str(models_dir))
    monkeypatch.setenv("VHOST_CONFIG", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in ("VHOST_LANG", "VHOST_SEED", "VHOST_VOICE", "VHOST_COMPLIANCE_RULES"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def kokoro(models_dir):
    """The real embedded voice, loaded once for every test that needs it."""
    from vhost.speech.kokoro import KokoroVoice

    return KokoroVoice(models_dir)


@pytest.fixture(scope="session")
def astronaut():
    """The shipped default avatar rig."""
    from vhost.avatar.library import load_avatar

    return load_avatar(None)[0]


@pytest.fixture
def cli(capsys):
    """Run `vhost ARGS` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse --help / usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def memory_keyring():
    """An in-memory system keyring for the test (this machine has none); yields its store."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self):
            self.store = {}

        def get_password(self, service, user):
            return self.store.get((service, user))

        def set_password(self, service, user, password):
            self.store[(service, user)] = password

        def delete_password(self, service, user):
            self.store.pop((service, user), None)

    previous = keyring.get_keyring()
    memory = Memory()
    keyring.set_keyring(memory)
    yield memory.store
    keyring.set_keyring(previous)
