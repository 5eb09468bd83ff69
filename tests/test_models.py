"""`vhost models`: pulling from a local HTTP server (resuming a broken download, checking the
sha256 the server states), from a folder, offline, verifying and removing; with a test
manifest, since nothing may be downloaded from the internet here."""

import hashlib
import http.server
import json
import threading

import pytest

from vhost.errors import ModelError
from vhost.models import manifest as manifest_module
from vhost.models.folder import Fetch, ModelsFolder
from vhost.models.manifest import load_manifest

WEIGHTS = bytes(range(256)) * 4096  # 1 MiB: more than one download chunk
CONFIG = b'{"model": "tiny"}'


class _Server(http.server.ThreadingHTTPServer):
    files: dict
    break_first: set  # paths whose first download stops half-way
    requests: list


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        server = self.server
        path = self.path.split("/resolve/main/", 1)[-1]
        server.requests.append((path, self.headers.get("Range")))
        body = server.files.get(path)
        if body is None:
            self.send_error(404)
            return
        start = int(self.headers["Range"].split("=")[1].rstrip("-")) if self.headers.get("Range") else 0
        if start >= len(body):
            self.send_error(416)
            return
        self.send_response(206 if start else 200)
        self.send_header("Content-Length", str(len(body) - start))
        self.send_header("X-Linked-ETag", f'"{hashlib.sha256(body).hexdigest()}"')
        self.end_headers()
        if path in server.break_first:
            server.break_first.discard(path)
            self.wfile.write(body[start : start + len(body) // 3])
            self.wfile.flush()
            self.connection.shutdown(2)  # the connection drops mid-file
            return
        self.wfile.write(body[start:])

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.files = {"config.json": CONFIG, "weights/model.bin": WEIGHTS}
    httpd.break_first, httpd.requests = set(), []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()


@pytest.fixture
def manifest(tmp_path, monkeypatch):
    path = tmp_path / "manifest.toml"
    path.write_text(
        f"""
[[model]]
name = "tiny"
purpose = "a test model"
source = "hf:test/tiny@main"
licence = "Test Licence 1.0"
commercial = false
  [[model.file]]
  path = "config.json"
  sha256 = "{hashlib.sha256(CONFIG).hexdigest()}"
  [[model.file]]
  path = "weights/model.bin"
  size = {len(WEIGHTS)}

[[model]]
name = "builtin"
purpose = "shipped"
source = "embedded"
licence = "Apache-2.0"
commercial = true
""",
        "utf-8",
    )
    monkeypatch.setattr(manifest_module, "MANIFEST", path)
    return load_manifest()


def test_a_broken_download_resumes_and_every_file_is_verified(tmp_path, server, manifest):
    spec, folder = manifest["tiny"], ModelsFolder(tmp_path / "models")
    fetch = Fetch(endpoint=f"http://127.0.0.1:{server.server_port}")
    assert folder.status(spec) == "missing"
    with pytest.raises(ModelError, match="require|not in") as missing:
        folder.require(spec)
    assert "vhost models pull tiny" in str(missing.value)

    server.break_first.add("weights/model.bin")
    with pytest.raises(ModelError, match="resumes where it stopped"):
        folder.pull(spec, fetch)
    part = tmp_path / "models" / "tiny" / "weights" / "model.bin.part"
    kept = part.stat().st_size
    assert 0 < kept < len(WEIGHTS)
    seen = []
    folder.pull(spec, fetch, lambda done, total, path: seen.append((path, done, total)))
    assert ("weights/model.bin", f"bytes={kept}-") in server.requests  # resumed, not restarted
    assert (tmp_path / "models" / "tiny" / "weights" / "model.bin").read_bytes() == WEIGHTS
    assert seen[-1] == ("weights/model.bin", len(WEIGHTS), len(WEIGHTS))
    assert folder.status(spec) == "present" and folder.verify(spec) == []
    assert folder.require(spec) == tmp_path / "models" / "tiny"

    asked = len(server.requests)
    folder.pull(spec, fetch)  # already here: nothing downloaded again
    assert len(server.requests) == asked

    (tmp_path / "models" / "tiny" / "weights" / "model.bin").write_bytes(WEIGHTS[:-1] + b"x")
    assert folder.verify(spec) == ["weights/model.bin is damaged (its sha256 does not match)"]
    assert folder.remove(spec) and folder.status(spec) == "missing"


def test_a_file_that_does_not_match_its_sha256_is_refused(tmp_path, server, manifest):
    server.files["config.json"] = b'{"model": "tampered"}'
    folder = ModelsFolder(tmp_path / "models")
    with pytest.raises(ModelError, match="arrived damaged"):
        folder.pull(manifest["tiny"], Fetch(endpoint=f"http://127.0.0.1:{server.server_port}"))
    assert not (tmp_path / "models" / "tiny" / "config.json").exists()


def test_offline_a_model_is_copied_from_a_folder(tmp_path, manifest):
    spec, folder = manifest["tiny"], ModelsFolder(tmp_path / "models")
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE.*--from DIR"):
        folder.pull(spec, Fetch(offline=True))
    source = tmp_path / "downloaded"
    (source / "weights").mkdir(parents=True)
    (source / "config.json").write_bytes(CONFIG)
    (source / "weights" / "model.bin").write_bytes(WEIGHTS)
    folder.pull(spec, Fetch(local=source, offline=True))
    assert folder.verify(spec) == []
    record = json.loads((tmp_path / "models" / "tiny" / "vhost-model.json").read_text())
    assert record["files"]["weights/model.bin"]["sha256"] == hashlib.sha256(WEIGHTS).hexdigest()


def test_the_models_command_lists_shows_licences_and_verifies(cli, manifest, tmp_path, monkeypatch):
    code, out, _ = cli("models", "list", "--json")
    rows = {row["name"]: row for row in json.loads(out)["models"]}
    assert code == 0 and rows["tiny"]["status"] == "missing" and rows["builtin"]["status"] == "embedded"
    assert rows["tiny"]["commercial"] is False

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = cli("models", "pull", "tiny")
    assert code == 2 and "commercial use is NOT allowed" in out and "--accept-licence" in err
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code, _, err = cli("models", "pull", "tiny", "--accept-licence")
    assert code == 2 and "--from DIR" in err
    code, _, err = cli("models", "pull", "nothing-like-it")
    assert code == 2 and "tiny, builtin" in err
    code, out, _ = cli("models", "verify")
    assert code == 0 and "No pulled models" in out
