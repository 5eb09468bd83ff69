"""The catalog's fields as a report names them, in the app's language ("price" → "价格")."""

from __future__ import annotations

from vhost.messages import QT_TRANSLATE_NOOP, Message

# A field as a problem names it (the catalog's own field names, in the app's language).
FIELD_NAMES = {
    "product": QT_TRANSLATE_NOOP("vhost", "product"),
    "id": QT_TRANSLATE_NOOP("vhost", "id"),
    "title": QT_TRANSLATE_NOOP("vhost", "title"),
    "description": QT_TRANSLATE_NOOP("vhost", "description"),
    "shipping": QT_TRANSLATE_NOOP("vhost", "shipping"),
    "price": QT_TRANSLATE_NOOP("vhost", "price"),
    "currency": QT_TRANSLATE_NOOP("vhost", "currency"),
    "lang": QT_TRANSLATE_NOOP("vhost", "lang"),
    "original_price": QT_TRANSLATE_NOOP("vhost", "original_price"),
    "stock": QT_TRANSLATE_NOOP("vhost", "stock"),
    "selling_points": QT_TRANSLATE_NOOP("vhost", "selling_points"),
    "specs": QT_TRANSLATE_NOOP("vhost", "specs"),
    "faq": QT_TRANSLATE_NOOP("vhost", "faq"),
    "promotion": QT_TRANSLATE_NOOP("vhost", "promotion"),
    "promotion_price": QT_TRANSLATE_NOOP("vhost", "promotion_price"),
    "promotion_start": QT_TRANSLATE_NOOP("vhost", "promotion_start"),
    "promotion_end": QT_TRANSLATE_NOOP("vhost", "promotion_end"),
    "images": QT_TRANSLATE_NOOP("vhost", "images"),
    "sku": QT_TRANSLATE_NOOP("vhost", "sku"),
    "variants": QT_TRANSLATE_NOOP("vhost", "variants"),
    "group": QT_TRANSLATE_NOOP("vhost", "parent"),
    "i18n": QT_TRANSLATE_NOOP("vhost", "i18n"),
}


def field_name(name: str) -> str:
    """A catalog field as the user reads it (a Message; an unknown field as it is)."""
    return Message(FIELD_NAMES[name]) if name in FIELD_NAMES else name
