"""The stream picture: backdrop, the presenter, a product card, the countdown and captions.

Everything that changes rarely is drawn once and cached (the backdrop with the card is redrawn
only when the product or its running promotions change; a caption only when the line changes;
the countdown once a second), so a frame costs a copy, the face patch and one caption blend.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

import numpy as np

from vhost.domain import Product
from vhost.render.labels import DEFAULT_LABEL, TEXT, AiLabel
from vhost.render.text import font, wrap
from vhost.script import variants
from vhost.script.formatting import money

_WHITE = (255, 255, 255)
_INK = (33, 33, 40)
_GREY = (140, 140, 150)
_RED = (232, 45, 60)
_AMBER = (255, 176, 32)
log = logging.getLogger(__name__)
_STALE = object()  # a scene key that matches nothing: draw again


@dataclass(frozen=True)
class Layout:
    width: int
    height: int

    @property
    def unit(self) -> float:
        return self.height / 720

    @property
    def avatar(self) -> tuple[int, int, int, int]:
        w = int(self.width * 0.46) // 2 * 2
        return int(self.width * 0.04), 0, w, self.height

    @property
    def card(self) -> tuple[int, int, int, int]:
        x = int(self.width * 0.54)
        return x, int(self.height * 0.08), int(self.width * 0.42), int(self.height * 0.62)

    @property
    def caption(self) -> tuple[int, int, int, int]:
        return (
            int(self.width * 0.03),
            int(self.height * 0.80),
            int(self.width * 0.94),
            int(self.height * 0.15),
        )


class Compositor:
    def __init__(
        self,
        width: int,
        height: int,
        lang: str,
        shop: str | None = None,
        wording: Callable[[str], str | None] | None = None,
        ai_label: AiLabel | None = DEFAULT_LABEL,
        preview: bool = False,
    ) -> None:
        """`wording`: how a merchant's text may appear on screen (the compliance filter: the card
        is advertising as much as the voice is); None shows it as written. `ai_label`: where the
        visible "AI-generated" label sits (None: no label, which the operator chose knowingly);
        `preview`: a rehearsal, badged PREVIEW instead of LIVE."""
        self.layout = Layout(width, height)
        self.lang = lang
        self.shop = shop
        self.preview = preview
        self.wording = wording
        self._backdrop = _backdrop(width, height)
        self._scene: np.ndarray | None = None
        self._scene_key: object = _STALE
        self._avatar_base: np.ndarray | None = None
        self._countdown_row = 0  # where the current card left room for the countdown
        self._label = _label_image(self.layout, ai_label, lang) if ai_label is not None else None

    def set_avatar(self, base: np.ndarray) -> None:
        """The presenter's still picture (the face patch is pasted over it every frame)."""
        self._avatar_base = base
        self._scene_key = _STALE

    def compose(
        self,
        face_patch: np.ndarray | None,
        face_at: tuple[int, int],
        product: Product | None,
        caption: str | None,
        now: datetime,
        question: str | None = None,
    ) -> np.ndarray:
        if product is not None:  # the card shows only promotions running at this moment
            running = tuple(p for p in product.promotions if p.is_active(now))
            if running != product.promotions:
                product = replace(product, promotions=running)
        key = product  # a catalog edit or a promotion starting or ending redraws the card
        if key != self._scene_key:
            self._scene = self._draw_scene(_lawful(product, self.wording) if product else None)
            self._scene_key = key
        assert self._scene is not None
        frame = self._scene.copy()
        ax, ay, _, _ = self.layout.avatar
        if face_patch is not None:
            x, y = ax + face_at[0], ay + face_at[1]
            frame[y : y + face_patch.shape[0], x : x + face_patch.shape[1]] = face_patch
        if product is not None:
            strip = _countdown_strip(self.layout, product, now, self.lang, self._countdown_row)
            if strip is not None:
                image, (sx, sy) = strip
                frame[sy : sy + image.shape[0], sx : sx + image.shape[1]] = image
        if caption:
            rgb, weights, (cx, cy) = _caption_image(self.layout, caption)
            _blend(frame, rgb, weights, (cx, cy))
            if question:  # the viewer's words, just above the answer's caption
                _blend(frame, *_question_image(self.layout, question, self.lang, cy))
        if self._label is not None:  # last, so nothing ever covers it (not even the face)
            _blend(frame, *self._label)
        return frame

    def _draw_scene(self, product: Product | None) -> np.ndarray:
        from PIL import Image, ImageDraw

        scene = Image.fromarray(self._backdrop.copy())
        ax, ay, aw, ah = self.layout.avatar
        if self._avatar_base is not None:
            scene.paste(Image.fromarray(self._avatar_base), (ax, ay))
        draw = ImageDraw.Draw(scene)
        u = self.layout.unit
        if self.preview:
            badge, colour = ("预览" if self.lang == "zh" else "PREVIEW"), _GREY
        else:
            badge, colour = ("直播中" if self.lang == "zh" else "LIVE"), _RED
        badge_font = font(int(20 * u), "Bold")
        # Above the card, where nothing moves: the face patch is pasted over the avatar area.
        bx, by = self.layout.card[0], int(10 * u)
        bw = int(badge_font.getlength(badge) + 28 * u)
        draw.rounded_rectangle((bx, by, bx + bw, by + int(36 * u)), radius=int(8 * u), fill=colour)
        draw.text((bx + 14 * u, by + 18 * u), badge, font=badge_font, fill=_WHITE, anchor="lm")
        if self.shop:
            draw.text(
                (bx + bw + 12 * u, by + 18 * u),
                self.shop,
                font=font(int(22 * u), "Medium"),
                fill=_WHITE,
                anchor="lm",
                stroke_width=max(1, int(2 * u)),
                stroke_fill=(0, 0, 0),
            )
        if product is not None:
            self._countdown_row = _draw_card(scene, self.layout, product, self.lang)
        return np.asarray(scene.convert("RGB")).copy()


