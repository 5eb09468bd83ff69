"""The main window: the Live screen, the chat console and the settings, over one live session."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
)

from vhost.chat.loop import REJECTED, ChatDecided, ChatResolved
from vhost.domain import Catalog, FaqPair, Segment
from vhost.engine.events import Event, LineStarted, Metrics, Problem
from vhost.engine.plan import ShowPlan
from vhost.errors import VHostError
from vhost.gui import dialogs
from vhost.gui.analytics_panel import AnalyticsPanel
from vhost.gui.bridge import EngineBridge
from vhost.gui.catalog_keeper import CatalogKeeper
from vhost.gui.catalog_panel import CatalogPanel, named
from vhost.gui.chat_panel import ChatPanel
from vhost.gui.live_panel import LivePanel
from vhost.gui.messages import error_text, shown
from vhost.gui.prefs import LINES_FILE, PLAN_FILE, GuiPrefs
from vhost.gui.schedule_panel import Estimate, SchedulePanel
from vhost.gui.script_panel import ScriptPanel
from vhost.gui.session import LiveSession
from vhost.gui.settings_panel import SettingsPanel
from vhost.gui.tables import say
from vhost.outputs.preflight import Destination, goes_nowhere, preflight
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
        keeper: CatalogKeeper | None = None,
    ) -> None:
        """`script`: the Script screen (it needs the voice and the law filter the app chose);
        `estimate`: how long a presentation takes, for the Schedule screen; `presenter`: the
        face and voice screen; `keeper`: where the merchant's catalog is kept between runs."""
        super().__init__()
        self.make_session, self.prefs, self.prefs_path = make_session, prefs, prefs_path
        self.bridge: EngineBridge | None = None
        self._start_over = False  # Start from the top was pressed: go live again once stopped
        self.setWindowTitle(self.tr("vhost — virtual live host"))
        self.resize(*window_size(prefs.window, self.screen().availableGeometry().size().toTuple()))
        self.live = LivePanel()
        self.catalog = CatalogPanel()
        self.chat = ChatPanel()
        self.settings = SettingsPanel(prefs, data_dir=prefs_path.parent)
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
        self.live.start_over.connect(self.start_over)
        self.live.pause.connect(self._pause)
        self.live.stop.connect(lambda: self.stop(wait=False))
        self.chat.approve.connect(self._approve)
        self.chat.reject.connect(self._reject)
        self.chat.say_now.connect(self._say_now)
        self.chat.answer_question.connect(self._answer_question)
        self.chat.questions_changed.connect(self._chat_tab_title)
        self.chat.block.connect(self._block)
        self.chat.unblock.connect(self._unblock)
        self.chat.show_approve_mode(prefs.approve)
        self.chat.approve_mode.connect(self._approve_mode)
        self.settings.saved.connect(self._save_prefs)
        self.settings.saved.connect(self._approve_setting_saved)
        self.catalog.changed.connect(self._catalog_changed)
        self.schedule.plan_changed.connect(self._plan_changed)
        self.plan_path = prefs_path.parent / PLAN_FILE
        self.lines_path = prefs_path.parent / LINES_FILE
        self.own_lines = self._saved_lines()  # product id → the operator's segments for the show
        if self.script is not None:  # the Script screen shows what goes on air
            self.script.show_own_lines(self.own_lines)
        self.schedule.set_show(None, self._saved_plan(), prefs.lang)
        self.keeper = keeper
        self._load_catalog()
        self._add_shortcuts()
        self.preflight()
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
    def go_live(self, restart: bool = False) -> None:
        """Start the show (`restart`: from the top, not where the last one stopped)."""
        self.live.show_problem("")
        self.live.show_resumed("")
        preview_only = goes_nowhere(self.preflight())
        if preview_only and not dialogs.confirm(
            self,
            self.tr("Preview only?"),
            self.tr(
                "Nothing will leave this computer: no virtual camera, sound device, RTMP stream or"
                " recording is set up, so no viewer will see or hear the show. Start it as a preview"
                " only?"
            ),
            self.tr("Start a preview"),
            self.tr("Set up an output first"),
        ):
            self.tabs.setCurrentWidget(self.settings)
            return
        self.live.preview_only = preview_only
        how = {"restart": restart} if restart else {}
        if preview_only:
            how["preview"] = True  # a rehearsal: badged PREVIEW, the real show's place untouched
        self.bridge = EngineBridge(self.make_session(self.prefs, self.catalog.catalog, **how), self)
        self.bridge.stage.connect(self.live.show_stage)
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
        self._chat_show_started(show)
        show.use_lines(self.own_lines)
        place = show.resumed_from
        if place is not None:  # said in the window, with the way back to the top
            self.live.show_resumed(
                self.tr(
                    "Continuing where the last show stopped: pass {0}, line {1} ({2} lines said so far)."
                ).format(place.loop + 1, place.line + 1, place.lines_spoken)
            )

    def start_over(self) -> None:
        """Stop the show and start it again from the top (the greeting), once the operator
        confirms: viewers see it start again."""
        if not dialogs.confirm(
            self,
            self.tr("Start from the top?"),
            self.tr(
                "The show stops and starts again with its greeting; viewers see a few seconds of"
                " starting, and a recording starts a new file."
            ),
            self.tr("Start from the top"),
            self.tr("Keep going from here"),
        ):
            return
        self._start_over = True
        self.stop(wait=False)

    def stop(self, wait: bool = True) -> None:
        if self.bridge is not None:
            self.bridge.stop(wait)

    # ---- the catalog -----------------------------------------------------------------------
    def _load_catalog(self) -> None:
        """The catalog as the merchant last left it; else the file chosen in the settings;
        else the demo, shown as the demo (not as the shop's own) until they import or edit."""
        from vhost.catalog import load_catalog
        from vhost.config import ASSETS_DIR

        kept = self.keeper.load() if self.keeper is not None else None
        if kept is not None:
            summary = self.tr("Your catalog: {0} products, as you last left it.").format(len(kept.products))
            self.catalog.open_catalog(kept, summary)
            self._catalog_shown(kept)
        elif self.prefs.catalog:
            self.catalog.import_file(Path(self.prefs.catalog))  # a change: kept from now on
        else:
            demo = load_catalog(ASSETS_DIR / "demo" / "catalog.json").catalog
            summary = self.tr(
                "This is the demo catalog, to try vhost. Import your own product list (Import…) to"
                " sell your products; it is kept from then on, edits included."
            )
            if self.keeper is not None and self.keeper.problem:
                summary = self.tr("Your saved catalog could not be read ({0}).").format(
                    shown(self.keeper.problem)
                )
            self.catalog.open_catalog(demo, summary, demo=True)
            self._catalog_shown(demo)

    def _catalog_changed(self, catalog: Catalog) -> None:
        """An edit is kept at once, and reaches a running show at once: the director rewrites
        the current presentation from the same line with the new facts, and the chat answers
        with them."""
        if self.keeper is not None:
            problem = self.keeper.save(catalog)
            if problem:
                self.statusBar().showMessage(
                    self.tr("Your catalog could not be saved ({0}); export it to keep your edits.").format(
                        shown(problem)
                    )
                )
        self._catalog_shown(catalog)
        self._steer(catalog, self.schedule.plan)

    def _catalog_shown(self, catalog: Catalog) -> None:
        """The screens that list products follow the catalog."""
        if self.script is not None:
            self.script.set_catalog(catalog, self.prefs.lang)
        self.schedule.set_show(catalog, self.schedule.plan, self.prefs.lang)  # forgets removed products

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
        if self.script is not None:
            self.script.show_own_lines(self.own_lines)
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
            self.live.show_problem(error_text(exc))
            return ShowPlan()

    def _steer(self, catalog: Catalog, plan: ShowPlan) -> None:
        show = self._live_show()
        if show is None:
            return
        try:
            show.set_catalog(catalog, plan)
        except VHostError as exc:  # e.g. the plan gives every product weight 0
            self.live.show_problem(error_text(exc))
            return
        self.statusBar().showMessage(self.tr("The running show now follows your changes."))

    def _pause(self, paused: bool) -> None:
        show = self.session.show if self.session else None
        if show is not None:
            show.pause() if paused else show.resume()

    def _state(self, state: str) -> None:
        self.live.set_state(state)
        if state in ("stopped", "failed"):
            self.preflight()  # where the next Go Live would go
            if self._start_over:
                self._start_over = False
                QTimer.singleShot(0, lambda: self.go_live(restart=True))
        live = self.tr("Preview only: nothing leaves this computer.") if self.live.preview_only else None
        recorded = self._recorded() if state == "stopped" else None
        self.statusBar().showMessage(
            recorded
            or {
                "starting": self.tr("Starting…"),
                "live": live or self.tr("On air: the first picture has gone out."),
                "paused": self.tr("Paused: the presenter waits quietly."),
                "stopped": self.tr("Stopped."),
                "failed": self.tr("The show could not run; see the message on the Live screen."),
            }.get(state, state)
        )

    def _recorded(self) -> str | None:
        """After a show that recorded: where its file is."""
        show = self.session.show if self.session else None
        path = show.destinations().get("recording") if show is not None else None
        return self.tr("Stopped. The recording is in {0}").format(path) if path else None

    def _event(self, event: Event) -> None:
        match event:
            case Metrics():
                self.live.show_metrics(event)
                chat = self.session.show.chat if self.session and self.session.show else None
                self.live.show_chat(
                    chat.health() if chat is not None else None, chat.failure if chat is not None else None
                )
                if self.tabs.currentWidget() is self.analytics:
                    self.analytics.redraw()  # once a second while it is looked at
            case LineStarted():
                self.live.show_line(event.text, event.kind, event.question)
            case ChatDecided():
                name = self._product_name(event.product)
                self.chat.add_decision(event, name)
                self.analytics.add_decision(event, name)
            case ChatResolved():
                self._chat_resolved(event.id, event.action, event.reply, event.reason)
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
            self.live.lights["camera"].set("off", self.tr("not in use"), shown(how_to_get_a_camera()))
        if "audio" in where:
            self.live.lights["audio"].set("on", self.tr("device {0}").format(where["audio"]))
        else:
            self.live.lights["audio"].set("off", self.tr("not in use"), shown(how_to_get_audio()))
        if "rtmp" in where:
            self.live.lights["rtmp"].set("problem", self.tr("connecting…"))
        else:
            self.live.lights["rtmp"].set("off", self.tr("not set up (Settings → Stream)"))
        recording = where.get("recording")
        self.live.lights["recording"].set(  # the file this show writes (never an earlier one)
            "on" if recording else "off",
            recording or self.tr("not set up (Settings → Record to)"),
        )

    # ---- chat ------------------------------------------------------------------------------
    def _chat_show_started(self, show: LiveShow) -> None:
        """A new show: it follows the approve choice, and the console shows what it does."""
        show.approve_first = self.prefs.approve
        if show.chat is not None:  # (a show without chat has nothing to approve)
            self.chat.show_approve_mode(show.approve_first)
        self.chat.set_blocked({viewer: self.chat.viewer_name(viewer) for viewer in show.blocked()})

    def _chat_resolved(self, message_id: str, action: str, reply: str | None, reason: str | None) -> None:
        """What became of a held answer, on the Chat and Analytics screens (each once)."""
        self.chat.resolve(message_id, action, reply, reason)
        self.analytics.resolve(message_id, action, reason)

    def _approve(self, message_id: str, reply: str) -> None:
        show = self._live_show()
        if show is None:
            self.statusBar().showMessage(self.tr("The show is not running: no answer is waiting."))
        elif show.approve(message_id, reply):
            self._chat_resolved(message_id, "speak", reply, None)  # (its event brings the words said)
        elif not (show.compliance.apply(reply, show.lang).text or "").strip():
            self.statusBar().showMessage(
                self.tr(
                    "Not approved: advertising law forbids these words. Word the answer again or reject it."
                )
            )
        else:  # rejected, blocked or lapsed meanwhile: its event says which
            self.statusBar().showMessage(self.tr("This answer is no longer waiting."))

    def _reject(self, message_id: str) -> None:
        show = self._live_show()
        if show is None:
            self.statusBar().showMessage(self.tr("The show is not running: no answer is waiting."))
        elif show.reject(message_id):
            self._chat_resolved(message_id, "ignore", None, REJECTED)

    def _block(self, viewer: str) -> None:
        show = self._live_show()
        if show is None:
            self.statusBar().showMessage(self.tr("Go live first: a viewer is blocked for one show."))
            return
        show.block(viewer)
        name = self.chat.viewer_name(viewer)
        self.chat.set_blocked({**self.chat.blocked, viewer: name})
        self.statusBar().showMessage(
            self.tr("{0} is blocked: their comments are ignored for the rest of this show.").format(name)
        )

    def _unblock(self, viewer: str) -> None:
        name = self.chat.viewer_name(viewer)
        show = self._live_show()
        if show is not None:
            show.unblock(viewer)
        self.chat.set_blocked({v: n for v, n in self.chat.blocked.items() if v != viewer})
        self.statusBar().showMessage(
            self.tr("{0} is unblocked: their new comments are answered.").format(name)
        )

    def _approve_mode(self, on: bool) -> None:
        """The Chat screen's box: kept, shown alike in the settings, and followed at once."""
        self.prefs.approve = on
        self.prefs.save(self.prefs_path)
        self.settings.approve.setChecked(on)
        show = self._live_show()
        if show is not None:
            show.approve_first = on
            self.statusBar().showMessage(
                self.tr("Answers now wait for your approval.")
                if on
                else self.tr("Answers now go on air without waiting for you.")
            )

    def _approve_setting_saved(self) -> None:
        """The settings' approve box was saved: the Chat screen's box (and a running show)
        follow it, so the two boxes never disagree."""
        self.chat.approve_box.setChecked(self.prefs.approve)  # (toggles only on a change)

    def _say_now(self, text: str) -> str:
        """The operator's words, said next as the law allows: the words said ("" for none)."""
        show = self._live_show()
        if show is None:
            self.statusBar().showMessage(self.tr("Go live first: there is no show to speak in."))
            self.chat.not_said(text, self.tr("Go live first: there is no show to speak in."))
            return ""
        said = show.say_now(text)
        if not said:  # the words stay in the box, with the law's reasons
            self.statusBar().showMessage(self.tr("Not said: advertising law forbids these words."))
            filtered = show.compliance.apply(text, show.lang)
            self.chat.say_refused(text, filtered.text or "", [change.reason for change in filtered.changes])
        elif said != text.strip():
            self.statusBar().showMessage(self.tr("Said as: {0}").format(said))
        return said

    def _answer_question(self, product_id: str, question: str, answer: str) -> None:
        """The operator answers a question the catalog could not: the answer goes into the
        product's FAQ (so the chat answers it itself next time) and, in a live show, is said on
        air now, as Say now says words (through the law filter). With its product gone from
        the catalog, the words wait in the Say now box instead: nothing typed is lost."""
        ending = "？" if self.prefs.lang == "zh" else "? "
        words = f"{question.rstrip('?？ ')}{ending}{answer}"
        product = self._add_faq(product_id, FaqPair(question, answer))
        if product is None:
            why = self.tr("Not added to the FAQ: product {0} is no longer in the catalog.").format(product_id)
            self.statusBar().showMessage(why)
            self.chat.not_said(words, why)
            return
        if self._live_show() is None:
            self.statusBar().showMessage(
                self.tr("Added to the FAQ of {0}; not said, as no show is live.").format(product)
            )
            return
        said = self._say_now(words)  # (refused: the words wait in the Say now box, with why)
        if said:
            self.statusBar().showMessage(
                self.tr("Added to the FAQ of {0}, and said on air as: {1}").format(product, said)
            )

    def _add_faq(self, product_id: str, pair: FaqPair) -> str | None:
        """The pair in the product's FAQ (an older answer to the same question replaced), as a
        Catalog screen edit: kept, followed by a running show, and Undo takes it back. The
        product as messages name it, or None when the catalog has no such product."""
        catalog = self.catalog.catalog
        product = catalog.product(product_id) if catalog is not None else None
        if catalog is None or product is None:
            return None
        faq = (*(old for old in product.faq if old.question != pair.question), pair)
        product = replace(product, faq=faq)
        products = tuple(product if p.id == product_id else p for p in catalog.products)
        edited = replace(catalog, products=products)
        row = self.catalog.table.currentRow()
        self.catalog.set_catalog(edited)
        if row >= 0:  # the details below show the selected product again, its FAQ added
            self.catalog.table.selectRow(row)
        added = self.tr("{0}: an answer from the chat added to its FAQ.").format(named(product))
        say(self.catalog.summary, added)
        self.catalog.changed.emit(edited)
        return named(product)

    def _chat_tab_title(self, questions: int) -> None:
        """The Chat tab says how many questions wait for an answer, from any screen."""
        title = self.tr("Chat ({0})").format(questions) if questions else self.tr("Chat")
        self.tabs.setTabText(self.tabs.indexOf(self.chat), title)

    def preflight(self) -> list[Destination]:
        """Show on the Live screen where the next Go Live would go, and what is missing."""
        from vhost.gui.secrets import rtmp_url

        found = preflight(
            self.prefs.camera, self.prefs.audio, rtmp_url(self.prefs_path.parent), self.prefs.record
        )
        for destination in found:
            self.live.show_destination(destination)
        return found

    def _may_close(self) -> bool:
        """Closing never ends a show by surprise: while one runs (or starts), ask first (a
        show already stopping needs no question)."""
        session = self.session
        if session is not None and session.running and not session.stop_asked:
            if self.live.preview_only:  # nobody watches a preview: say what it is
                asked = (
                    self.tr("Stop the preview?"),
                    self.tr("The preview is running (it reaches no one). Closing vhost stops it."),
                    self.tr("Stop the preview and close"),
                    self.tr("Keep the preview running"),
                )
            else:
                asked = (
                    self.tr("Stop the show?"),
                    self.tr("The show is on air. Closing vhost stops it for everyone watching."),
                    self.tr("Stop the show and close"),
                    self.tr("Keep the show on air"),
                )
            if not dialogs.confirm(self, *asked):
                return False
        if self.settings.unsaved() and not dialogs.confirm(  # (the catalog and lines are kept as they change)
            self,
            self.tr("Close without saving the settings?"),
            self.tr("You changed settings and did not save them. Close anyway, and lose those changes?"),
            self.tr("Close without saving"),
            self.tr("Go back to save them"),
        ):
            self.tabs.setCurrentWidget(self.settings)
            return False
        return True

    def _save_prefs(self) -> None:
        self.prefs.save(self.prefs_path)
        if not (self.session and self.session.running):  # (a running show keeps its outputs lit)
            self.preflight()
        self.statusBar().showMessage(self.tr("Settings saved; they apply the next time you go live."))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's signature
        if not self._may_close():
            event.ignore()
            return
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
