from pathlib import Path

import pytest

from vhost.config import load_settings
from vhost.errors import ConfigError


def test_defaults_then_file_then_environment(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('lang = "en"\nseed = 3\ndata_dir = "~/somewhere"\n')
    settings = load_settings({"VHOST_CONFIG": str(config)})
    assert (settings.lang, settings.seed) == ("en", 3)
    assert settings.data_dir == Path("~/somewhere").expanduser()
    assert settings.config_file == config
    settings = load_settings(
        {"VHOST_CONFIG": str(config), "VHOST_SEED": "9", "VHOST_DATA_DIR": str(tmp_path)}
    )
    assert settings.seed == 9 and settings.store_path == tmp_path / "vhost.sqlite3"


@pytest.mark.parametrize(
    "body, message",
    [
        ("lang = 'fr'", "use zh or en"),
        ("colour = 'red'", "not a vhost setting"),
        ("seed = 'x'", "whole number"),
        ("lang = ", "not valid TOML"),
    ],
)
def test_bad_settings_file(tmp_path, body, message):
    config = tmp_path / "config.toml"
    config.write_text(body)
    with pytest.raises(ConfigError, match=message):
        load_settings({"VHOST_CONFIG": str(config)})


def test_missing_named_config(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings({"VHOST_CONFIG": str(tmp_path / "none.toml")})
