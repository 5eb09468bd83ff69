"""Diffusion avatars: a random-weight SD-Turbo-shaped pipeline built here is loaded and run by
vhost's own code (it paints noise, so its candidates are refused: that is checked too); the
keeping and saving of good candidates is checked with a stand-in painter that returns a real
face, and the face checks with the shipped avatar posed by the renderer."""

import numpy as np
import pytest

from tests.tiny_models import tiny_stable_diffusion
from vhost.animate.base import CONTROLS, INDEX
from vhost.avatar.diffusion import Painter, create_avatars, paint_mouth, restyle_photo
from vhost.avatar.suitability import judge_face
from vhost.errors import AvatarError
from vhost.gui.work import Cancelled


@pytest.fixture(scope="module")
def tiny_sd(tmp_path_factory):
    return tiny_stable_diffusion(tmp_path_factory.mktemp("sd") / "sd-tiny")


@pytest.fixture(scope="module")
def painter(tiny_sd):
    return Painter(tiny_sd)


@pytest.fixture(scope="module")
def posed(astronaut):
    """The shipped face rendered by the show's renderer: neutral, mouth open, eyes shut."""
    from vhost.render.face import FaceRenderer

    renderer = FaceRenderer(astronaut, 512, 512)

    def pose(**controls):
        params = np.zeros(len(CONTROLS), np.float32)
        for name, value in controls.items():
            params[INDEX[name]] = value
        return renderer.render(params)

    return pose


def test_only_a_frontal_face_with_mouth_closed_and_eyes_open_passes(posed):
    import cv2

    assert judge_face(posed()).ok
    assert judge_face(posed(jaw=1.0)).reasons == ("mouth open",)
    assert "eyes closed" in judge_face(posed(blink_l=1.0, blink_r=1.0)).reasons
    tilted = cv2.warpAffine(posed(), cv2.getRotationMatrix2D((256, 256), 25, 1.0), (512, 512))
    assert "head tilted" in judge_face(tilted).reasons
    assert judge_face(np.random.default_rng(0).integers(0, 255, (512, 512, 3), np.uint8)).reasons == (
        "no face",
    )


def test_the_real_pipeline_loads_paints_reports_and_refuses_what_it_cannot_animate(painter, tmp_path):
    assert painter.device == "cpu"
    seen = []
    with pytest.raises(AvatarError) as refused:
        create_avatars(
            painter, "a friendly shop owner", tmp_path, count=2, size=256, report=lambda f, w: seen.append(f)
        )
    assert "None of the 2 pictures could be animated (no face" in str(refused.value)
    assert sorted(p.name for p in (tmp_path / "refused").iterdir()) == ["1.png", "2.png"]
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3

    def cancel(fraction, what):
        raise Cancelled()

    with pytest.raises(Cancelled):
        create_avatars(painter, "a shop owner", tmp_path / "again", count=3, size=256, report=cancel)
    assert not (tmp_path / "again" / "refused").exists()  # stopped inside the first picture


def test_restyle_runs_image_to_image_and_refuses_a_result_without_a_face(painter, tmp_path):
    from vhost.avatar.library import DEFAULT_AVATAR

    with pytest.raises(AvatarError, match="lower --strength"):
        restyle_photo(painter, DEFAULT_AVATAR / "photo.png", "watercolour", tmp_path, strength=0.3)
    assert (tmp_path / "refused.png").is_file()
    with pytest.raises(AvatarError, match="out of range"):
        restyle_photo(painter, DEFAULT_AVATAR / "photo.png", "watercolour", tmp_path, strength=1.5)


class StandInPainter:
    """Returns pictures a trained model could have made (the shipped face, posed), so the keeping
    and saving around the model can be checked without one."""

    def __init__(self, pictures):
        self.pictures = iter(pictures)

    def imagine(self, prompt, seed, size, steps, report, start, share):
        from PIL import Image

        report(start + share, "painting")
        return Image.fromarray(next(self.pictures))

    def restyle(self, image, prompt, strength, seed, steps, report):
        from PIL import Image

        return Image.fromarray(np.array(image)[..., ::-1])  # a "cool" style: same face, new colours


