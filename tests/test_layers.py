"""The layering rules of DESIGN.md, checked on the source: a wrong import fails here."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "vhost"
HEAVY = {
    "torch",
    "diffusers",
    "TTS",
    "mediapipe",
    "onnxruntime",
    "onnx",
    "pyvirtualcam",
    "sounddevice",
    "av",
    "cv2",
    "PySide6",
    "misaki",
    "scipy",
    "PIL",
}
CAPABILITIES = {"catalog", "script", "speech", "avatar", "animate", "render", "outputs", "chat", "store"}


def imports_of(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def modules(under: Path):
    for path in sorted(under.rglob("*.py")):
        yield path.relative_to(PACKAGE.parent), imports_of(path)


def test_only_gui_imports_qt():
    offenders = [
        (str(path), name)
        for path, names in modules(PACKAGE)
        for name in names
        if name.split(".")[0] == "PySide6" and path.parts[1] != "gui"
    ]
    assert offenders == []


def test_engine_and_domain_import_no_backend_and_no_heavy_library():
    checked = list(modules(PACKAGE / "engine")) + [
        (Path("vhost/domain.py"), imports_of(PACKAGE / "domain.py"))
    ]
    offenders = []
    for path, names in checked:
        for name in names:
            parts = name.split(".")
            if parts[0] in HEAVY:
                offenders.append((str(path), name))
            # vhost.<capability> itself or its base protocol is fine; a backend module is not
            if parts[0] == "vhost" and len(parts) > 2 and parts[1] in CAPABILITIES and parts[2] != "base":
                offenders.append((str(path), name))
    assert offenders == []


def test_heavy_libraries_are_not_imported_at_package_import():
    """`import vhost.<pkg>` must stay light: heavy imports live inside backend modules."""
    code = (
        "import sys, vhost, vhost.cli, vhost.catalog, vhost.script, vhost.store, vhost.engine,"
        " vhost.doctor, vhost.config, vhost.speech.base, vhost.speech.registry, vhost.avatar,"
        " vhost.avatar.library, vhost.animate.animator, vhost.render, vhost.testing, vhost.engine.live,"
        " vhost.outputs.null, vhost.outputs.threaded;"
        f" print(sorted(m for m in {sorted(HEAVY)!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_domain_does_no_io():
    names = imports_of(PACKAGE / "domain.py")
    assert not {"os", "io", "pathlib", "sqlite3", "json", "open"} & {n.split(".")[0] for n in names}
