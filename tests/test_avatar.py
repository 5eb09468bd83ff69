"""Avatar rigs from photos: the shipped portrait, and the photos people really upload."""

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from vhost.avatar.builder import build_avatar
from vhost.avatar.library import DEFAULT_AVATAR, load_avatar
from vhost.avatar.rig import REGIONS, AvatarRig
from vhost.errors import AvatarError

PORTRAIT = DEFAULT_AVATAR / "photo.png"


@pytest.fixture(scope="module")
def portrait() -> np.ndarray:
    return np.array(Image.open(PORTRAIT).convert("RGB"))


def test_the_shipped_portrait_gives_a_full_rig(astronaut):
    assert astronaut.landmarks.shape == (478, 2)
    x0, y0, x1, y1 = astronaut.face_box
    assert 160 < x0 < x1 < 290 and 60 < y0 < y1 < 190  # Eileen Collins' face in the 512 px photo
    assert 80 < astronaut.face_height < 130
    # the irises sit inside their eye outlines
    for eye, iris in (("right_eye", "right_iris"), ("left_eye", "left_iris")):
        outline, centre = astronaut.region(eye), astronaut.landmarks[REGIONS[iris][0]]
        assert outline[:, 0].min() < centre[0] < outline[:, 0].max()
    assert astronaut.mouth_gap > 2  # she smiles with her teeth showing: the renderer closes it
    # the mesh covers the face and reaches the photo's corners, so the background is pinned
    assert len(astronaut.triangles) > 900
    assert astronaut.mesh_points[:, 0].min() == 0 and astronaut.mesh_points[:, 1].max() == 511


def test_the_shipped_avatar_matches_a_fresh_build(astronaut):
    fresh = build_avatar(PORTRAIT, "astronaut")
    assert np.abs(fresh.landmarks - astronaut.landmarks).max() < 0.5
    assert fresh.notes == []


def test_save_and_load_round_trip(tmp_path, astronaut):
    astronaut.save(tmp_path / "a")
    again = AvatarRig.load(tmp_path / "a")
    assert np.allclose(again.landmarks, astronaut.landmarks, atol=0.01)
    assert (again.image == astronaut.image).all()
    assert json.loads((tmp_path / "a" / "avatar.json").read_text())["regions"]["mouth_inner"]


def _save(tmp_path, array, name, **kwargs):
    path = tmp_path / name
    Image.fromarray(array).save(path, **kwargs)
    return path


def _close_to_portrait(rig, scale=1.0, offset=(0, 0)):
    expected = load_avatar(None)[0].landmarks * scale + np.array(offset)
    return np.abs(rig.landmarks[:468] - expected[:468]).mean() < 3 * scale


def test_greyscale_photo(tmp_path, portrait):
    grey = np.array(Image.fromarray(portrait).convert("L"))
    rig = build_avatar(_save(tmp_path, grey, "grey.png"))
    assert rig.image.shape == (512, 512, 3)
    assert any("greyscale" in note for note in rig.notes)


def test_transparent_png(tmp_path, portrait):
    rgba = np.dstack([portrait, np.full(portrait.shape[:2], 255, np.uint8)])
    rgba[:40, :40, 3] = 0
    rig = build_avatar(_save(tmp_path, rgba, "cutout.png"))
    assert any("transparent" in note for note in rig.notes)
    assert _close_to_portrait(rig)


def test_photo_saved_sideways_without_exif(tmp_path, portrait):
    sideways = np.ascontiguousarray(np.rot90(portrait))  # turned 90° anticlockwise
    rig = build_avatar(_save(tmp_path, sideways, "sideways.png"))
    assert any("turned it upright" in note for note in rig.notes)
    assert _close_to_portrait(rig)


def test_exif_orientation_is_honoured(tmp_path, portrait):
    stored = np.ascontiguousarray(np.rot90(portrait, k=1))  # camera stored it turned; EXIF says rotate
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    path = _save(tmp_path, stored, "phone.jpg", exif=exif, quality=95)
    rig = build_avatar(path)
    assert any("EXIF" in note for note in rig.notes)
    assert not any("turned it upright" in note for note in rig.notes)
    assert _close_to_portrait(rig)


def test_tiny_photo(tmp_path, portrait):
    head = Image.fromarray(portrait).crop((130, 30, 322, 222))  # a 192 px head shot …
    tiny = np.array(head.resize((128, 128), Image.Resampling.LANCZOS))  # … saved as a 128 px icon
    rig = build_avatar(_save(tmp_path, tiny, "tiny.png"))
    assert rig.image.shape[:2] == (128, 128)
    assert _close_to_portrait(rig, scale=128 / 192, offset=(-130 * 128 / 192, -30 * 128 / 192))


def test_a_face_too_small_to_animate(tmp_path, portrait):
    small = np.array(Image.fromarray(portrait).resize((200, 200), Image.Resampling.LANCZOS))
    with pytest.raises(AvatarError, match="only 36 pixels wide"):
        build_avatar(_save(tmp_path, small, "small.png"))


