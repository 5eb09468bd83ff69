"""The face warp, the compositor and the MP4 writer: pixels and clocks."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import numpy as np
import pytest

from vhost.animate.base import CONTROLS, INDEX
from vhost.catalog import load_catalog
from vhost.domain import Promotion
from vhost.render.compositor import Compositor
from vhost.render.face import FaceRenderer
from vhost.render.show import ShowRenderer
from vhost.script.playlist import show_lines
from vhost.testing import FakeVoice

from .conftest import DEMO_CATALOG, NOW


@pytest.fixture(scope="module")
def face(astronaut):
    return FaceRenderer(astronaut, 588, 720)


def _params(**values):
    params = np.zeros(len(CONTROLS), np.float32)
    for name, value in values.items():
        params[INDEX[name]] = value
    return params


def _box(points, pad=0):
    x0, y0 = np.floor(points.min(axis=0)).astype(int) - pad
    x1, y1 = np.ceil(points.max(axis=0)).astype(int) + pad
    return slice(y0, y1), slice(x0, x1)


def test_rest_pose_changes_only_the_mouth_and_keeps_the_background(face):
    rest = face.render(_params())
    x0, y0, x1, y1 = face.head_box  # with the body still, only the head region changes
    outside = np.ones(rest.shape[:2], bool)
    outside[y0:y1, x0:x1] = False
    assert np.array_equal(rest[outside], face.base[outside])
    # the photo's smile showed teeth; at rest the lips are closed, so the mouth holds no bright teeth
    rows, cols = _box(face.landmarks[[78, 308, 13, 14]])
    assert rest[rows, cols].min(axis=2).max() < 235


def test_open_jaw_shows_a_dark_mouth_and_teeth(face):
    rest, open_ = face.render(_params()), face.render(_params(jaw=1.0))
    rows, cols = _box(face.posed_landmarks(_params(jaw=1.0))[[78, 308, 13, 14]])
    dark = open_[rows, cols].mean(axis=2) < 80
    bright = open_[rows, cols].min(axis=2) > 200
    assert dark.mean() > 0.15 and bright.any()
    assert rest[rows, cols].mean() - open_[rows, cols].mean() > 20
    chin_before, chin_after = face.landmarks[152], face.posed_landmarks(_params(jaw=1.0))[152]
    assert chin_after[1] - chin_before[1] > 10  # the chin really drops


def test_blink_covers_the_eyes(face):
    rows, cols = _box(face.landmarks[[33, 133, 159, 145]], pad=1)
    open_eye = face.render(_params())[rows, cols]
    shut_eye = face.render(_params(blink_l=1, blink_r=1))[rows, cols]
    assert open_eye.std() - shut_eye.std() > 5  # iris and white gone: flat eyelid skin
    assert open_eye.min() < shut_eye.min()


def test_head_motion_moves_the_face_not_the_edges(face):
    moved = face.render(_params(head_x=0.05, head_roll=0.05))
    rest = face.render(_params())
    assert np.abs(moved.astype(int) - rest).max() > 50
    assert np.array_equal(moved[:, :5], rest[:, :5]) and np.array_equal(moved[-5:], rest[-5:])


def test_a_frame_renders_fast_enough_for_live_use(face):
    # a sanity bound, not a benchmark: `vhost bench` measures speed
    import time

    started = time.perf_counter()
    for i in range(30):
        face.render_roi(_params(jaw=(i % 10) / 10, blink_l=i % 2))
    assert (time.perf_counter() - started) / 30 < 0.05


@pytest.fixture(scope="module")
def demo():
    return load_catalog(DEMO_CATALOG).catalog


def test_compositor_draws_card_countdown_and_caption(demo, astronaut):
    product = next(p for p in demo.products if p.original_price and p.original_price > p.price)
    ends = NOW + timedelta(hours=1, minutes=2, seconds=3)
    product = replace(product, promotions=(Promotion("限时直降", NOW, ends),))
    compositor = Compositor(1280, 720, "zh", "小鹿优选")
    frame = compositor.compose(None, (0, 0), product, "欢迎来到直播间", NOW)
    assert frame.shape == (720, 1280, 3) and frame.dtype == np.uint8
    x, y, w, h = compositor.layout.card
    card = frame[y : y + h, x : x + w]
    red = (card[..., 0] > 200) & (card[..., 1] < 80) & (card[..., 2] < 100)
    assert red.sum() > 2000  # the price and the countdown strip
    later = compositor.compose(None, (0, 0), product, "欢迎来到直播间", NOW + timedelta(seconds=1))
    changed = np.nonzero(np.any(later != frame, axis=2))
    assert len(changed[0]) and changed[1].min() >= x  # only the countdown ticked
    cx, cy, cw, ch = compositor.layout.caption
    assert frame[cy : cy + ch, cx : cx + cw].max() == 255  # white caption text
    assert not np.array_equal(frame, compositor.compose(None, (0, 0), product, None, NOW))


def test_an_answer_shows_the_viewers_question_above_its_caption(demo):
    compositor = Compositor(1280, 720, "zh")
    plain = compositor.compose(None, (0, 0), demo.products[0], "直播间89元。", NOW)
    asked = compositor.compose(None, (0, 0), demo.products[0], "直播间89元。", NOW, question="多少钱？")
    changed = np.nonzero(np.any(asked != plain, axis=2))
    bare = compositor.compose(None, (0, 0), demo.products[0], None, NOW)
    band_top = np.nonzero(np.any(plain != bare, axis=2))[0].min()
    assert len(changed[0]) and changed[0].max() < band_top  # just above the caption band
    assert changed[1].min() >= compositor.layout.caption[0]
    bubble = asked[changed]
    yellow = (bubble[:, 0] > 200) & (bubble[:, 1] > 170) & (bubble[:, 2] < 140)
    assert yellow.mean() > 0.5
    unasked = compositor.compose(None, (0, 0), demo.products[0], "直播间89元。", NOW, None)
    assert np.array_equal(plain, unasked)


def test_english_card_uses_dollar_free_yuan_prices(demo):
    product = demo.products[0].localized("en")
    frame = Compositor(1280, 720, "en").compose(None, (0, 0), product, "Welcome!", NOW)
    assert frame.shape == (720, 1280, 3)


def test_a_price_change_redraws_the_card(demo):
    compositor = Compositor(640, 360, "zh")
    product = demo.products[0]
    before = compositor.compose(None, (0, 0), product, None, NOW)
    cheaper = replace(product, price=product.price - Decimal(10))
    assert not np.array_equal(before, compositor.compose(None, (0, 0), cheaper, None, NOW))


def _probe(path):
    import av

    with av.open(str(path)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio[0]
        frames = sum(1 for _ in container.decode(video=0))
        return {
            "width": video.codec_context.width,
            "height": video.codec_context.height,
            "codec": (video.codec_context.name, audio.codec_context.name),
            "frames": frames,
            "video_seconds": float(video.duration * video.time_base),
            "audio_seconds": float(audio.duration * audio.time_base),
        }


def test_a_short_show_has_matching_audio_and_video(tmp_path, demo, astronaut, writer):
    scripts = iter([writer.write(demo, "zh", now=NOW)])
    renderer = ShowRenderer(astronaut, FakeVoice(), "zh", 640, 360, fps=25)
    seen = []
    report = renderer.render(
        show_lines(scripts, demo),
        tmp_path / "show.mp4",
        NOW,
        seconds=4.0,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.frames == 100 and report.audio_seconds == pytest.approx(4.0)
    probe = _probe(tmp_path / "show.mp4")
    assert probe["codec"] == ("h264", "aac") and (probe["width"], probe["height"]) == (640, 360)
    assert probe["frames"] == 100
    assert abs(probe["video_seconds"] - probe["audio_seconds"]) < 0.05  # AAC pads a frame at most
    assert seen and seen[-1] == (4.0, 4.0)


def test_show_lines_follow_the_script_products(demo, writer):
    script = writer.write(demo, "zh", now=NOW)
    lines = list(show_lines(iter([script]), demo))
    assert len(lines) == len(script.lines())
    assert lines[0].product is not None  # the greeting already shows the first product
    product_ids = [s.product_id for s in script.segments if s.product_id]
    assert lines[-1].product.id == product_ids[-1]


def test_render_cli_with_the_real_voice(cli, tmp_path):
    code, out, err = cli(
        "render",
        "--catalog",
        DEMO_CATALOG,
        "--seconds",
        "3",
        "--size",
        "640x360",
        "--fps",
        "25",
        "--now",
        "2026-11-23 20:00",
        "--out",
        tmp_path / "show.mp4",
    )
    assert code == 0, err
    assert "Wrote" in out and "rendering show.mp4" in err
    probe = _probe(tmp_path / "show.mp4")
    assert probe["frames"] == 75 and abs(probe["audio_seconds"] - 3.0) < 0.05


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--size", "641x360"), "even numbers"),
        (("--size", "huge"), "not a size"),
        (("--seconds", "0"), "more than 0"),
        (("--avatar", "/no/such/photo.jpg"), "does not exist"),
    ],
)
def test_render_cli_user_errors(cli, tmp_path, args, message):
    code, _, err = cli("render", "--catalog", DEMO_CATALOG, "--out", tmp_path / "x.mp4", *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_the_card_shows_catalog_text_only_as_the_law_allows(demo, compliance):
    product = demo.products[2]  # its first selling point claims 销量第一
    assert any("销量第一" in point for point in product.selling_points)
    drawn = []

    def wording(text):
        drawn.append(text)
        return compliance.apply(text, "zh").text

    lawful = Compositor(1280, 720, "zh", wording=wording)
    raw = Compositor(1280, 720, "zh")
    assert not np.array_equal(
        lawful.compose(None, (0, 0), product, None, NOW), raw.compose(None, (0, 0), product, None, NOW)
    )
    assert set(product.selling_points) <= set(drawn)  # every point went through the filter


def test_the_upper_body_breathes_and_sways_while_the_frame_border_stays(face):
    still = face.render(_params())
    breathing = face.render(_params(body_y=-0.012, body_x=0.01))
    changed = np.abs(still.astype(int) - breathing).sum(axis=2) > 20
    chin = face.landmarks[152]
    below_chin = changed[int(chin[1]) : int(chin[1]) + 80]
    assert below_chin.mean() > 0.02  # the neck, shoulders and chest move
    for border in (changed[0], changed[-1], changed[:, 0], changed[:, -1]):
        assert not border.any()
    moved = face.posed_landmarks(_params(body_y=-0.012)) - face.landmarks
    assert moved[152, 1] < -0.5  # the head rides on the body as it rises


def test_idle_breathing_has_a_human_rhythm():
    from vhost.animate.animator import idle_motion

    times = np.arange(0, 120, 1 / 30)
    body = idle_motion(times, seed=1)["body_y"]
    assert -0.013 < body.min() < -0.010 and body.max() <= 0.0
    inhales = np.flatnonzero(np.diff(np.sign(np.diff(body))) > 0)  # lowest points: full breath in
    periods = np.diff(times[inhales])
    assert 3.0 < np.median(periods) < 5.0 and len(inhales) > 20
    late = idle_motion(np.arange(86_000, 86_120, 1 / 30), seed=1)["body_y"]  # a day later: same pace
    late_inhales = np.flatnonzero(np.diff(np.sign(np.diff(late))) > 0)
    assert abs(len(late_inhales) - len(inhales)) <= 3


def test_captions_wrap_mixed_chinese_and_latin_text_evenly():
    """A Latin word inside Chinese text ("AI数字人") is one unit, but the Chinese after it still
    breaks anywhere: the first line is filled, not cut before the Latin word."""
    from vhost.render.text import font, wrap

    face = font(34, "Medium")
    text = "温馨提示：我是AI数字人主播，本直播间的讲解由人工智能生成，商品信息以商品详情页为准。"
    lines = wrap(text, face, 900)
    assert "".join(lines) == text and len(lines) == 2
    assert face.getlength(lines[0]) > 0.8 * 900  # filled before breaking
    assert wrap("Hello world, this is vhost.", face, 200) == ["Hello world,", "this is vhost."]
