"""The Settings screen: the show's language and chat source; its outputs (virtual camera, sound,
recording), each with "Test this output" and "How to set this up"; and the Stream page (RTMP to
a platform). Applied at the next Go Live. The catalog is not chosen here: the Catalog screen
imports it and the app keeps it (a catalog file named by an older settings file is still read
at start, when the app keeps none yet).

Saving never claims what did not happen: when the RTMP URL (or the LLM key) could not be kept,
the screen and the window's status bar say so, and where it was kept when it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vhost.chat.llm import store_api_key
from vhost.chat.sources.bridge_token import bridge_token, rotate_token
from vhost.errors import VHostError
from vhost.gui import dialogs
from vhost.gui.output_setup import SetupGuide
from vhost.gui.output_tests import OutputChoices, OutputTests
from vhost.gui.prefs import GuiPrefs
from vhost.gui.stream_page import StreamPage, UrlProblem
from vhost.gui.work import ProgressStrip


class SettingsPanel(QWidget):
    """The show's language, chat source and outputs (applied at the next Go Live)."""

    saved = Signal()

    def __init__(self, prefs: GuiPrefs, parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        """`data_dir`: where a stream key may be kept in a private file when there is no system
        keyring (the settings' data folder by default)."""
        super().__init__(parent)
        self.prefs = prefs
        self.ui = QComboBox()
        self.ui.addItem("中文", "zh")
        self.ui.addItem("English", "en")
        self.ui.setCurrentIndex(max(0, self.ui.findData(prefs.ui)))
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(prefs.lang)))
        self.chat = QLineEdit(prefs.chat)
        self.chat.setPlaceholderText(
            self.tr(
                "No chat; e.g. bridge:8765 (the browser bridge for Douyin, Kuaishou, Taobao, WeChat),"
                " youtube:VIDEO_ID, twitch:#channel, bilibili:ROOMID, replay:comments.jsonl"
            )
        )
        # The browser bridge's token (docs/bridge.md): pasted once into the userscript.
        self._data_dir = data_dir
        self.bridge_token = QLineEdit()
        self.bridge_token.setReadOnly(True)
        self.bridge_token.setToolTip(
            self.tr(
                "vhost's browser bridge (and any bot) hands in chat with --chat bridge:PORT only with"
                " this token; paste it into the bridge's “Set token” menu. No web page can send"
                " chat without it."
            )
        )
        self.copy_token = QPushButton(self.tr("Copy"))
        self.copy_token.clicked.connect(self._copy_token)
        self.new_token = QPushButton(self.tr("New token"))
        self.new_token.clicked.connect(self._rotate_token)
        self._show_token(None)
        self.camera = QComboBox()
        self.audio = QComboBox()
        cameras, sounds = _devices()
        for box, current, found in ((self.camera, prefs.camera, cameras), (self.audio, prefs.audio, sounds)):
            box.addItem(self.tr("when there is one"), "auto")
            box.addItem(self.tr("off"), "none")
            for name in found:
                box.addItem(name, name)
            if box.findData(current) < 0:  # chosen before, not here now: kept, and shown
                box.addItem(self.tr("{0} (not found now)").format(current), current)
            box.setCurrentIndex(max(0, box.findData(current)))
        self.models_dir = QLineEdit(prefs.models_dir)
        self.models_dir.setPlaceholderText(self.tr("The default folder in the data folder"))
        self.record = QLineEdit(prefs.record)
        self.record.setPlaceholderText(self.tr("No recording; e.g. show.mp4"))
        self.stream = StreamPage(data_dir)
        # The stream key field. A whole rtmp:// address pasted there is taken as it is, so
        # `rtmp` (its older name) still takes a full URL.
        self.rtmp = self.stream.key
        self.llm_endpoint = QLineEdit(prefs.llm_endpoint)
        self.llm_endpoint.setPlaceholderText(self.tr("None; e.g. http://localhost:11434/v1"))
        self.llm_model = QLineEdit(prefs.llm_model)
        self.llm_key = QLineEdit()
        self.llm_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.llm_key.setPlaceholderText(self.tr("Kept in the system keyring; empty: unchanged"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.approve = QCheckBox(self.tr("Approve chat answers before they are spoken"))
        self.approve.setChecked(prefs.approve)
        # The AI-generated disclosure (China's labelling rules; platforms check digital-human rooms).
        self.ai_label = QComboBox()
        for position, name in (
            ("top-left", self.tr("top left")),
            ("top-right", self.tr("top right")),
            ("bottom-left", self.tr("bottom left")),
            ("bottom-right", self.tr("bottom right")),
            ("off", self.tr("off (not recommended)")),
        ):
            self.ai_label.addItem(name, position)
        self.ai_label.setCurrentIndex(max(0, self.ai_label.findData(prefs.ai_label)))
        self._label_shown = self.ai_label.currentData()
        self.ai_label.activated.connect(self._label_chosen)
        self.disclose_every = QSpinBox()
        self.disclose_every.setRange(0, 240)
        self.disclose_every.setSingleStep(5)
        self.disclose_every.setSuffix(self.tr(" min"))
        self.disclose_every.setSpecialValueText(self.tr("at the start only"))
        self.disclose_every.setValue(prefs.disclose_every)
        save = self.save_button = QPushButton(self.tr("Save"))
        save.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        save.clicked.connect(self._save)

        # The outputs' tests: one at a time, off the GUI thread, with progress and Cancel.
        self.progress = ProgressStrip()
        self.tests = OutputTests(self._choices, self.progress, self)
        self.tests.started.connect(self._test_started)
        self.tests.ended.connect(self._test_ended)
        self.test_buttons: dict[str, QPushButton] = {"rtmp": self.stream.test_button}
        self.results: dict[str, QLabel] = {"rtmp": self.stream.result}
        self.stream.test_button.clicked.connect(lambda: self.test("rtmp"))
        self.stream.guide_button.clicked.connect(lambda: self.show_guide("rtmp"))
        self.stream.told.connect(self._told)
        self._key_placeholder()
        self.stream.kept.connect(self._key_placeholder)

        show = QWidget()
        form = QFormLayout(show)
        form.addRow(self.tr("App language (after a restart)"), self.ui)
        form.addRow(self.tr("Show language"), self.lang)
        form.addRow(self.tr("Chat source"), self.chat)
        token_row = QHBoxLayout()
        token_row.addWidget(self.bridge_token, 1)
        token_row.addWidget(self.copy_token)
        token_row.addWidget(self.new_token)
        form.addRow(self.tr("Browser bridge token"), token_row)
        form.addRow(self.tr("Models folder"), self._with_browse(self.models_dir, self._choose_models))
        form.addRow(self.tr("LLM endpoint (rewords answers)"), self.llm_endpoint)
        form.addRow(self.tr("LLM model"), self.llm_model)
        form.addRow(self.tr("LLM API key"), self.llm_key)
        form.addRow("", self.approve)
        form.addRow(self.tr("“AI-generated” label on the picture"), self.ai_label)
        form.addRow(self.tr("Say it is AI-generated every"), self.disclose_every)

        outputs = QWidget()
        rows = QFormLayout(outputs)
        intro = QLabel(
            self.tr(
                "Each output is optional. Press “How to set this up” for what to install on this"
                " computer, and “Test this output” to try it before going live."
            )
        )
        intro.setWordWrap(True)
        rows.addRow(intro)
        record_row = self._with_browse(self.record, self._choose_recording)
        for output, title, field in (
            ("camera", self.tr("Virtual camera"), self.camera),
            ("audio", self.tr("Sound output"), self.audio),
            ("recording", self.tr("Record to"), record_row),
        ):
            rows.addRow(title, self._output_row(output, field))
            rows.addRow("", self.results[output])

        self.pages = QTabWidget()
        self.pages.addTab(show, self.tr("Show"))
        self.pages.addTab(outputs, self.tr("Camera, sound and recording"))
        self.pages.addTab(self.stream, self.tr("Stream (RTMP)"))
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addLayout(save_row)
        layout.addWidget(self.problem)

    # ---- the browser bridge's token ----------------------------------------------------------
    def _token_folder(self) -> Path:
        if self._data_dir is not None:
            return self._data_dir
        from vhost.config import load_settings

        return load_settings().data_dir

    def _show_token(self, token: str | None) -> None:
        try:
            self.bridge_token.setText(token or bridge_token(self._token_folder()))
        except VHostError as exc:
            self.bridge_token.setText("")
            self.problem.setText(str(exc))

    def _copy_token(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(self.bridge_token.text())
        self._tell(self.tr("The bridge token is copied; paste it into the browser bridge."))

    def _rotate_token(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Make a new bridge token?"),
            self.tr("Browser bridges with the old token stop handing in chat until you paste the new one."),
            self.tr("Make a new token"),
            self.tr("Keep this one"),
        ):
            return
        try:
            self._show_token(rotate_token(self._token_folder()))
        except VHostError as exc:
            self.problem.setText(str(exc))
            return
        self._tell(self.tr("A new bridge token is made; paste it into the browser bridge."))

    def _label_chosen(self) -> None:
        """Switching the visible label off takes a warning first (the rules and the platforms
        ask for it); any other place is simply taken."""
        if self.ai_label.currentData() == "off" and self._label_shown != "off":
            if not dialogs.confirm(
                self,
                self.tr("Switch the AI label off?"),
                self.tr(
                    "China's rules on AI-generated content (in force since 1 September 2025) ask for a"
                    " visible label on a digital-human stream, and platforms check for it. Without it"
                    " the room may be limited or closed. Switch it off anyway?"
                ),
                self.tr("Switch it off"),
                self.tr("Keep the label"),
            ):
                self.ai_label.setCurrentIndex(self.ai_label.findData(self._label_shown))
                return
        self._label_shown = self.ai_label.currentData()

    def _with_browse(self, field: QLineEdit, choose: Callable[[], None]) -> QHBoxLayout:
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(choose)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _output_row(self, output: str, field: QWidget | QHBoxLayout) -> QHBoxLayout:
        row = QHBoxLayout()
        if isinstance(field, QHBoxLayout):
            row.addLayout(field, 1)
        else:
            row.addWidget(field, 1)
        test = self.test_buttons[output] = QPushButton(self.tr("Test this output"))
        test.clicked.connect(lambda: self.test(output))
        guide = QPushButton(self.tr("How to set this up"))
        guide.clicked.connect(lambda: self.show_guide(output))
        row.addWidget(test)
        row.addWidget(guide)
        result = self.results[output] = QLabel()
        result.setWordWrap(True)
        return row

    def _choose_recording(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Record the show to"), "show.mp4", "MP4 (*.mp4)")
        if path:
            self.record.setText(path)

    def _choose_models(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Where model files are kept"))
        if path:
            self.models_dir.setText(path)

    # ---- set-up guides and tests ----------------------------------------------------------------
    def show_guide(self, output: str) -> SetupGuide:
        guide = SetupGuide(output, self, self.tests)
        guide.finished.connect(guide.deleteLater)
        guide.open()
        return guide

    def test(self, output: str) -> None:
        self.tests.run(output)

    def _choices(self) -> OutputChoices:
        """The outputs as the screen shows them now (saved or not)."""
        url, problem = None, ""
        try:
            url = self.stream.typed_url()
        except UrlProblem as exc:
            problem = self.stream.problem_text(exc)
        if url is None and not problem:
            from vhost.gui.secrets import rtmp_url

            url = rtmp_url(self.stream.folder)
        return OutputChoices(
            camera=self.camera.currentData(),
            audio=self.audio.currentData(),
            record=self.record.text().strip(),
            rtmp=url,
            rtmp_problem=problem,
        )

    def _test_started(self, output: str) -> None:
        for button in self.test_buttons.values():
            button.setEnabled(False)
        self.results[output].setStyleSheet("")
        self.results[output].setText(self.tr("Testing…"))

    def _test_ended(self, output: str, worked: bool, sentence: str) -> None:
        for button in self.test_buttons.values():
            button.setEnabled(True)
        label = self.results.get(output)
        if label is not None:
            label.setStyleSheet("color: #2e7d32;" if worked else "color: #c0392b;")
            label.setText(sentence)

    # ---- saving ------------------------------------------------------------------------------------
    def unsaved(self) -> bool:
        """True when a field differs from the saved settings, or an RTMP stream key or an LLM
        API key was typed (or an RTMP URL waits for a place to be kept) but not saved."""
        p = self.prefs
        shown = (
            self.ui.currentData(),
            self.lang.currentData(),
            self.chat.text().strip(),
            self.camera.currentData(),
            self.audio.currentData(),
            self.record.text().strip(),
            self.models_dir.text().strip(),
            self.approve.isChecked(),
            self.llm_endpoint.text().strip(),
            self.llm_model.text().strip(),
            self.ai_label.currentData(),
            self.disclose_every.value(),
        )
        kept = (
            p.ui,
            p.lang,
            p.chat,
            p.camera,
            p.audio,
            p.record,
            p.models_dir,
            p.approve,
            p.llm_endpoint,
            p.llm_model,
            p.ai_label,
            p.disclose_every,
        )
        return shown != kept or bool(self.llm_key.text().strip()) or self.stream.unsaved()

    def _save(self) -> None:
        self.prefs.ui = self.ui.currentData()
        self.prefs.lang = self.lang.currentData()
        self.prefs.chat = self.chat.text().strip()
        self.prefs.camera = self.camera.currentData()
        self.prefs.audio = self.audio.currentData()
        self.prefs.record = self.record.text().strip()
        self.prefs.models_dir = self.models_dir.text().strip()
        self.prefs.approve = self.approve.isChecked()
        self.prefs.llm_endpoint = self.llm_endpoint.text().strip()
        self.prefs.llm_model = self.llm_model.text().strip()
        self.prefs.ai_label = self.ai_label.currentData()
        self.prefs.disclose_every = self.disclose_every.value()
        problems, kept, not_kept = [], [], []
        try:
            url = self.stream.typed_url()
        except UrlProblem as exc:
            problems.append(self.stream.problem_text(exc))
            not_kept.append(self.tr("the RTMP URL"))
        else:
            if url is not None:
                where = self.stream.keep(url)
                if where is None:  # no keyring: the Stream page asks where to keep it
                    problems.append(
                        self.tr(
                            "This computer has no system keyring, so the RTMP URL is not kept yet:"
                            " choose on the Stream page whether to keep it for this session only or in"
                            " a private file."
                        )
                    )
                    not_kept.append(self.tr("the RTMP URL"))
                else:
                    kept.append(where)
        if self.llm_key.text().strip() and self.prefs.llm_endpoint:
            try:
                store_api_key(self.prefs.llm_endpoint, self.llm_key.text().strip())
            except VHostError:
                problems.append(
                    self.tr(
                        "This computer has no system keyring, so the LLM API key was not kept; set"
                        " VHOST_LLM_KEY before starting vhost instead."
                    )
                )
                not_kept.append(self.tr("the LLM API key"))
            else:
                self.llm_key.clear()
                kept.append(self.tr("The LLM API key is kept in the system keyring."))
        self.problem.setText(" ".join(problems))
        if not_kept and self.stream.unsaved():
            self.pages.setCurrentWidget(self.stream)
        self.saved.emit()  # the window writes the settings file (and says it did)
        if not_kept:
            message = self.tr("Not kept: {0} (see the Settings screen). The other settings are kept.").format(
                self.tr(" and ").join(not_kept)
            )
        else:
            message = " ".join([self.tr("Settings saved; they apply the next time you go live."), *kept])
        self._tell(message)

    def _told(self, message: str, problem: bool) -> None:
        """A sentence from the Stream page (where the URL went, or why it did not)."""
        self.problem.setText(message if problem else "")
        if not problem:
            self.saved.emit()  # the window follows (its lights show where the show will go)
        self._tell(message)

    def _tell(self, message: str) -> None:
        """On this screen and in the window's status bar, over whatever it said before."""
        self.status.setText(message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message)

    def _key_placeholder(self) -> None:
        from vhost.gui.secrets import rtmp_place

        self.stream.key.setPlaceholderText(
            self.tr("Kept; paste a new key to change it")
            if rtmp_place(self.stream.folder)
            else self.tr("Paste the stream key here")
        )


def _devices() -> tuple[list[str], list[str]]:
    """The virtual cameras and sound outputs on this machine (as `vhost devices` lists them)."""
    from vhost.outputs.audio import output_devices
    from vhost.outputs.camera import camera_status

    camera = camera_status()
    try:
        sounds = [str(device["name"]) for device in output_devices()]
    except VHostError:  # no PortAudio here: auto and off still work
        sounds = []
    return ([str(camera["device"])] if camera.get("available") else []), sounds
