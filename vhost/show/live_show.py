"""LiveShow: a built show as its front ends run and steer it. `vhost live`, `vhost soak` and the
app hold one of these and nothing deeper: the operator's verbs (pause, say now, edit the catalog
or plan, use the operator's own lines, approve, reject, block and unblock viewers) are its
methods, and the store's record of the show is kept for every front end alike.

The verbs are safe to call from any thread while the show runs (the engine queues its commands
onto its own loop; the director and chat guard their state with locks)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from vhost.domain import Catalog, Product, Segment
from vhost.engine.events import EventBus

if TYPE_CHECKING:
    from vhost.chat.loop import ChatLoop
    from vhost.engine.director import Director
    from vhost.engine.live import EngineStats, LiveEngine
    from vhost.engine.plan import ShowPlan
    from vhost.script.compliance import ComplianceFilter
    from vhost.show.recorder import ShowRecorder


class LiveShow:
    def __init__(
        self,
        engine: LiveEngine,
        compliance: ComplianceFilter,
        chat: ChatLoop | None = None,
        recorder: ShowRecorder | None = None,
    ) -> None:
        """`engine`: built, not yet run; `chat`: warmed up, not yet started (it starts with the
        show, so an observer subscribed after building misses none of its decisions);
        `recorder`: the store's, already listening."""
        self.engine, self.compliance, self.chat, self.recorder = engine, compliance, chat, recorder

    # ---- what it is ---------------------------------------------------------------------------
    @property
    def events(self) -> EventBus:
        return self.engine.events

    @property
    def lang(self) -> str:
        return self.engine.lang

    @property
    def stats(self) -> EngineStats:
        return self.engine.stats

    @property
    def director(self) -> Director | None:
        """The show's director (None when the engine reads plain lines, as some tests do)."""
        from vhost.engine.director import Director

        lines = self.engine.lines
        return lines if isinstance(lines, Director) else None

    @property
    def resumed_from(self) -> Any:
        """The saved place this show continued from (a store LivePosition), or None: from the top."""
        return self.engine.resumed_from

    def destinations(self) -> dict[str, str]:
        """Where the show goes, by output name (camera, audio, recording, rtmp): the device,
        file or server address (an RTMP key is never shown)."""
        from vhost.outputs.rtmp import safe_url

        where: dict[str, str] = {}
        for output in self.engine.outputs:
            if output.name in ("camera", "audio"):
                where[output.name] = str(getattr(output, "device", ""))
            elif output.name == "recording":
                where[output.name] = str(getattr(output, "path", ""))
            elif output.name == "rtmp":
                where[output.name] = safe_url(str(getattr(output, "url", "")))
        return where

    def product(self, product_id: str) -> Product | None:
        """A product of the show's catalog, in the show's language."""
        director = self.director
        return director.product(product_id) if director is not None else None

    # ---- running it ---------------------------------------------------------------------------
    def run(self, duration: float | None = None) -> EngineStats:
        """Run the show on this thread until stopped (or for `duration` stream seconds); the
        chat starts with it. Whatever ends the run, the chat stops and the store's record is
        finished (its last decisions included)."""
        try:
            if self.chat is not None:
                self.chat.start()
            return asyncio.run(self.engine.run(duration))
        finally:
            self.finish()

    def finish(self) -> None:
        """Stop the chat and finish the store's record (the run does this; call it yourself only
        for a show that was built and never run)."""
        if self.chat is not None:
            self.chat.stop()
        if self.recorder is not None:  # after the chat: its last decisions are recorded too
            self.recorder.finish(timeout=5.0)

    def stop(self) -> None:
        """Finish the frame, close every output; run() then returns."""
        self.engine.stop()

    def pause(self) -> None:
        self.engine.pause()

    def resume(self) -> None:
        self.engine.resume()

    # ---- what is said -------------------------------------------------------------------------
    def say_now(self, text: str, interrupt: bool = False) -> str:
        """Say the operator's words next, as the advertising law allows them: the words said
        ("" when the law allows none of them, and nothing is said)."""
        lawful = (self.compliance.apply(text, self.lang).text or "").strip()
        if lawful:
            self.engine.say_now(lawful, interrupt=interrupt)
        return lawful

    def skip_to(self, product_id: str) -> None:
        """Present this product next (a Problem event says so when it is not in the show)."""
        self.engine.skip_to(product_id)

    def set_catalog(self, catalog: Catalog, plan: ShowPlan | None = None) -> None:
        """The operator's edit, followed at once: the director rewrites the current
        presentation from the same line with the new facts (and plan), the chat answers from
        them. A VHostError says why a plan cannot apply (every product weighted 0)."""
        director = self.director
        if director is None:
            return
        director.set_catalog(catalog, plan)
        if self.chat is not None:
            self.chat.responder.set_catalog(catalog, director.plan.ordered(catalog))

    def use_lines(self, chosen: Mapping[str, Iterable[Segment] | None]) -> None:
        """The operator's own lines by product id (None or empty: written afresh again); the
        presentation on air switches from the same line on."""
        director = self.director
        if director is None:
            return
        for product_id, segments in chosen.items():
            director.use_lines(product_id, segments)

    # ---- chat ---------------------------------------------------------------------------------
    @property
    def approve_first(self) -> bool:
        return self.chat.approve_first if self.chat is not None else False

    @approve_first.setter
    def approve_first(self, on: bool) -> None:
        if self.chat is not None:
            self.chat.approve_first = on

    def approve(self, message_id: str, reply: str | None = None) -> bool:
        """Put an answer held for approval on air (as edited, through the law filter); False when
        it no longer waits or the law leaves nothing of the edit. A ChatResolved event tells every
        screen and the store what became of it, as for reject, block and a lapse."""
        return self.chat.approve(message_id, reply) if self.chat is not None else False

    def reject(self, message_id: str) -> bool:
        """Never say this held answer; False when it no longer waits."""
        return self.chat.reject(message_id) if self.chat is not None else False

    def block(self, viewer: str) -> None:
        """Ignore this viewer (their pseudonym, as ChatDecided gives it) for the rest of the show,
        or until unblock(); their answers still held are dropped."""
        if self.chat is not None:
            self.chat.block(viewer)

    def unblock(self, viewer: str) -> None:
        if self.chat is not None:
            self.chat.unblock(viewer)

    def blocked(self) -> set[str]:
        return set(self.chat.blocked) if self.chat is not None else set()

    def chat_summary(self) -> dict[str, Any] | None:
        return self.chat.stats.summary() if self.chat is not None else None