def _backdrop(width: int, height: int) -> np.ndarray:
    """A soft studio gradient with a glow behind the card area."""
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    t = ys / max(height - 1, 1)
    top, bottom = np.array([44, 36, 72], np.float32), np.array([18, 16, 30], np.float32)
    image = top * (1 - t[..., None]) + bottom * t[..., None]
    glow = np.exp(
        -(((xs - width * 0.75) / (width * 0.35)) ** 2 + ((ys - height * 0.35) / (height * 0.5)) ** 2)
    )
    image += glow[..., None] * np.array([60, 30, 50], np.float32)
    return np.clip(image, 0, 255).astype(np.uint8)


def _draw_card(scene, layout: Layout, product: Product, lang: str) -> int:  # noqa: ANN001 - PIL image
    """Draw the card; return the y where the per-second countdown strip goes."""
    from PIL import ImageDraw

    u = layout.unit
    x, y, w, h = layout.card
    draw = ImageDraw.Draw(scene)
    draw.rounded_rectangle((x, y, x + w, y + h), radius=int(18 * u), fill=(250, 248, 252))
    pad = int(24 * u)
    inner = w - 2 * pad
    cursor = y + pad
    side = int(min(inner * 0.36, 160 * u))
    picture = _product_picture(product.images[0], side) if product.images else None
    beside = inner  # the title's width: beside the product's picture when it has one
    if picture is not None:
        scene.paste(picture, (x + w - pad - picture.width, cursor))
        beside = inner - picture.width - int(12 * u)
    title_font = font(int(34 * u), "Bold")
    for line in wrap(product.title, title_font, beside, max_lines=2):
        draw.text((x + pad, cursor), line, font=title_font, fill=_INK)
        cursor += int(46 * u)
    meta = " · ".join(part for part in (product.brand, product.category) if part)
    if meta:
        draw.text((x + pad, cursor), meta, font=font(int(20 * u), "Regular"), fill=_GREY)
        cursor += int(32 * u)
    cursor += int(8 * u)
    price = money(product.price, product.currency, lang)
    if variants.price_range(product) is not None:  # "89元起" / "From $19": it depends on the option
        price = f"{price}起" if lang == "zh" else f"From {price}"
    price_font = font(int(60 * u), "Black")
    if picture is not None:  # a long price goes below the picture rather than under it
        width = price_font.getlength(price)
        if product.original_price and product.original_price > product.price:
            width += 16 * u + font(int(28 * u), "Regular").getlength(
                money(product.original_price, product.currency, lang)
            )
        if width > beside:
            cursor = max(cursor, y + pad + picture.height + int(8 * u))
    draw.text((x + pad, cursor), price, font=price_font, fill=_RED)
    if product.original_price and product.original_price > product.price:
        old = money(product.original_price, product.currency, lang)
        old_font = font(int(28 * u), "Regular")
        ox = x + pad + price_font.getlength(price) + 16 * u
        oy = cursor + 30 * u
        draw.text((ox, oy), old, font=old_font, fill=_GREY)
        mid = oy + old_font.getbbox(old)[1] + (old_font.getbbox(old)[3] - old_font.getbbox(old)[1]) / 2
        draw.line((ox, mid, ox + old_font.getlength(old), mid), fill=_GREY, width=max(1, int(2 * u)))
    cursor += int(84 * u)
    option_font = font(int(22 * u), "Bold")
    choices = variants.choices(product)
    for name, values in choices[:2]:  # the options a viewer can still buy
        shown = " · ".join(values)
        text = f"{name}：{shown}" if lang == "zh" else f"{_sentence_case(name)}: {shown}"
        draw.text(
            (x + pad, cursor), wrap(text, option_font, inner, max_lines=1)[0], font=option_font, fill=_INK
        )
        cursor += int(34 * u)
    if choices:
        cursor += int(6 * u)
    for text in _promotion_texts(product)[:1]:
        pill_font = font(int(24 * u), "Bold")
        lines = wrap(text, pill_font, inner - 24 * u, max_lines=2)
        pill_h = int((12 + 34 * len(lines)) * u)
        draw.rounded_rectangle(
            (x + pad, cursor, x + pad + inner, cursor + pill_h), radius=int(10 * u), fill=(255, 240, 214)
        )
        for i, line in enumerate(lines):
            draw.text((x + pad + 12 * u, cursor + (6 + 34 * i) * u), line, font=pill_font, fill=(190, 90, 0))
        cursor += pill_h + int(12 * u)
    countdown_row = cursor
    if any(promotion.end for promotion in product.promotions):
        cursor += int(50 * u)  # room for the countdown strip, drawn per second
    point_font = font(int(22 * u), "Regular")
    for point in product.selling_points[:3]:
        if cursor + 34 * u > y + h - pad:
            break
        line = wrap(_sentence_case(point), point_font, inner - 24 * u, max_lines=1)[0]
        draw.ellipse((x + pad, cursor + 11 * u, x + pad + 10 * u, cursor + 21 * u), fill=_AMBER)
        draw.text((x + pad + 22 * u, cursor), line, font=point_font, fill=_INK)
        cursor += int(36 * u)
    stock = _stock_text(product, lang)
    if stock:
        stock_font = font(int(22 * u), "Bold")
        draw.text((x + w - pad, y + h - pad), stock, font=stock_font, fill=_RED, anchor="rd")
    return countdown_row


