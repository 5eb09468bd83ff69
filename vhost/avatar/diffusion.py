"""Presenters made with a diffusion model (diffusers; SD-Turbo by default, pulled with
`vhost models pull sd-turbo`): a new face from a text prompt, and a merchant's own photo
restyled so their real face is not on air.

A model makes several candidates and only those the warp renderer can animate are kept (one
face from the front, mouth closed, eyes open: `suitability.py`); each kept one becomes an avatar
folder like `vhost avatar build` makes. The GPU is used when there is one (half precision);
otherwise the CPU, slowly, with progress and Cancel (the `report` callback may raise).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from vhost.errors import AvatarError

MODEL_NAME = "sd-turbo"  # in vhost/assets/models/manifest.toml
PORTRAIT = (
    "{prompt}, head and shoulders portrait of one person facing the camera, looking straight at"
    " the camera, mouth closed, eyes open, calm friendly expression, soft even light, plain"
    " background, sharp photo"
)
Report = Callable[[float, str], None]  # (fraction done, what) — may raise to cancel


def painter_folder(models_dir: Path, model: Path | None = None) -> Path:
    """The diffusers folder to use: the one given, or sd-turbo pulled into the models folder."""
    if model is not None:
        model = Path(model).expanduser()
        if not (model / "model_index.json").is_file():
            raise AvatarError(
                f"{model} is not a diffusers model folder (it has no model_index.json); pass the"
                " folder you pulled, or leave --model out to use sd-turbo."
            )
        return model
    from vhost.models.folder import ModelsFolder
    from vhost.models.manifest import find, load_manifest

    return ModelsFolder(models_dir).require(find(load_manifest(), MODEL_NAME))


class Painter:
    """One loaded text-to-image pipeline; its image-to-image and inpainting twins share its weights."""

    def __init__(self, folder: Path) -> None:
        try:
            import diffusers
            import torch
            import transformers
        except ImportError as exc:
            raise AvatarError(
                "diffusers is not installed; reinstall vhost with `bash scripts/setup.sh`."
            ) from exc
        diffusers.utils.logging.disable_progress_bar()
        diffusers.utils.logging.set_verbosity_error()
        transformers.logging.set_verbosity_error()
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        dtype = torch.float16 if self.device == "cuda" else torch.float32
        # sd-turbo is pulled as its fp16 files; the CPU upcasts them to float32 on load.
        variant = "fp16" if any(Path(folder).glob("unet/*.fp16.*")) else None
        try:
            with contextlib.redirect_stderr(io.StringIO()):
                self._text = diffusers.AutoPipelineForText2Image.from_pretrained(
                    str(folder), dtype=dtype, variant=variant
                ).to(self.device)
        except Exception as exc:  # diffusers raises many kinds; the fix is the same
            raise AvatarError(
                f"The diffusion model in {folder} cannot be loaded ({type(exc).__name__}: {exc});"
                f" pull it again with `vhost models pull {MODEL_NAME}`."
            ) from exc
        self._text.set_progress_bar_config(disable=True)
        self._diffusers, self._torch = diffusers, torch

    def _run(self, pipe: Any, report: Report, start: float, share: float, what: str, **kwargs: Any) -> Any:
        steps = kwargs["num_inference_steps"]

        def on_step(_pipe: Any, step: int, _t: Any, tensors: dict) -> dict:
            report(start + share * (step + 1) / steps, what)
            return tensors

        pipe.set_progress_bar_config(disable=True)
        generator = self._torch.Generator(self.device).manual_seed(kwargs.pop("seed"))
        with self._torch.inference_mode():
            return pipe(
                generator=generator, callback_on_step_end=on_step, guidance_scale=0.0, **kwargs
            ).images[0]

    def imagine(
        self, prompt: str, seed: int, size: int, steps: int, report: Report, start: float, share: float
    ):
        """One picture from a prompt (PIL)."""
        return self._run(
            self._text,
            report,
            start,
            share,
            "painting",
            prompt=PORTRAIT.format(prompt=prompt),
            num_inference_steps=steps,
            height=size,
            width=size,
            seed=seed,
        )

    def restyle(self, image: Any, prompt: str, strength: float, seed: int, steps: int, report: Report):
        """`image` (PIL) redrawn in the style of `prompt`, keeping its layout (image-to-image)."""
        pipe = self._diffusers.AutoPipelineForImage2Image.from_pipe(self._text)
        # image-to-image runs only the last `strength` share of the steps: ask for enough that one runs
        steps = max(steps, int(np.ceil(1 / max(strength, 1e-3))))
        return self._run(
            pipe,
            report,
            0.1,
            0.8,
            "restyling",
            prompt=PORTRAIT.format(prompt=prompt),
            image=image,
            strength=strength,
            num_inference_steps=steps,
            seed=seed,
        )

    def inpaint(self, image: Any, mask: Any, prompt: str, seed: int, steps: int, report: Report):
        """`image` (PIL) with the white part of `mask` painted anew from `prompt`."""
        pipe = self._diffusers.AutoPipelineForInpainting.from_pipe(self._text)
        width, height = image.size
        return self._run(
            pipe,
            report,
            0.2,
            0.7,
            "painting the mouth",
            prompt=prompt,
            image=image,
            mask_image=mask,
            strength=1.0,
            num_inference_steps=steps,
            height=height,
            width=width,
            seed=seed,
        )


@dataclass
class Candidates:
    kept: list[Path] = field(default_factory=list)  # avatar folders
    refused: list[tuple[Path, tuple[str, ...]]] = field(default_factory=list)  # (picture, why)


def create_avatars(
    painter: Painter,
    prompt: str,
    out: Path,
    count: int = 4,
    seed: int = 0,
    size: int = 512,
    steps: int = 1,
    report: Report | None = None,
) -> Candidates:
    """Paint `count` candidates for `prompt`; save the usable ones as OUT/candidate-N avatars and
    the others as OUT/refused/N.png with why."""
    from PIL import Image

    from vhost.avatar.builder import draw_preview, rig_from_picture
    from vhost.avatar.suitability import judge_face

    if not prompt.strip():
        raise AvatarError(
            'Describe the presenter to paint, e.g. --prompt "a friendly woman in her thirties".'
        )
    if size % 64 or not 256 <= size <= 1024:
        raise AvatarError(
            f"--size {size} cannot be painted; use a multiple of 64 from 256 to 1024 (512 suits sd-turbo)."
        )
    step = report or (lambda fraction, what: None)
    result = Candidates()
    share = 1.0 / count
    for n in range(1, count + 1):
        picture = painter.imagine(prompt, seed + n, size, steps, step, (n - 1) * share, share * 0.9)
        rgb = np.array(picture.convert("RGB"))
        fit = judge_face(rgb)
        if not fit.ok:
            (out / "refused").mkdir(parents=True, exist_ok=True)
            picture.save(out / "refused" / f"{n}.png")
            result.refused.append((out / "refused" / f"{n}.png", fit.reasons))
            continue
        rig = rig_from_picture(
            rgb, f"{prompt[:40]} {n}", [f"painted by {MODEL_NAME} from: {prompt}"], "the painting"
        )
        folder = out / f"candidate-{n}"
        rig.save(folder)
        Image.fromarray(draw_preview(rig)).save(folder / "landmarks.png")
        result.kept.append(folder)
    step(1.0, "done")
    if not result.kept:
        why = sorted({reason for _, reasons in result.refused for reason in reasons})
        raise AvatarError(
            f"None of the {count} pictures could be animated ({', '.join(why)}; they are in"
            f" {out / 'refused'}); paint more with --candidates, try another --seed or a plainer prompt."
        )
    return result


def restyle_photo(
    painter: Painter,
    photo: Path,
    prompt: str,
    out: Path,
    strength: float = 0.45,
    seed: int = 0,
    steps: int = 2,
    report: Report | None = None,
) -> Path:
    """The merchant's photo redrawn in the style of `prompt`, saved as an avatar folder."""
    from PIL import Image

    from vhost.avatar.builder import draw_preview, rig_from_picture
    from vhost.avatar.detect import load_photo
    from vhost.avatar.suitability import judge_face

    if not 0.1 <= strength <= 0.9:
        raise AvatarError(
            f"--strength {strength} is out of range; use 0.1 (a light touch) to 0.9 (a new face)."
        )
    step = report or (lambda fraction, what: None)
    rgb, notes = load_photo(photo)
    step(0.05, "reading the photo")
    fitted = _fit_to_model(rgb)
    restyled = painter.restyle(Image.fromarray(fitted), prompt, strength, seed, steps, step)
    result = np.array(restyled.convert("RGB"))
    # Only what the restyling broke is refused: the photo's own traits (a smile, a small face)
    # are handled as `vhost avatar build` handles them.
    before = set(judge_face(fitted).reasons)
    problems = [r for r in judge_face(result).reasons if r not in before]
    if problems:
        out.mkdir(parents=True, exist_ok=True)
        restyled.save(out / "refused.png")
        raise AvatarError(
            f"The restyled photo cannot be animated ({', '.join(problems)}; see {out / 'refused.png'});"
            " lower --strength to keep more of the photo, or try another --seed."
        )
    rig = rig_from_picture(
        result, photo.stem, [*notes, f"restyled by {MODEL_NAME}: {prompt}"], "the restyled photo"
    )
    rig.save(out)
    Image.fromarray(draw_preview(rig)).save(out / "landmarks.png")
    step(1.0, "done")
    return out


