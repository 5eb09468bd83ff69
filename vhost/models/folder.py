"""The models folder: MODELS/NAME/<the model's files> plus NAME/vhost-model.json, the record of
what was pulled (each file's size and sha256), which `verify` checks the files against.

A download goes to FILE.part and resumes from there (an HTTP Range request) after a broken
connection or a Cancel; it is hashed as it arrives and only renamed into place once its sha256
matches (the manifest's, or the one the server states for the file, when either is known).
Offline (HF_HUB_OFFLINE) nothing is downloaded: `--from DIR` copies from a folder instead.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vhost.errors import ModelError
from vhost.messages import QT_TRANSLATE_NOOP, Message
from vhost.models.manifest import HF_ENDPOINT, ModelFile, ModelSpec

RECORD = "vhost-model.json"
CHUNK = 1 << 20
TIMEOUT = 30.0
Progress = Callable[[int, int | None, str], None]  # (bytes so far, bytes in all or None, file)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Fetch:
    """How a pull may reach the files: a local folder, or the network (not when offline)."""

    local: Path | None = None
    offline: bool = False
    endpoint: str = HF_ENDPOINT


class ModelsFolder:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def folder(self, spec: ModelSpec) -> Path:
        return self.root / spec.name

    def record(self, spec: ModelSpec) -> dict:
        path = self.folder(spec) / RECORD
        try:
            return json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def status(self, spec: ModelSpec) -> str:
        """embedded, missing, partial (some files), or present (every file; `verify` checks them)."""
        if spec.embedded:
            return "embedded"
        here = sum((self.folder(spec) / f.path).is_file() for f in spec.files)
        if here == 0:
            return "missing"
        return "present" if here == len(spec.files) and self.record(spec) else "partial"

    def require(self, spec: ModelSpec) -> Path:
        """The model's folder; a model not pulled is one sentence naming the command."""
        if not spec.embedded and self.status(spec) != "present":
            raise ModelError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "vhost",
                        "The model {model} is not in {folder}; fetch it with `vhost models pull {model}`"
                        " (its licence is shown first).",
                    ),
                    model=spec.name,
                    folder=self.root,
                )
            )
        return self.folder(spec)

    # ---- pull ------------------------------------------------------------------------------
    def pull(self, spec: ModelSpec, fetch: Fetch, progress: Progress | None = None) -> Path:
        if spec.embedded:
            raise ModelError(f"{spec.name} ships with vhost; there is nothing to pull.")
        folder = self.folder(spec)
        folder.mkdir(parents=True, exist_ok=True)
        known = self.record(spec).get("files", {})
        files = {}
        for file in spec.files:
            target = folder / file.path
            if target.is_file() and file.path in known and known[file.path]["size"] == target.stat().st_size:
                files[file.path] = known[file.path]  # already pulled (verify checks its hash)
                continue
            files[file.path] = self._pull_file(spec, file, target, fetch, progress)
        record = {
            "name": spec.name,
            "source": str(fetch.local) if fetch.local else spec.source,
            "licence": spec.licence,
            "pulled_at": datetime.now().isoformat(timespec="seconds"),
            "files": files,
        }
        (folder / RECORD).write_text(json.dumps(record, indent=2) + "\n", "utf-8")
        return folder

    def _pull_file(
        self, spec: ModelSpec, file: ModelFile, target: Path, fetch: Fetch, progress: Progress | None
    ) -> dict:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        if fetch.local is not None:
            _copy(fetch.local / file.path, part, file, progress)
            stated = None
        elif fetch.offline:
            raise ModelError(
                f"{spec.name} is not here and downloads are off (HF_HUB_OFFLINE); copy it from a"
                f" folder with `vhost models pull {spec.name} --from DIR`."
            )
        else:
            stated = _download(spec.url(file, fetch.endpoint), part, file, progress)
        digest = _sha256(part)
        expected = file.sha256 or stated
        if expected and digest != expected:
            part.unlink()
            raise ModelError(
                f"{file.path} of {spec.name} arrived damaged (sha256 {digest[:12]}…, expected"
                f" {expected[:12]}…); run `vhost models pull {spec.name}` again."
            )
        arrived = part.stat().st_size
        if file.size is not None and arrived != file.size:
            part.unlink()
            raise ModelError(
                f"{file.path} of {spec.name} has {arrived} bytes, not {file.size};"
                f" run `vhost models pull {spec.name}` again."
            )
        part.replace(target)
        return {"size": target.stat().st_size, "sha256": digest}

    # ---- verify and remove -----------------------------------------------------------------
    def verify(self, spec: ModelSpec) -> list[str]:
        """What is wrong with the pulled files (empty: every file is whole)."""
        if spec.embedded:
            return []
        recorded = self.record(spec).get("files", {})
        problems = []
        for file in spec.files:
            path = self.folder(spec) / file.path
            if not path.is_file():
                problems.append(f"{file.path} is missing")
                continue
            expected = file.sha256 or recorded.get(file.path, {}).get("sha256")
            if expected is None:
                problems.append(f"{file.path} has no record of its sha256 (pull it again)")
                continue
            if _sha256(path) != expected:
                problems.append(f"{file.path} is damaged (its sha256 does not match)")
        return problems

    def remove(self, spec: ModelSpec) -> bool:
        folder = self.folder(spec)
        if spec.embedded or not folder.exists():
            return False
        shutil.rmtree(folder)
        return True

    def size(self, spec: ModelSpec) -> int:
        folder = self.folder(spec)
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


