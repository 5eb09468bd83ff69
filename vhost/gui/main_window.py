"""The main window: the Live screen, the chat console and the settings, over one live session."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QTabWidget,
    QWidget,
)

from vhost.chat.llm import store_api_key
from vhost.chat.loop import ChatDecided
from vhost.domain import Catalog, Segment
from vhost.engine.events import Event, LineStarted, Metrics, Problem
from vhost.engine.plan import ShowPlan
from vhost.errors import VHostError
from vhost.gui.analytics_panel import AnalyticsPanel
from vhost.gui.bridge import EngineBridge
from vhost.gui.catalog_panel import CatalogPanel
from vhost.gui.chat_panel import ChatPanel
from vhost.gui.live_panel import LivePanel
from vhost.gui.prefs import LINES_FILE, PLAN_FILE, GuiPrefs
from vhost.gui.schedule_panel import Estimate, SchedulePanel
from vhost.gui.script_panel import ScriptPanel
from vhost.gui.secrets import rtmp_url, store_rtmp_url
from vhost.gui.session import LiveSession
from vhost.outputs.rtmp import check_url
from vhost.show.live_show import LiveShow

# (the app's choices, the catalog as edited) → a session not yet started.
SessionFactory = Callable[[GuiPrefs, Catalog | None], LiveSession]


class MainWindow(QMainWindow):
    def __init__(
        self,
        make_session: SessionFactory,
        prefs: GuiPrefs,
        prefs_path: Path,
        script: ScriptPanel | None = None,
        estimate: Estimate | None = None,
        presenter: QWidget | None = None,
    ) -> None:
        """`script`: the Script screen (it needs the voice and the law filter the app chose);
        `estimate`: how long a presentation takes, for the Schedule screen; `presenter`: the
        face and voice screen."""
        super().__init__()
        self.make_session, self.prefs, self.prefs_path = make_session, prefs, prefs_path
        self.bridge: EngineBridge | None = None
        self.setWindowTitle(self.tr("vhost — virtual live host"))
        self.resize(*window_size(prefs.window, self.screen().availableGeometry().size().toTuple()))
        self.live = LivePanel()
        self.catalog = CatalogPanel()
        self.chat = ChatPanel()
        self.settings = SettingsPanel(prefs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.live, self.tr("Live"))
        self.tabs.addTab(self.catalog, self.tr("Catalog"))
        self.script = script
        if script is not None:
            self.tabs.addTab(script, self.tr("Script"))
            script.on_air.connect(self._own_lines_chosen)
        self.schedule = SchedulePanel(estimate)
        self.tabs.addTab(self.schedule, self.tr("Schedule"))
        self.presenter = presenter
        if presenter is not None:
            self.tabs.addTab(presenter, self.tr("Presenter"))
            presenter.changed.connect(lambda: self.prefs.save(self.prefs_path))
        self.tabs.addTab(self.chat, self.tr("Chat"))
        self.analytics = AnalyticsPanel(self.chat.intent_text)
        self.tabs.addTab(self.analytics, self.tr("Analytics"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.addTab(self.settings, self.tr("Settings"))
        self.setCentralWidget(self.tabs)
        self.live.go_live.connect(self.go_live)
        self.live.pause.connect(self._pause)
        self.live.stop.connect(lambda: self.stop(wait=False))
        self.chat.approve.connect(self._approve)
        self.chat.reject.connect(self._reject)
        self.chat.say_now.connect(self._say_now)
        self.chat.block.connect(self._block)
        self.chat.approve_box.setChecked(prefs.approve)
        self.chat.approve_mode.connect(self._approve_mode)
        self.settings.saved.connect(self._save_prefs)
        self.catalog.changed.connect(self._catalog_changed)
        self.schedule.plan_changed.connect(self._plan_changed)
        self.plan_path = prefs_path.parent / PLAN_FILE
        self.lines_path = prefs_path.parent / LINES_FILE
        self.own_lines = self._saved_lines()  # product id → the operator's segments for the show
        self.schedule.set_show(None, self._saved_plan(), prefs.lang)
        self._load_catalog()
        self._add_shortcuts()
        self.statusBar().showMessage(self.tr("Ready."))

    def _add_shortcuts(self) -> None:
        """From any screen: F5 goes live, Space pauses or resumes (a text field still takes its
        spaces), Ctrl+S saves the settings, Ctrl+Q closes the app."""

        def press(button: QPushButton) -> None:
            if button.isEnabled():
                button.click()

        for keys, action in (
            ("F5", lambda: press(self.live.go_button)),
            ("Space", lambda: press(self.live.pause_button)),
            ("Ctrl+S", self.settings.save_button.click),
            ("Ctrl+Q", self.close),
        ):
            QShortcut(QKeySequence(keys), self, action)
        self.live.go_button.setToolTip(self.tr("Go live (F5)"))
        self.live.pause_button.setToolTip(self.tr("Pause or resume (Space)"))

    @property
    def session(self) -> LiveSession | None:
        return self.bridge.session if self.bridge else None

    # ---- the show --------------------------------------------------------------------------
    def go_live(self) -> None:
        self.live.show_problem("")
        self.bridge = EngineBridge(self.make_session(self.prefs, self.catalog.catalog), self)
        self.bridge.picture.connect(self.live.show_picture)
        self.bridge.state.connect(self._state)
        self.bridge.event.connect(self._event)
        self.bridge.ready.connect(self._ready)
        self.bridge.start()

    def _ready(self) -> None:
        """The show is built: light its outputs and steer it with the app's current choices."""
        show = self.bridge.session.show
        assert show is not None
        self._light_outputs(show)
        show.approve_first = self.prefs.approve
        show.use_lines(self.own_lines)

    def stop(self, wait: bool = True) -> None:
        if self.bridge is not None:
            self.bridge.stop(wait)

    # ---- the catalog -----------------------------------------------------------------------
    def _load_catalog(self) -> None:
        """The catalog the show will use: the one chosen in the settings, else the demo."""
        from vhost.config import ASSETS_DIR

        self.catalog.import_file(
            Path(self.prefs.catalog) if self.prefs.catalog else ASSETS_DIR / "demo" / "catalog.json"
        )

    def _catalog_changed(self, catalog: Catalog) -> None:
        """An edit reaches a running show at once: the director rewrites the current
        presentation from the same line with the new facts, and the chat answers with them."""
        if self.script is not None:
            self.script.set_catalog(catalog, self.prefs.lang)
        self.schedule.set_show(catalog, self.schedule.plan, self.prefs.lang)  # forgets removed products
        self._steer(catalog, self.schedule.plan)

    def _plan_changed(self, plan: ShowPlan) -> None:
        """Kept for the next Go Live, and followed by a running show from the next product."""
        self.plan_path.parent.mkdir(parents=True, exist_ok=True)
        self.plan_path.write_text(json.dumps(plan.to_dict(), ensure_ascii=False, indent=2), "utf-8")
        if self.catalog.catalog is not None:
            self._steer(self.catalog.catalog, plan)

    def _own_lines_chosen(self, chosen: dict) -> None:
        """The Script screen's "Use on air" or "Back to written": kept, and a running show
        switches at once."""
        for product_id, segments in chosen.items():
            if segments:
                self.own_lines[product_id] = segments
            else:
                self.own_lines.pop(product_id, None)
        self.lines_path.parent.mkdir(parents=True, exist_ok=True)
        data = {pid: [s.to_dict() for s in segments] for pid, segments in self.own_lines.items()}
        self.lines_path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), "utf-8")
        show = self._live_show()
        if show is not None:
            show.use_lines(chosen)
            self.statusBar().showMessage(self.tr("The running show now follows your changes."))

    def _live_show(self) -> LiveShow | None:
        """The show on air (built and not yet ended), else None."""
        session = self.session
        return session.show if session and session.started and session.running else None

    def _saved_lines(self) -> dict[str, tuple[Segment, ...]]:
        if not self.lines_path.exists():
            return {}
        try:
            data = json.loads(self.lines_path.read_text("utf-8"))
            return {pid: tuple(Segment.from_dict(s) for s in segments) for pid, segments in data.items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self.live.show_problem(
                self.tr(
                    "Your own script lines in {0} could not be read ({1}); the show writes its own."
                ).format(self.lines_path, exc)
            )
            return {}

    def _saved_plan(self) -> ShowPlan:
        if not self.plan_path.exists():
            return ShowPlan()
        try:
            return ShowPlan.load(self.plan_path)
        except VHostError as exc:
            self.live.show_problem(str(exc))
            return ShowPlan()

    def _steer(self, catalog: Catalog, plan: ShowPlan) -> None:
        show = self._live_show()
        if show is None:
            return
        try:
            show.set_catalog(catalog, plan)
        except VHostError as exc:  # e.g. the plan gives every product weight 0
            self.live.show_problem(str(exc))
            return
        self.statusBar().showMessage(self.tr("The running show now follows your changes."))

    def _pause(self, paused: bool) -> None:
        show = self.session.show if self.session else None
        if show is not None:
            show.pause() if paused else show.resume()

    def _state(self, state: str) -> None:
        self.live.set_state(state)
        self.statusBar().showMessage(
            {
                "starting": self.tr("Starting…"),
                "live": self.tr("Live."),
                "paused": self.tr("Paused: the presenter waits quietly."),
                "stopped": self.tr("Stopped."),
                "failed": self.tr("The show could not run; see the message on the Live screen."),
            }.get(state, state)
        )

    def _event(self, event: Event) -> None:
        match event:
            case Metrics():
                self.live.show_metrics(event)
                if self.tabs.currentWidget() is self.analytics:
                    self.analytics.redraw()  # once a second while it is looked at
            case LineStarted():
                self.live.show_line(event.text, event.kind, event.question)
            case ChatDecided():
                name = self._product_name(event.product)
                self.chat.add_decision(event, name)
                self.analytics.add_decision(event, name)
            case Problem():
                self.live.show_problem(event.message)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.analytics:
            self.analytics.redraw()

    def _product_name(self, product_id: object) -> str:
        show = self.session.show if self.session else None
        product = show.product(str(product_id)) if show is not None and product_id else None
        return f"{product_id} {product.title}" if product else str(product_id or "")

    def _light_outputs(self, show: LiveShow) -> None:
        from vhost.outputs.audio import how_to_get_audio
        from vhost.outputs.camera import how_to_get_a_camera

        where = show.destinations()
        if "camera" in where:
            self.live.lights["camera"].set("on", where["camera"])
        else:
            self.live.lights["camera"].set("off", self.tr("not in use"), how_to_get_a_camera())
        if "audio" in where:
            self.live.lights["audio"].set("on", self.tr("device {0}").format(where["audio"]))
        else:
            self.live.lights["audio"].set("off", self.tr("not in use"), how_to_get_audio())
        if "rtmp" in where:
            self.live.lights["rtmp"].set("problem", self.tr("connecting…"))
        else:
            self.live.lights["rtmp"].set("off", self.tr("not in use (Settings: RTMP URL)"))
        recording = where.get("recording")
        self.live.lights["recording"].set(  # the file this show writes (never an earlier one)
            "on" if recording else "off",
            recording or self.tr("not in use (Settings: recording file)"),
        )

    # ---- chat ------------------------------------------------------------------------------
    def _approve(self, message_id: str, reply: str) -> None:
        show = self._live_show()
        if show is not None and show.approve(message_id, reply):
            self.chat.mark(message_id, "speak")

    def _reject(self, message_id: str) -> None:
        show = self._live_show()
        if show is not None and show.reject(message_id):
            self.chat.mark(message_id, "ignore")

    def _block(self, viewer: str) -> None:
        show = self._live_show()
        if show is not None:
            show.block(viewer)
            self.statusBar().showMessage(self.tr("{0} is blocked for this show.").format(viewer))

    def _approve_mode(self, on: bool) -> None:
        self.prefs.approve = on
        self.prefs.save(self.prefs_path)
        show = self._live_show()
        if show is not None:
            show.approve_first = on

    def _say_now(self, text: str) -> None:
        show = self._live_show()
        if show is None:
            self.statusBar().showMessage(self.tr("Go live first: there is no show to speak in."))
            return
        said = show.say_now(text)
        if not said:
            self.statusBar().showMessage(self.tr("Not said: advertising law forbids these words."))
        elif said != text.strip():
            self.statusBar().showMessage(self.tr("Said as: {0}").format(said))

    def _save_prefs(self) -> None:
        self.prefs.save(self.prefs_path)
        self.statusBar().showMessage(self.tr("Settings saved; they apply the next time you go live."))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's signature
        self.stop()
        self.prefs.window = f"{self.width()}x{self.height()}"  # the next start opens at this size
        self.prefs.save(self.prefs_path)
        super().closeEvent(event)


DEFAULT_WINDOW = (1180, 720)
_FRAME = (16, 48)  # room the window manager's border, title bar and a panel take around it


def window_size(saved: str, screen: tuple[int, int]) -> tuple[int, int]:
    """The window's size: as it was last left (or a default that suits a 1366x768 laptop), never
    bigger than the screen it opens on, so the status bar and the buttons at the bottom show."""
    width, height = DEFAULT_WINDOW
    try:
        width, height = (int(part) for part in saved.lower().split("x"))
    except ValueError:
        pass  # never saved, or a hand-edited INI file: the default
    room_w, room_h = screen[0] - _FRAME[0], screen[1] - _FRAME[1]
    return max(640, min(width, room_w)), max(480, min(height, room_h))


class SettingsPanel(QWidget):
    """The show's language, catalog, chat source and outputs (applied at the next Go Live)."""

    saved = Signal()

    def __init__(self, prefs: GuiPrefs, parent: QWidget | None = None) -> None:
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
        self.catalog = QLineEdit(prefs.catalog)
        self.catalog.setPlaceholderText(self.tr("the demo catalog"))
        self.chat = QLineEdit(prefs.chat)
        self.chat.setPlaceholderText(self.tr("no chat; e.g. twitch:#channel, bilibili:ROOMID, webhook:8765"))
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
        self.models_dir.setPlaceholderText(self.tr("the default folder in the data folder"))
        self.record = QLineEdit(prefs.record)
        self.record.setPlaceholderText(self.tr("no recording; e.g. show.mp4"))
        self.rtmp = QLineEdit()
        self.rtmp.setEchoMode(QLineEdit.EchoMode.Password)  # the URL holds the stream key
        self.rtmp.setPlaceholderText(
            self.tr("kept in the system keyring") if rtmp_url() else self.tr("rtmp://server/app/STREAM-KEY")
        )
        self.llm_endpoint = QLineEdit(prefs.llm_endpoint)
        self.llm_endpoint.setPlaceholderText(self.tr("none; e.g. http://localhost:11434/v1"))
        self.llm_model = QLineEdit(prefs.llm_model)
        self.llm_key = QLineEdit()
        self.llm_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.llm_key.setPlaceholderText(self.tr("kept in the system keyring; empty: unchanged"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.approve = QCheckBox(self.tr("Approve chat answers before they are spoken"))
        self.approve.setChecked(prefs.approve)
        save = self.save_button = QPushButton(self.tr("Save"))
        save.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        save.clicked.connect(self._save)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("App language (after a restart)"), self.ui)
        form.addRow(self.tr("Show language"), self.lang)
        form.addRow(self.tr("Catalog file"), self._with_browse(self.catalog, self._choose_catalog))
        form.addRow(self.tr("Chat source"), self.chat)
        form.addRow(self.tr("Virtual camera"), self.camera)
        form.addRow(self.tr("Audio device"), self.audio)
        form.addRow(self.tr("Record to"), self._with_browse(self.record, self._choose_recording))
        form.addRow(self.tr("RTMP URL with stream key"), self.rtmp)
        form.addRow(self.tr("Models folder"), self._with_browse(self.models_dir, self._choose_models))
        form.addRow(self.tr("LLM endpoint (rewords answers)"), self.llm_endpoint)
        form.addRow(self.tr("LLM model"), self.llm_model)
        form.addRow(self.tr("LLM API key"), self.llm_key)
        form.addRow("", self.approve)
        form.addRow("", save_row)
        form.addRow("", self.problem)

    def _with_browse(self, field: QLineEdit, choose: Callable[[], None]) -> QHBoxLayout:
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(choose)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _choose_catalog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a catalog"), "", self.tr("Catalogs (*.json *.csv *.xlsx)")
        )
        if path:
            self.catalog.setText(path)

    def _choose_recording(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Record the show to"), "show.mp4", "MP4 (*.mp4)")
        if path:
            self.record.setText(path)

    def _choose_models(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Where model files are kept"))
        if path:
            self.models_dir.setText(path)

    def _save(self) -> None:
        self.prefs.ui = self.ui.currentData()
        self.prefs.lang = self.lang.currentData()
        self.prefs.catalog = self.catalog.text().strip()
        self.prefs.chat = self.chat.text().strip()
        self.prefs.camera = self.camera.currentData()
        self.prefs.audio = self.audio.currentData()
        self.prefs.record = self.record.text().strip()
        self.prefs.models_dir = self.models_dir.text().strip()
        self.prefs.approve = self.approve.isChecked()
        self.prefs.llm_endpoint = self.llm_endpoint.text().strip()
        self.prefs.llm_model = self.llm_model.text().strip()
        self.problem.setText("")
        try:
            if self.rtmp.text().strip():
                store_rtmp_url(check_url(self.rtmp.text().strip()))
            if self.llm_key.text().strip() and self.prefs.llm_endpoint:
                store_api_key(self.prefs.llm_endpoint, self.llm_key.text().strip())
        except VHostError as exc:  # no keyring here, or a URL that is not rtmp://
            self.problem.setText(str(exc))
        self.rtmp.clear()
        self.llm_key.clear()
        self.saved.emit()


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