def test_usable_candidates_become_avatars_and_the_rest_are_kept_with_why(posed, tmp_path):
    from vhost.avatar.rig import AvatarRig

    painter = StandInPainter([posed(jaw=1.0), posed(), posed(blink_l=1.0, blink_r=1.0)])
    result = create_avatars(painter, "a friendly shop owner", tmp_path, count=3, size=512)
    assert [p.name for p in result.kept] == ["candidate-2"]
    assert [(p.name, why) for p, why in result.refused][0] == ("1.png", ("mouth open",))
    rig = AvatarRig.load(tmp_path / "candidate-2")
    assert rig.image.shape == (512, 512, 3) and "painted by sd-turbo" in rig.notes[0]
    assert (tmp_path / "candidate-2" / "landmarks.png").is_file()


def test_a_restyled_photo_is_saved_as_an_avatar(tmp_path):
    from vhost.avatar.library import DEFAULT_AVATAR
    from vhost.avatar.rig import AvatarRig

    restyle_photo(StandInPainter([]), DEFAULT_AVATAR / "photo.png", "cool tones", tmp_path / "me", 0.4)
    rig = AvatarRig.load(tmp_path / "me")
    assert rig.image.shape[0] % 64 == 0 and rig.image.shape[1] % 64 == 0
    assert any("restyled by sd-turbo" in note for note in rig.notes)


def test_the_commands_explain_a_missing_model_and_bad_options(cli, tiny_sd, tmp_path, monkeypatch):
    monkeypatch.setenv("VHOST_MODELS_DIR", str(tmp_path / "models"))
    code, _, err = cli("avatar", "create", "--prompt", "a presenter", "--out", tmp_path / "a")
    assert code == 2 and "vhost models pull sd-turbo" in err
    code, _, err = cli("avatar", "create", "--prompt", "x", "--out", tmp_path / "a", "--model", tmp_path)
    assert code == 2 and "no model_index.json" in err
    code, _, err = cli("avatar", "create", "--prompt", "x", "--out", tmp_path / "a", "--candidates", "0")
    assert code == 2 and "1 to 32" in err
    code, out, err = cli(
        "avatar", "create", "--prompt", "x", "--out", tmp_path / "a", "--model", tiny_sd, "--size", "300"
    )
    assert code == 2 and "multiple of 64" in err
    code, out, err = cli(
        "avatar",
        "create",
        "--prompt",
        "x",
        "--out",
        tmp_path / "a",
        "--model",
        tiny_sd,
        "--size",
        "256",
        "--candidates",
        "1",
    )
    assert code == 2 and "None of the 1 pictures" in err and "Traceback" not in err


def test_a_painted_mouth_is_kept_with_the_avatar_and_drawn_when_it_opens(painter, astronaut, tmp_path):
    import shutil

    from vhost.avatar.library import DEFAULT_AVATAR
    from vhost.avatar.rig import AvatarRig
    from vhost.render.face import FaceRenderer

    shutil.copytree(DEFAULT_AVATAR, tmp_path / "me")
    seen = []
    picture = paint_mouth(painter, tmp_path / "me", report=lambda f, w: seen.append(f))
    assert picture.is_file() and (tmp_path / "me" / "mouth.json").is_file() and seen[-1] == 1.0
    rig = AvatarRig.load(tmp_path / "me")
    assert rig.mouth is not None and rig.mouth.image.shape[0] > 5 and len(rig.mouth.upper) == 11

    plain, painted = FaceRenderer(astronaut, 640, 360), FaceRenderer(rig, 640, 360)
    shut = np.zeros(len(CONTROLS), np.float32)
    assert np.array_equal(plain.render(shut), painted.render(shut))  # closed: nothing of it shows
    wide = shut.copy()
    wide[INDEX["jaw"]] = 0.8
    difference = np.abs(plain.render(wide).astype(int) - painted.render(wide).astype(int)).sum(axis=2)
    changed = np.argwhere(difference > 30)
    assert len(changed) > 30  # the inside of the open mouth is the painting now …
    mouth = painted.posed_landmarks(wide)[[13, 14, 78, 308]]
    assert (changed[:, 1].min() >= mouth[:, 0].min() - 3) and (changed[:, 1].max() <= mouth[:, 0].max() + 3)
    assert changed[:, 0].min() >= mouth[:, 1].min() - 6  # … and nothing outside it
