"""`python -m vhost.gui.i18n`: refresh vhost_zh_CN.ts with every string to translate."""

from vhost.gui.i18n import refresh

refresh()