def test_huge_8k_photo_is_scaled_down(tmp_path, portrait):
    canvas = Image.new("RGB", (7680, 4320), (200, 200, 205))
    canvas.paste(Image.fromarray(portrait).resize((3584, 3584)), (2048, 368))
    path = tmp_path / "8k.jpg"
    canvas.save(path, quality=85)
    rig = build_avatar(path)
    assert max(rig.image.shape[:2]) == 1600
    x0, y0, x1, y1 = rig.face_box
    assert 110 < x1 - x0 < 160  # 92 px × 7 (the paste) × 1600/7680 (the working size) ≈ 134
    assert not any("upright" in note for note in rig.notes)


def test_several_faces_uses_the_largest(tmp_path, portrait):
    small = np.array(Image.fromarray(portrait).resize((384, 384)))
    group = np.full((512, 896, 3), 230, np.uint8)
    group[:, :512] = portrait
    group[64:448, 512:] = small
    rig = build_avatar(_save(tmp_path, group, "two.png"))
    assert any("2 faces" in note for note in rig.notes)
    assert rig.face_box[2] < 512  # the big one, on the left


@pytest.mark.parametrize("make", ["gradient", "noise"])
def test_no_face(tmp_path, make):
    rng = np.random.default_rng(0)
    image = (
        np.linspace(0, 255, 512 * 512 * 3).reshape(512, 512, 3)
        if make == "gradient"
        else rng.integers(0, 255, (512, 512, 3))
    ).astype(np.uint8)
    with pytest.raises(AvatarError, match="No face was found"):
        build_avatar(_save(tmp_path, image, f"{make}.png"))


def test_files_that_are_not_photos(tmp_path):
    (tmp_path / "notes.jpg").write_text("not a picture")
    with pytest.raises(AvatarError, match="not a photo"):
        build_avatar(tmp_path / "notes.jpg")
    with pytest.raises(AvatarError, match="does not exist"):
        build_avatar(tmp_path / "missing.png")
    with pytest.raises(AvatarError, match="is a folder"):
        build_avatar(tmp_path)
    _save(tmp_path, np.zeros((40, 40, 3), np.uint8), "icon.png")
    with pytest.raises(AvatarError, match="only 40×40"):
        build_avatar(tmp_path / "icon.png")


def test_a_damaged_avatar_folder(tmp_path, astronaut):
    with pytest.raises(AvatarError, match="holds no avatar.json"):
        AvatarRig.load(tmp_path)
    astronaut.save(tmp_path)
    (tmp_path / "avatar.json").write_text("{}")
    with pytest.raises(AvatarError, match="another vhost version|damaged"):
        AvatarRig.load(tmp_path)


def test_cli_builds_an_avatar_and_explains_a_faceless_photo(cli, tmp_path):
    code, out, _ = cli("avatar", "build", PORTRAIT, "--out", tmp_path / "me")
    assert code == 0 and "Built avatar" in out
    assert (tmp_path / "me" / "avatar.json").is_file() and (tmp_path / "me" / "landmarks.png").is_file()
    _save(tmp_path, np.full((300, 300, 3), 128, np.uint8), "wall.png")
    code, out, err = cli("avatar", "build", tmp_path / "wall.png", "--out", tmp_path / "wall")
    assert code == 2
    assert err.strip().startswith("vhost: No face was found") and "Traceback" not in err


def test_a_small_face_in_a_big_picture_is_found_and_refused_with_its_size(tmp_path, portrait):
    # the portrait's face is 92 px wide in 512; shrunk to about 50 px in a 1920x1080 frame
    face = Image.fromarray(portrait).resize((280, 280), Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", (1920, 1080), (205, 205, 210))
    canvas.paste(face, (1200, 600))
    with pytest.raises(AvatarError, match=r"only (4\d|5\d) pixels wide, too small to animate") as refused:
        build_avatar(_save(tmp_path, np.array(canvas), "wide.png"))
    assert "96 pixels" in str(refused.value)


def test_the_face_gate_wants_a_confident_detection_that_agrees_with_the_mesh(portrait):
    from vhost.avatar.detect import detect_faces
    from vhost.avatar.face_gate import FaceBox, confirmed, detect_boxes

    mesh = detect_faces(portrait)[0]
    boxes = detect_boxes(portrait)
    assert boxes and boxes[0].score >= 0.7
    assert confirmed(mesh, boxes)
    real = boxes[0]
    unsure = FaceBox(0.55, real.box, real.points)
    assert not confirmed(mesh, [unsure])
    elsewhere = FaceBox(real.score, real.box, real.points[::-1].copy())  # mouth where the eyes are
    assert not confirmed(mesh, [elsewhere])
    beside = FaceBox(real.score, tuple(v + 400 for v in real.box), real.points + 400)
    assert not confirmed(mesh, [beside])


def test_a_broad_toothy_grin_is_told_a_closed_mouth_looks_best(tmp_path, portrait):
    media = Path(__file__).resolve().parents[2] / "shared" / "media" / "face_obama.jpg"
    if not media.exists():
        pytest.skip(f"test media {media.name} not in {media.parent}")
    rig = build_avatar(media)
    assert any("smiles with its teeth" in note for note in rig.notes)