def _download(url: str, part: Path, file: ModelFile, progress: Progress | None) -> str | None:
    """Download into `part`, resuming what is there; returns the sha256 the server states for
    the file (Hugging Face gives it for large files), if any."""
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"Range": f"bytes={have}-"} if have else {})
    try:
        response = urllib.request.urlopen(request, timeout=TIMEOUT)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # asked past the end: the part is already whole
            return None
        gated = exc.code in (401, 403)
        raise ModelError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "The model's server refused {url} ({reason}){hint}; try again later,"
                    " or fetch the files yourself and pull with --from DIR.",
                ),
                url=url,
                reason=f"{exc.code} {exc.reason}",
                hint=Message(
                    QT_TRANSLATE_NOOP(
                        "vhost", " (the model may need you to accept its terms on the website first)"
                    )
                )
                if gated
                else "",
            )
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ModelError(
            Message(
                QT_TRANSLATE_NOOP(
                    "vhost",
                    "Cannot reach {url} ({reason}); check the connection and run the"
                    " same pull again: it resumes where it stopped.",
                ),
                url=url,
                reason=getattr(exc, "reason", exc),
            )
        ) from exc
    with response:
        resumed = response.status == 206
        length = response.headers.get("Content-Length")
        total = (have if resumed else 0) + int(length) if length else file.size
        stated = _stated_sha256(response.headers)
        done = have if resumed else 0
        with part.open("ab" if resumed else "wb") as out:
            try:
                while chunk := response.read(CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total, file.path)
            except (OSError, TimeoutError) as exc:
                raise _broke_off(file, str(exc)) from exc
    if total is not None and done < total:  # the connection closed early without an error
        raise _broke_off(file, f"{done} of {total} bytes")
    return stated


def _broke_off(file: ModelFile, why: str) -> ModelError:
    return ModelError(
        Message(
            QT_TRANSLATE_NOOP(
                "vhost",
                "The download of {file} broke off ({reason}); run the same pull again: it resumes"
                " where it stopped.",
            ),
            file=file.path,
            reason=why,
        )
    )


def _copy(source: Path, part: Path, file: ModelFile, progress: Progress | None) -> None:
    if not source.is_file():
        raise ModelError(f"{source} does not exist; --from must be a folder holding the model's files.")
    total, done = source.stat().st_size, 0
    with source.open("rb") as src, part.open("wb") as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)
            done += len(chunk)
            if progress:
                progress(done, total, file.path)


def _stated_sha256(headers) -> str | None:  # noqa: ANN001 - http.client.HTTPMessage
    for name in ("X-Linked-ETag", "ETag"):
        value = (headers.get(name) or "").strip('W/"').lower()
        if _SHA256.match(value):
            return value
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