MOUTH_PROMPT = (
    "close-up of an open mouth, natural white upper teeth, dark mouth interior, pink tongue,"
    " realistic photo, soft light"
)
MOUTH_SIDE = 512  # the model paints the mouth at this size, whatever the photo's


def paint_mouth(
    painter: Painter, folder: Path, seed: int = 0, steps: int = 4, report: Report | None = None
) -> Path:
    """Paint the inside of this avatar's mouth, opened as wide as the rig allows, and keep it
    with the avatar (mouth.png + mouth.json): the renderer draws it instead of its generic one."""
    import cv2
    from PIL import Image

    from vhost.animate.base import CONTROLS, INDEX
    from vhost.avatar import topology as T
    from vhost.avatar.mouth import MouthTexture
    from vhost.avatar.rig import AvatarRig
    from vhost.render.face import FaceRenderer

    step = report or (lambda fraction, what: None)
    rig = AvatarRig.load(folder)
    rig.mouth = None  # paint over the generic interior, not an earlier painting
    step(0.05, "opening the mouth")
    height, width = rig.image.shape[:2]
    renderer = FaceRenderer(rig, width - width % 2, height - height % 2)
    wide = np.zeros(len(CONTROLS), np.float32)
    wide[INDEX["jaw"]] = 1.0
    frame = renderer.render(wide)
    posed = renderer.posed_landmarks(wide)
    upper, lower = posed[list(T.UPPER_LIP_INNER)], posed[list(T.LOWER_LIP_INNER)]
    # a square around the mouth, 2.5 mouths wide, painted at the model's size
    centre = (upper.mean(axis=0) + lower.mean(axis=0)) / 2
    half = 1.25 * float(np.ptp(upper[:, 0]))
    x0, y0 = np.floor(centre - half).astype(int)
    side = int(np.ceil(2 * half))
    padded = cv2.copyMakeBorder(frame, side, side, side, side, cv2.BORDER_REPLICATE)
    crop = padded[y0 + side : y0 + 2 * side, x0 + side : x0 + 2 * side]
    zoom = MOUTH_SIDE / side
    inner = np.concatenate([upper, lower[::-1]])
    mask: np.ndarray = np.zeros((MOUTH_SIDE, MOUTH_SIDE), np.uint8)
    cv2.fillPoly(mask, [np.round((inner - [x0, y0]) * zoom).astype(np.int32)], (255,))
    mask = cv2.dilate(mask, np.ones((5, 5), np.uint8), iterations=2)
    zoomed = cv2.resize(crop, (MOUTH_SIDE, MOUTH_SIDE), interpolation=cv2.INTER_CUBIC)
    painted = painter.inpaint(Image.fromarray(zoomed), Image.fromarray(mask), MOUTH_PROMPT, seed, steps, step)
    back = cv2.resize(np.array(painted.convert("RGB")), (side, side), interpolation=cv2.INTER_AREA)
    # keep only the mouth's own box, with the lip lines measured in it
    bx0, by0 = np.floor(inner.min(axis=0) - [x0, y0]).astype(int) - 2
    bx1, by1 = np.ceil(inner.max(axis=0) - [x0, y0]).astype(int) + 3
    bx0, by0 = max(bx0, 0), max(by0, 0)
    texture = MouthTexture(
        np.ascontiguousarray(back[by0:by1, bx0:bx1]),
        (upper - [x0 + bx0, y0 + by0]).astype(np.float32),
        (lower - [x0 + bx0, y0 + by0]).astype(np.float32),
    )
    texture.save(folder)
    step(1.0, "done")
    return folder / "mouth.png"


def _fit_to_model(rgb: np.ndarray, longest: int = 768) -> np.ndarray:
    """The photo at most `longest` pixels on its long side, both sides multiples of 64."""
    import cv2

    height, width = rgb.shape[:2]
    scale = min(1.0, longest / max(height, width))
    size = (max(64, int(width * scale) // 64 * 64), max(64, int(height * scale) // 64 * 64))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)