@lru_cache(maxsize=32)
def _product_picture(path: str, size: int):  # noqa: ANN202 - PIL image or None
    """The product's picture fitted into a size×size square (cached: the card is redrawn on
    every promotion change). A picture that cannot be opened is left off the card; the catalog
    import and the app's picture list already said so."""
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as image:
            return ImageOps.contain(image.convert("RGB"), (size, size))
    except OSError as exc:
        log.warning("the product picture %s cannot be opened (%s); the card shows none", path, exc)
        return None


def _promotion_texts(product: Product) -> list[str]:
    return [_sentence_case(promotion.text) for promotion in product.promotions if promotion.text]


def _sentence_case(text: str) -> str:
    """Catalog phrases are often written to follow a colon ("a free sleeve…"); on a card each
    item stands alone, so it starts with a capital (Chinese is unaffected)."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _stock_text(product: Product, lang: str) -> str | None:
    if product.stock is None:
        return None
    if product.stock <= 0:
        return "已售罄" if lang == "zh" else "Sold out"
    if product.stock <= 50:
        return f"仅剩 {product.stock} 件" if lang == "zh" else f"Only {product.stock} left"
    return None


def _countdown_text(product: Product, now: datetime, lang: str) -> str | None:
    ends = [p.end for p in product.promotions if p.end and p.is_active(now)]
    if not ends:
        return None
    left = int((min(ends) - now).total_seconds())
    if left <= 0:
        return None
    if left >= 24 * 3600:
        end = min(ends)
        return (
            f"活动截止 {end.month}月{end.day}日 {end:%H:%M}"
            if lang == "zh"
            else f"Deal ends {end:%b %d, %H:%M}"
        )
    hours, rest = divmod(left, 3600)
    clock = f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
    return f"距结束 {clock}" if lang == "zh" else f"Ends in {clock}"


def _countdown_strip(
    layout: Layout, product: Product, now: datetime, lang: str, row: int
) -> tuple[np.ndarray, tuple[int, int]] | None:
    text = _countdown_text(product, now, lang)
    if text is None:
        return None
    return _countdown_image(layout, text, row)


@lru_cache(maxsize=8)
def _countdown_image(layout: Layout, text: str, row: int) -> tuple[np.ndarray, tuple[int, int]]:
    from PIL import Image, ImageDraw

    u = layout.unit
    x, _, w, _ = layout.card
    pad = int(24 * u)
    size = (w - 2 * pad, int(40 * u))
    image = Image.new("RGB", size, (250, 248, 252))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=int(8 * u), fill=_RED)
    draw.text((size[0] / 2, size[1] / 2), text, font=font(int(24 * u), "Bold"), fill=_WHITE, anchor="mm")
    return np.asarray(image).copy(), (x + pad, row)


@lru_cache(maxsize=16)
def _caption_image(
    layout: Layout, text: str
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray], tuple[int, int]]:
    """(RGB, (frame weight, caption weight), position) of a caption bar: a dark translucent band
    with centred text; the weights are what cv2.blendLinear takes."""
    from PIL import Image, ImageDraw

    u = layout.unit
    x, y, w, h = layout.caption
    size = int(34 * u)
    face = font(size, "Medium")
    lines = wrap(text, face, w - 48 * u, max_lines=2)
    line_h = int(size * 1.35)
    band_h = min(h, int(line_h * len(lines) + 24 * u))
    top = y + h - band_h
    image = Image.new("RGBA", (w, band_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, w - 1, band_h - 1), radius=int(14 * u), fill=(10, 10, 20, 170))
    for i, line in enumerate(lines):
        draw.text(
            (w / 2, 12 * u + line_h * (i + 0.5)), line, font=face, fill=(255, 255, 255, 255), anchor="mm"
        )
    rgba = np.asarray(image)
    alpha = rgba[..., 3].astype(np.float32) / 255.0
    return rgba[..., :3].copy(), (1.0 - alpha, alpha), (x, top)


def _label_image(
    layout: Layout, label: AiLabel, lang: str
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray], tuple[int, int]]:
    """The visible AI-generated label: white words on a dark translucent tag, in its corner (a
    bottom one sits above the captions, the top right one below the LIVE badge)."""
    from PIL import Image, ImageDraw

    u = layout.unit * label.scale
    text = TEXT.get(lang, TEXT["en"])
    face = font(max(10, int(20 * u)), "Bold")
    w, h = int(face.getlength(text) + 24 * u), int(34 * u)
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=int(8 * u), fill=(10, 10, 20, 175))
    draw.text((w / 2, h / 2), text, font=face, fill=(255, 255, 255, 255), anchor="mm")
    margin = int(12 * layout.unit)
    vertical, horizontal = label.position.split("-")
    x = margin if horizontal == "left" else layout.width - w - margin
    if vertical == "top":
        y = margin if horizontal == "left" else int(54 * layout.unit)  # below the LIVE badge
    else:
        y = layout.caption[1] - h - margin
    rgba = np.asarray(image)
    alpha = rgba[..., 3].astype(np.float32) / 255.0
    return rgba[..., :3].copy(), (1.0 - alpha, alpha), (x, y)


def _lawful(product: Product, wording: Callable[[str], str | None] | None) -> Product:
    """The product with its selling points and promotion texts as they may be shown."""
    if wording is None:
        return product
    points = tuple(p for p in (wording(point) for point in product.selling_points) if p)
    promotions = tuple(replace(promo, text=wording(promo.text) or "") for promo in product.promotions)
    return replace(product, selling_points=points, promotions=tuple(p for p in promotions if p.text))


@lru_cache(maxsize=8)
def _question_image(
    layout: Layout, question: str, lang: str, caption_top: int
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray], tuple[int, int]]:
    """A small bubble with the viewer's question ("观众问：…"), left-aligned above the caption."""
    from PIL import Image, ImageDraw

    u = layout.unit
    x, _, w, _ = layout.caption
    size = int(26 * u)
    face = font(size, "Medium")
    label = ("观众问：" if lang == "zh" else "Viewer asks: ") + question
    (text,) = wrap(label, face, int(w * 0.7) - 32 * u, max_lines=1)
    text_w = int(face.getlength(text))
    bubble_w, bubble_h = text_w + int(32 * u), int(size * 1.6)
    image = Image.new("RGBA", (bubble_w, bubble_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, bubble_w - 1, bubble_h - 1), radius=int(12 * u), fill=(255, 214, 90, 225))
    draw.text((16 * u, bubble_h / 2), text, font=face, fill=(40, 30, 10, 255), anchor="lm")
    rgba = np.asarray(image)
    alpha = rgba[..., 3].astype(np.float32) / 255.0
    return (
        rgba[..., :3].copy(),
        (1.0 - alpha, alpha),
        (x + int(12 * u), max(0, caption_top - bubble_h - int(8 * u))),
    )


def _blend(
    frame: np.ndarray, rgb: np.ndarray, weights: tuple[np.ndarray, np.ndarray], at: tuple[int, int]
) -> None:
    import cv2

    x, y = at
    region = frame[y : y + rgb.shape[0], x : x + rgb.shape[1]]
    region[:] = cv2.blendLinear(region, rgb, weights[0], weights[1])
