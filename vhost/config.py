"""One typed settings object, loaded once by the entry point and passed down.

Sources, later ones winning: built-in defaults → the user's ``config.toml`` (in the platform's
config folder, or the file named by VHOST_CONFIG) → VHOST_* environment variables → command-line
flags (applied by the CLI). Nothing deeper in the code reads the environment or the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

import platformdirs

from vhost.domain import LANGS
from vhost.errors import ConfigError

APP_NAME = "vhost"
PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "assets"  # package data: a wheel install carries it too


@dataclass(frozen=True)
class Settings:
    data_dir: Path  # the SQLite store and logs
    models_dir: Path  # downloaded or assembled model files
    lang: str = "zh"  # default script language
    seed: int = 0  # default seed for script wording
    voice: str = "kokoro"  # default voice (`vhost voices` lists them)
    compliance_rules: Path = ASSETS_DIR / "compliance" / "rules.toml"
    llm_endpoint: str | None = None  # an OpenAI-compatible URL that rewords chat answers (optional)
    llm_model: str | None = None  # the model name that endpoint serves
    config_file: Path | None = None  # where the settings were read from, if anywhere

    @property
    def store_path(self) -> Path:
        return self.data_dir / "vhost.sqlite3"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "vhost.log"


_ENV = {
    "VHOST_DATA_DIR": "data_dir",
    "VHOST_MODELS_DIR": "models_dir",
    "VHOST_LANG": "lang",
    "VHOST_SEED": "seed",
    "VHOST_VOICE": "voice",
    "VHOST_COMPLIANCE_RULES": "compliance_rules",
    "VHOST_LLM_ENDPOINT": "llm_endpoint",
    "VHOST_LLM_MODEL": "llm_model",
}


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if environ is None else environ)
    data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    settings = Settings(data_dir=data_dir, models_dir=data_dir / "models")
    config_file = (
        Path(env["VHOST_CONFIG"])
        if env.get("VHOST_CONFIG")
        else (Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml")
    )
    if config_file.is_file():
        settings = _apply(settings, _read_toml(config_file), f"{config_file}")
        settings = replace(settings, config_file=config_file)
    elif env.get("VHOST_CONFIG"):
        raise ConfigError(
            f"VHOST_CONFIG names {config_file}, which does not exist; fix the path or unset VHOST_CONFIG."
        )
    overrides = {name: env[var] for var, name in _ENV.items() if env.get(var)}
    return _apply(settings, overrides, "the VHOST_* environment variables")


def _read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The settings file {path} is not valid TOML ({exc}); fix or delete it.") from exc


def _apply(settings: Settings, values: Mapping[str, object], source: str) -> Settings:
    known = {f.name for f in fields(Settings)} - {"config_file"}
    changes: dict[str, object] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(
                f"'{key}' in {source} is not a vhost setting; known settings are {', '.join(sorted(known))}."
            )
        if key in ("data_dir", "models_dir", "compliance_rules"):
            changes[key] = Path(str(value)).expanduser()
        elif key == "seed":
            try:
                changes[key] = int(str(value))
            except ValueError as exc:
                raise ConfigError(f"seed in {source} must be a whole number, not {value!r}.") from exc
        elif key == "voice":
            if not str(value).strip():
                raise ConfigError(f"voice in {source} is empty; use a name from `vhost voices`.")
            changes[key] = str(value)
        elif key in ("llm_endpoint", "llm_model"):
            changes[key] = str(value).strip() or None
        elif key == "lang":
            if value not in LANGS:
                raise ConfigError(f"lang in {source} is {value!r}; use zh or en.")
            changes[key] = value
    return replace(settings, **changes)  # type: ignore[arg-type]
