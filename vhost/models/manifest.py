"""The manifest of known models (vhost/assets/models/manifest.toml): what each is for, where it comes
from, its files, and its licence (shown before a pull)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from vhost.config import ASSETS_DIR
from vhost.errors import ModelError
from vhost.messages import QT_TRANSLATE_NOOP, Message

MANIFEST = ASSETS_DIR / "models" / "manifest.toml"
HF_ENDPOINT = "https://huggingface.co"


@dataclass(frozen=True)
class ModelFile:
    path: str  # inside the source and inside the model's folder
    size: int | None = None
    sha256: str | None = None  # None: recorded when pulled, checked against that record
    source: str = ""  # where this file comes from when not the model's source (same forms)


@dataclass(frozen=True)
class ModelSpec:
    name: str
    purpose: str
    source: str  # "hf:OWNER/REPO@REVISION", "gh:OWNER/REPO@RELEASE_TAG" or "embedded"
    licence: str
    licence_url: str = ""
    commercial: bool | None = None  # None: it depends; read the licence
    notes: str = ""
    files: tuple[ModelFile, ...] = ()

    @property
    def embedded(self) -> bool:
        return self.source == "embedded"

    def url(self, file: ModelFile, endpoint: str = HF_ENDPOINT) -> str:
        """Where a file is downloaded from (`endpoint`: a Hugging Face mirror, e.g. HF_ENDPOINT);
        "gh:" files are a GitHub release's assets (a flat list of file names)."""
        source = file.source or self.source
        if source.startswith("gh:"):
            repo, _, tag = source.removeprefix("gh:").partition("@")
            return f"https://github.com/{repo}/releases/download/{tag}/{file.path.rsplit('/', 1)[-1]}"
        if not source.startswith("hf:"):
            raise ModelError(f"{self.name} is not downloaded; it ships with vhost.")
        repo, _, revision = source.removeprefix("hf:").partition("@")
        return f"{endpoint.rstrip('/')}/{repo}/resolve/{revision or 'main'}/{file.path}"

    def licence_text(self) -> str:
        """What a person must know before using it: the licence and whether a shop may use it."""
        use = {
            True: "commercial use is allowed",
            False: "commercial use is NOT allowed",
            None: "whether commercial use is allowed depends on the licence",
        }[self.commercial]
        where = f" ({self.licence_url})" if self.licence_url else ""
        return f"{self.name}: {self.licence}{where}; {use}." + (f" {self.notes}" if self.notes else "")


def load_manifest(path: Path | None = None) -> dict[str, ModelSpec]:
    path = path or MANIFEST
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"The model manifest {path} cannot be read ({exc}); reinstall vhost.") from exc
    specs = {}
    for entry in data.get("model", []):
        files = tuple(
            ModelFile(
                str(f["path"]), f.get("size"), (f.get("sha256") or "").lower() or None, f.get("source", "")
            )
            for f in entry.get("file", [])
        )
        spec = ModelSpec(
            name=entry["name"],
            purpose=entry.get("purpose", ""),
            source=entry["source"],
            licence=entry.get("licence", "unknown"),
            licence_url=entry.get("licence_url", ""),
            commercial=entry.get("commercial"),
            notes=entry.get("notes", ""),
            files=files,
        )
        specs[spec.name] = spec
    return specs


def find(specs: dict[str, ModelSpec], name: str) -> ModelSpec:
    if name not in specs:
        raise ModelError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost", "There is no model called {name}; `vhost models list` shows {models}."
                ),
                name=repr(name),
                models=", ".join(specs),
            )
        )
    return specs[name]
