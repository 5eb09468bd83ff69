"""The Settings screen's Stream page: stream to a platform over RTMP without typing a whole URL.

Choosing a platform fills in its server (when it has a fixed public one) and says where its
console shows the server and the key; the merchant pastes the key in a password field. The URL
is the server, "/" and the key, checked with check_url. It is kept by vhost.gui.secrets: in the
system keyring, or, where there is none, where the merchant chooses (this session only, or a
private file, with a warning). The key never shows on a screen or in a log.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vhost.errors import BackendError
from vhost.gui.output_guides import PLATFORMS, SetupTexts, system_name
from vhost.gui.secrets import FILE, KEYRING, SESSION, rtmp_file, rtmp_place, rtmp_url, store_rtmp_url
from vhost.outputs.rtmp import check_url, safe_url

# The public ingest servers of platforms that have one (the others give each account its own:
# their consoles show it). Checked against each platform's own documentation.
SERVERS = {
    "bilibili": "rtmp://live-push.bilivideo.com/live-bvc/",
    "youtube": "rtmp://a.rtmp.youtube.com/live2/",
    "twitch": "rtmp://live.twitch.tv/app/",
}


class UrlProblem(ValueError):
    """Why a server and a key make no RTMP URL: kind is no-key, no-server, spaces or not-rtmp."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def compose_url(server: str, key: str) -> str:
    """The RTMP URL: the server, "/" and the key, checked with check_url. A key that is a whole
    address (some consoles give one) is taken as it is. UrlProblem when they make none; the
    message never holds the key."""
    server, key = server.strip(), key.strip()
    if "://" in key:
        url = key
    elif not key:
        raise UrlProblem("no-key")
    elif not server:
        raise UrlProblem("no-server")
    elif any(character.isspace() for character in key):
        raise UrlProblem("spaces")
    else:
        url = server.rstrip("/") + "/" + key
    try:
        return check_url(url)
    except BackendError:  # its message quotes the URL, key and all: say it without it
        raise UrlProblem("not-rtmp") from None


def split_url(url: str) -> tuple[str, str]:
    """(the server, ending in "/"; the stream key) of a kept URL."""
    server, _, key = url.rpartition("/")
    return server + "/", key


def platform_of(server: str) -> str:
    """The platform whose fixed server this is; custom for any other."""
    wanted = server.strip().rstrip("/")
    return next((name for name, known in SERVERS.items() if known.rstrip("/") == wanted), "custom")


