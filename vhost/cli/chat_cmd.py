"""`vhost answer` (chat comments in, decisions out) and `--chat SOURCE` for `vhost live`/`soak`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from vhost.config import Settings
from vhost.errors import ChatError


def add_chat_argument(parser: argparse.ArgumentParser, source: bool = True) -> None:
    from vhost.chat.sources import SOURCES

    if source:
        parser.add_argument(
            "--chat",
            metavar="SOURCE",
            help=f"answer viewers' comments on air; SOURCE is {SOURCES}",
        )
    parser.add_argument(
        "--llm",
        metavar="URL",
        help="an OpenAI-compatible endpoint (DeepSeek, Qwen, Ollama, llama.cpp) that rewords chat"
        " answers; their facts are checked against the catalog (default: settings' llm_endpoint)",
    )
    parser.add_argument("--llm-model", metavar="NAME", help="the model the --llm endpoint serves")


def register(commands: Any) -> None:
    answer = commands.add_parser(
        "answer",
        help="decide on chat comments: answer, ignore or moderate (JSON lines in and out)",
        description='Read viewers\' comments (JSON lines with at least "text"; also "id",'
        ' "user", "name", "kind", "t" seconds) and write what the presenter would do with each:'
        ' {"id", "action": speak|ignore|moderate, "intent", "product_id", "reply", "latency_ms"}.'
        " Facts come only from the catalog; abuse, ads, personal data and attempts to change"
        " the presenter's words are moderated; the same question within a minute is answered once.",
    )
    add_chat_argument(answer, source=False)
    answer.add_argument("--catalog", help="catalog file or saved name (default: the demo catalog)")
    answer.add_argument(
        "--in", dest="source", type=Path, required=True, help="comments, one JSON object a line"
    )
    answer.add_argument("--out", type=Path, help="write the decisions here (default: standard output)")
    answer.add_argument("--lang", choices=("zh", "en"), help="language of the answers (default: settings)")
    answer.add_argument("--seed", type=int, help="wording seed (default: settings)")
    answer.add_argument(
        "--on-screen", metavar="ID", help='the product on screen, for "this one" (default: the first)'
    )
    answer.add_argument(
        "--now",
        type=datetime.fromisoformat,
        help="the moment the comments are read, for promotions (default: now)",
    )
    answer.set_defaults(run=run_answer)

    key = commands.add_parser(
        "llm-key",
        help="keep (or forget) an LLM endpoint's API key in the system keyring",
        description="Keep the API key of an OpenAI-compatible endpoint in the system keyring, never"
        " in a file. `set` reads the key from the terminal without echo (or from standard input)."
        " For one session, VHOST_LLM_KEY works instead.",
    )
    key.add_argument("action", choices=("set", "delete"))
    key.add_argument("endpoint", metavar="URL", help="the endpoint, as given to --llm")
    key.set_defaults(run=run_llm_key)

    youtube = commands.add_parser(
        "youtube-key",
        help="keep (or forget) the YouTube Data API key that --chat youtube:VIDEO reads chat with",
        description="Keep a YouTube Data API v3 key in the system keyring, never in a file. `set`"
        " reads it from the terminal without echo (or from standard input).",
    )
    youtube.add_argument("action", choices=("set", "delete"))
    youtube.set_defaults(run=run_youtube_key)

    tiktok = commands.add_parser(
        "tiktok-key",
        help="keep (or forget) the EulerStream API key that --chat tiktok:@USER reads TikTok LIVE with",
        description="TikTok LIVE chat is relayed by EulerStream, a third-party service (every viewer"
        " message passes through it); keep its API key in the system keyring, never in a file. `set`"
        " reads it from the terminal without echo (or from standard input).",
    )
    tiktok.add_argument("action", choices=("set", "delete"))
    tiktok.set_defaults(run=run_tiktok_key)

    evaluate = commands.add_parser(
        "chat-eval",
        help="score the chat answers on a labelled question set: accuracy by kind, decision latency",
        description="Ask every question of a labelled set (default: vhost/assets/quality/questions.jsonl,"
        " 343 zh/en questions over the demo catalog) and print the accuracy by kind of question, by"
        " the batch the questions were written in, and the decision latency. A question is right"
        " when the answer uses the labelled fact (or says it will check, stays silent, moderates),"
        " is about the right product, quotes the catalog's"
        " figures and says nothing it must not.",
    )
    evaluate.add_argument("--set", dest="questions", type=Path, help="the labelled questions (JSON lines)")
    evaluate.add_argument("--catalog", type=Path, help="the catalog they ask about (default: the demo's)")
    evaluate.add_argument(
        "--now",
        type=datetime.fromisoformat,
        default=datetime(2026, 12, 1, 20, 0),
        help="the moment asked, for promotions (default 2026-12-01 20:00, as the set is labelled)",
    )
    evaluate.add_argument("--wrong", action="store_true", help="also list every question answered wrong")
    evaluate.set_defaults(run=run_chat_eval)

    token = commands.add_parser(
        "chat-token",
        help="show (or --rotate) the token vhost's browser bridge needs for --chat bridge:PORT",
        description="The local chat bridge (--chat bridge:PORT) lets in only requests carrying this"
        " install's token: paste it into vhost's browser bridge (docs/bridge.md). --rotate makes a"
        " new one; every bridge then needs the new token.",
    )
    token.add_argument("--rotate", action="store_true", help="replace the token with a new one")
    token.set_defaults(run=run_chat_token)


def run_answer(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.catalog import load_catalog
    from vhost.chat.loop import percentiles
    from vhost.chat.sources.replay import read_replay
    from vhost.cli.catalog_cmd import print_report
    from vhost.config import ASSETS_DIR
    from vhost.show.builder import build_responder

    report = load_catalog(Path(args.catalog) if args.catalog else ASSETS_DIR / "demo" / "catalog.json")
    if report.problems:
        print_report(report, out=sys.stderr)
    catalog = report.catalog
    timed = read_replay(args.source)
    lang = args.lang or settings.lang
    seed = settings.seed if args.seed is None else args.seed
    responder = build_responder(
        catalog,
        lang,
        seed,
        settings,
        llm=getattr(args, "llm", None),
        llm_model=getattr(args, "llm_model", None),
    )
    on_screen = catalog.product(args.on_screen) if args.on_screen else catalog.products[0]
    if args.on_screen and on_screen is None:
        raise ChatError(f"There is no product {args.on_screen!r} in the catalog; use one of its ids.")
    now = args.now or datetime.now()
    responder.warm_up()
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    counts: dict[str, int] = {}
    latencies: list[float] = []
    try:
        for at, message in timed:
            decision = responder.decide(message, on_screen, now, at)
            counts[decision.action.value] = counts.get(decision.action.value, 0) + 1
            latencies.append(decision.latency_ms)
            row = {
                "id": message.id,
                "action": decision.action.value,
                "intent": decision.intent,
                "product_id": decision.product_id,
                "reply": decision.reply,
                "reason": decision.reason,
                "latency_ms": decision.latency_ms,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    figures = percentiles(latencies) or {}
    print(
        f"{len(timed)} comments: "
        + ", ".join(f"{n} {action}" for action, n in sorted(counts.items()))
        + f"; decision time median {figures.get('median')} ms, p95 {figures.get('p95')} ms",
        file=sys.stderr,
    )
    return 0


def run_llm_key(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from vhost.chat.llm import store_api_key

    if args.action == "delete":
        store_api_key(args.endpoint, None)
        print(f"Forgot the API key for {args.endpoint}.")
        return 0
    secret = getpass.getpass("API key: ") if sys.stdin.isatty() else sys.stdin.readline()
    if not secret.strip():
        raise ChatError("No API key was given; paste the key when asked (it is not shown).")
    store_api_key(args.endpoint, secret.strip())
    print(f"Kept the API key for {args.endpoint} in the system keyring.")
    return 0


def run_youtube_key(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.chat.sources.youtube import keep_api_key

    return _keep_key(args.action, "YouTube", keep_api_key, "--chat youtube:VIDEO_ID")


def run_tiktok_key(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.chat.sources.tiktok import keep_api_key

    return _keep_key(args.action, "EulerStream", keep_api_key, "--chat tiktok:@USERNAME")


def _keep_key(action: str, service: str, keep: Any, used_by: str) -> int:
    """`set` (read without echo, or from standard input) or `delete` a key in the keyring."""
    import getpass

    if action == "delete":
        keep(None)
        print(f"Forgot the {service} API key.")
        return 0
    secret = getpass.getpass(f"{service} API key: ") if sys.stdin.isatty() else sys.stdin.readline()
    if not secret.strip():
        raise ChatError("No API key was given; paste the key when asked (it is not shown).")
    keep(secret.strip())
    print(f"Kept the {service} API key in the system keyring; {used_by} uses it.")
    return 0


def run_chat_eval(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.catalog import load_catalog
    from vhost.chat.evaluate import evaluate, load_questions, report
    from vhost.config import ASSETS_DIR
    from vhost.show.builder import build_responder

    questions = load_questions(args.questions or ASSETS_DIR / "quality" / "questions.jsonl")
    catalog = load_catalog(args.catalog or ASSETS_DIR / "demo" / "catalog.json").catalog
    responders = {}
    for lang in sorted({q.lang for q in questions}):
        responders[lang] = build_responder(catalog, lang, settings.seed, settings)
        responders[lang].warm_up()
    scores = evaluate(questions, responders, catalog, args.now)
    for line in report(scores):
        print(line)
    if args.wrong:
        for verdict in scores.verdicts:
            if not verdict.right:
                q = verdict.question
                print(f"  {q.kind} {q.lang} {q.text!r}: {verdict.why} — {verdict.decision.reply or ''}")
    return 0


def run_chat_token(args: argparse.Namespace, settings: Settings) -> int:
    from vhost.chat.sources.bridge_token import bridge_token, rotate_token

    token = rotate_token(settings.data_dir) if args.rotate else bridge_token(settings.data_dir)
    print(token)  # alone on standard output, so it can be piped to the clipboard
    print(
        "Paste it into vhost's browser bridge (docs/bridge.md); start the show with --chat bridge:8765."
        + (" Bridges holding the old token are refused from now on." if args.rotate else ""),
        file=sys.stderr,
    )
    return 0


def chat_summary(loop: Any) -> str:
    figures = loop.stats.summary()
    to_voice = figures["to_voice_ms"] or {}
    free = figures["to_voice_free_ms"] or {}
    waited = figures["to_voice_waited_ms"] or {}
    decision = figures["decision_ms"] or {}
    return (
        f"  chat: {figures['messages']} messages, {figures['spoken']} answered on air,"
        f" {figures['ignored']} ignored, {figures['moderated']} moderated; decision median"
        f" {decision.get('median')} ms p95 {decision.get('p95')} ms; comment to voice median"
        f" {to_voice.get('median')} ms p95 {to_voice.get('p95')} ms; when no other answer was on air"
        f" ({free.get('count', 0)}) median {free.get('median')} ms p95 {free.get('p95')} ms; behind"
        f" another answer ({waited.get('count', 0)}) median {waited.get('median')} ms p95"
        f" {waited.get('p95')} ms"
    )