class StreamPage(QWidget):
    """Platform, server and stream key; where the URL is kept; Test and How to set this up; and,
    when there is no keyring, the choice of where to keep it."""

    told = Signal(str, bool)  # a sentence for the Settings screen, whether it is a problem
    kept = Signal()  # the URL was kept (or forgotten) somewhere: the screen shows where

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.texts = SetupTexts(self)
        self.platform = QComboBox()
        for name in PLATFORMS:
            self.platform.addItem(self.texts.platform_name(name), name)
        self.where_to_find = QLabel()
        self.where_to_find.setWordWrap(True)
        self.where_to_find.setStyleSheet("color: #555;")
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("rtmp://… from your platform's streaming settings"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)  # the key never shows on screen
        self.where_kept = QLabel()
        self.where_kept.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test this output"))
        self.guide_button = QPushButton(self.tr("How to set this up"))
        self.forget_button = QPushButton(self.tr("Forget the stream key"))
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.guide_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)

        # Without a keyring: where to keep it (hidden until needed).
        self.choice = QWidget()
        self.choice_text = QLabel(
            self.tr(
                "This computer has no system keyring to keep the stream key in. Choose where to keep"
                " it instead:"
            )
        )
        self.choice_text.setWordWrap(True)
        self.session_button = QPushButton(self.tr("Keep it for this session only"))
        self.session_button.setToolTip(
            self.tr("Nothing is written to disk; vhost forgets it when it closes.")
        )
        self.file_button = QPushButton(self.tr("Keep it in a private file"))
        self.warning = QLabel(
            self.tr(
                "The private file is {0}. Only your user account may read it, but anyone who can use"
                " this account (or an administrator) can read the stream key in it."
            ).format(self._file())
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a04000;")
        self.session_button.clicked.connect(self.keep_for_session)
        self.file_button.clicked.connect(self.keep_in_file)
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(self.session_button)
        choice_buttons.addWidget(self.file_button)
        choice_buttons.addStretch(1)
        choice_layout = QVBoxLayout(self.choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.choice_text)
        choice_layout.addLayout(choice_buttons)
        choice_layout.addWidget(self.warning)
        self.choice.hide()
        self.pending: str | None = None  # a URL waiting for the merchant to choose where it goes

        form = QFormLayout(self)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow("", self.where_to_find)
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Stream key"), self.key)
        form.addRow(self.tr("Now"), self.where_kept)
        form.addRow("", buttons)
        form.addRow("", self.result)
        form.addRow("", self.choice)

        kept = rtmp_url(folder)
        server = split_url(kept)[0] if kept else ""
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(platform_of(server) if kept else "custom"))
        )
        self.server.setText(server)
        self._saved_server = server
        self._platform_chosen()
        self.platform.currentIndexChanged.connect(self._platform_chosen)
        self._show_where()

    # ---- what Settings asks -----------------------------------------------------------------
    def typed_url(self) -> str | None:
        """The URL to keep now, or None when nothing new was typed. UrlProblem when the fields
        make none. A new server with the key left empty keeps the kept key with it."""
        key = self.key.text().strip()
        server = self.server.text().strip()
        if not key and server == self._saved_server.strip():
            return None
        kept = rtmp_url(self.folder)
        if not key and kept:
            return compose_url(server, split_url(kept)[1])
        return compose_url(server, key)

    def problem_text(self, problem: UrlProblem) -> str:
        return {
            "no-key": self.tr("Paste the stream key too: the server address alone cannot stream."),
            "no-server": self.tr(
                "Choose your platform or paste the server address (rtmp://…) before the stream key."
            ),
            "spaces": self.tr("The stream key has spaces in it; copy it again from your platform's console."),
            "not-rtmp": self.tr(
                "That is not an RTMP address: it starts with rtmp:// or rtmps://, like"
                " rtmp://live.example.com/app/STREAM-KEY (copy it from your platform's streaming"
                " settings)."
            ),
        }[problem.kind]

    def unsaved(self) -> bool:
        """A key typed, a server changed, or a URL still waiting for a place to be kept."""
        return (
            bool(self.key.text().strip())
            or self.server.text().strip() != self._saved_server.strip()
            or self.pending is not None
        )

    def keep(self, url: str) -> str | None:
        """Keep `url` in the system keyring; without one, ask where (the URL waits). Returns a
        sentence saying where it was kept, or None when it waits."""
        try:
            store_rtmp_url(url, KEYRING, self.folder)
        except Exception:  # no keyring here (ConfigError), or one that fails in its own way
            self.pending = url
            self.choice.show()
            return None
        return self._kept(url)

    def keep_for_session(self) -> None:
        if self.pending is not None:
            store_rtmp_url(self.pending, SESSION, self.folder)
            self.told.emit(self._kept(self.pending), False)

    def keep_in_file(self) -> None:
        if self.pending is None:
            return
        try:
            store_rtmp_url(self.pending, FILE, self.folder)
        except OSError as exc:
            self.told.emit(
                self.tr("The stream key could not be written to {0} ({1}); it was not kept.").format(
                    self._file(), exc.strerror or exc
                ),
                True,
            )
            return
        self.told.emit(self._kept(self.pending), False)

    def forget(self) -> None:
        store_rtmp_url(None, folder=self.folder)
        self.key.clear()
        self.pending = None
        self.choice.hide()
        self._show_where()
        self.kept.emit()
        self.told.emit(self.tr("The stream key is forgotten: the show does not stream to a platform."), False)

    def place_text(self) -> str:
        """Where the URL is kept now, in one sentence (the key hidden)."""
        place = rtmp_place(self.folder)
        url = rtmp_url(self.folder) or ""
        if place == KEYRING:
            return self.tr("{0}, in {1}.").format(safe_url(url), self._keyring_name())
        if place == SESSION:
            return self.tr("{0}, for this session only: vhost forgets it when it closes.").format(
                safe_url(url)
            )
        if place == FILE:
            return self.tr("{0}, in the private file {1}.").format(safe_url(url), self._file())
        return self.tr("Nothing yet: the show does not stream to a platform.")

    # ---- inside ------------------------------------------------------------------------------
    def _kept(self, url: str) -> str:
        self.pending = None
        self.choice.hide()
        self.key.clear()
        server = split_url(url)[0] if "://" in url else ""
        self.server.setText(server)
        self.platform.blockSignals(True)
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform_of(server))))
        self.platform.blockSignals(False)
        self._show_help()
        self._saved_server = server
        self._show_where()
        self.kept.emit()
        place = rtmp_place(self.folder)
        if place == SESSION:
            return self.tr("The RTMP URL is kept for this session only; vhost forgets it when it closes.")
        if place == FILE:
            return self.tr(
                "The RTMP URL is kept in the private file {0}; anyone who can use this account can read it."
            ).format(self._file())
        return self.tr("The RTMP URL is kept in {0}.").format(self._keyring_name())

    def _platform_chosen(self) -> None:
        name = self.platform.currentData()
        if name in SERVERS:
            self.server.setText(SERVERS[name])
        elif self.server.text().strip() and platform_of(self.server.text()) != "custom":
            self.server.clear()  # another platform's server: this one's comes from its console
        self._show_help()

    def _show_help(self) -> None:
        help_text = self.texts.platform_help(self.platform.currentData())
        self.where_to_find.setText(help_text[:1].upper() + help_text[1:])  # a hint starts a sentence

    def _show_where(self) -> None:
        self.where_kept.setText(self.place_text())
        self.forget_button.setEnabled(rtmp_place(self.folder) is not None)

    def _keyring_name(self) -> str:
        return {
            "windows": self.tr("Windows Credential Manager"),
            "macos": self.tr("the macOS Keychain"),
            "linux": self.tr("the system keyring (GNOME Keyring or KWallet)"),
        }[system_name(sys.platform)]

    def _file(self) -> Path:
        try:
            return rtmp_file(self.folder)
        except Exception:  # the settings cannot be read: the folder is named when it is used
            return Path("rtmp-url.secret")
