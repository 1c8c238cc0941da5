"""The ``kutip`` command: the reader, and the archive from the shell.

Output meant for scripts (``--json``) is JSON Lines on stdout; progress,
summaries and errors go to stderr so pipes stay clean. Everything printed for
people passes :mod:`kutip.tui.terminal`, so no escape sequence from an article
or a file name reaches the terminal.

Startup stays light: Rich, the archive façade and Textual are imported only when
a command runs, so ``kutip --version`` and ``--help`` answer at once.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from kutip.tui import cli_cite

if TYPE_CHECKING:
    from _typeshed import SupportsWrite
    from rich.console import Console

    from kutip.index.facade import Archive

# The archive's entity kinds (kutip.index.facade.EntityType values; a test keeps them equal).
ENTITY_TYPES = ("person", "organization", "place")
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A failure to report in one line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("kutip")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


class _Parser(argparse.ArgumentParser):
    """argparse's usage errors quote what was typed (or what a script passed): shown inert."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        from kutip.tui.terminal import safe

        super()._print_message(safe(message) if message else message, file)


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        sys.stdout.write(f"kutip {_version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kutip",
        description="A keyboard-driven reader for news archives: who said what, where, reported by whom.",
        epilog="Without a command, kutip opens the reader.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--index",
        metavar="DIR",
        type=Path,
        help="archive location (default: $KUTIP_INDEX or the user data dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser("index", help="add files and folders to the archive (incremental)")
    index.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders, recursive")
    index.add_argument("--prune", action="store_true", help="remove articles whose files are gone")

    search = commands.add_parser("search", help="search articles with the query language")
    search.add_argument(
        "query", nargs="+", help='words, "phrases", AND/OR/NOT, title:, outlet:, lang:, date:'
    )
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (0: all)")
    search.add_argument("--json", action="store_true", help="JSON Lines, one result per line")

    entities = commands.add_parser("entities", help="people, organisations and places in the archive")
    entities.add_argument("--type", choices=ENTITY_TYPES, help="only this kind of entity")
    entities.add_argument("--article", metavar="ID", help="only this article (id or unique prefix)")
    entities.add_argument("--json", action="store_true", help="JSON Lines, one (article, entity) per line")

    quotes = commands.add_parser("quotes", help="what people said: direct and reported statements")
    quotes.add_argument("--speaker", metavar="NAME", help="full name, surname or alias")
    quotes.add_argument(
        "--kind", choices=["direct", "indirect"], help="only direct quotes or reported speech"
    )
    quotes.add_argument("--article", metavar="ID", help="only this article (id or unique prefix)")
    quotes.add_argument("--json", action="store_true", help="JSON Lines, one statement per line")

    statements = commands.add_parser(
        "statements", help="the same statement as reported by several articles (cross-article clusters)"
    )
    statements.add_argument("--speaker", metavar="NAME", help="full name, surname or alias")
    statements.add_argument(
        "--min-articles",
        type=int,
        default=2,
        metavar="N",
        help="only clusters reported by N articles (default 2)",
    )
    statements.add_argument("--json", action="store_true", help="JSON Lines, one cluster per line")

    find = commands.add_parser("find", help="the quote finder: every report of a remark, fuzzily matched")
    find.add_argument("phrase", nargs="+", help="words of the remark, in any outlet's wording")
    find.add_argument("--limit", type=int, default=20, metavar="N", help="at most N clusters")
    find.add_argument("--json", action="store_true", help="JSON Lines, one cluster per line")

    cli_cite.add_parsers(commands)

    show = commands.add_parser("show", help="print one article's clean text")
    show.add_argument("id", help="article id (a unique prefix is enough)")
    show.add_argument("--json", action="store_true", help="the article as one JSON object")
    return parser


def _print_jsonl(rows: list[dict[str, Any]]) -> None:
    from kutip.tui.terminal import is_utf8, json_line

    ascii_only = not is_utf8(sys.stdout)
    for row in rows:
        sys.stdout.write(json_line(row, ascii_only=ascii_only))


# -- main -----------------------------------------------------------------------
def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _open_reader(archive: Archive, err: Console) -> int:
    from kutip.index.facade import sample_corpus_path
    from kutip.tui.app import KutipApp
    from kutip.tui.cli_print import message

    index_paths: list[Path] | None = None
    if archive.is_empty():
        err.print(message(f"The archive at {archive.location} is empty: indexing the bundled sample corpus."))
        index_paths = [sample_corpus_path()]
    elif archive.needs_rebuild:
        err.print(message("The archive was made by another version of kutip: rebuilding it."))
        index_paths = []
    KutipApp(archive, index_paths=index_paths).run()
    return 0


def archive_location(args: argparse.Namespace, err: Console) -> Path | None:
    """``--index``, then ``$KUTIP_INDEX``, then the settings file, then the data dir."""
    from kutip.tui.cli_print import message
    from kutip.tui.settings import load_settings

    if args.index is not None or os.environ.get("KUTIP_INDEX", "").strip():
        given = Path(args.index) if args.index is not None else Path(os.environ["KUTIP_INDEX"].strip())
        if given.exists() and not given.is_dir():
            raise CliError(f"{given} is not an archive folder (a file is there)", EXIT_USAGE)
        return Path(args.index) if args.index is not None else None
    settings, warnings = load_settings()
    for warning in warnings:
        err.print(message(f"kutip: {warning}", "yellow"))
    return settings.index


def dispatch(args: argparse.Namespace, out: Console, err: Console) -> int:
    from kutip.index.facade import Archive, EntityType
    from kutip.tui import cli_print as show

    if args.command == "index":
        if not args.paths and not args.prune:
            raise CliError("give files or folders to index (or --prune)", EXIT_USAGE)
        missing = [p for p in args.paths if not os.path.lexists(p)]
        if missing:
            raise CliError(f"no such file or folder: {missing[0]}", EXIT_USAGE)
    archive = Archive.open(archive_location(args, err))
    try:
        if args.command is None:
            return _open_reader(archive, err)
        if args.command == "index":
            report = show.run_index(archive, args.paths, args.prune, err)
            return EXIT_INTERRUPTED if report.interrupted else 0
        if args.command == "search":
            limit = None if args.limit == 0 else args.limit
            hits = archive.search(" ".join(args.query), limit=limit)
            if args.json:
                _print_jsonl([show.hit_json(h) for h in hits])
            else:
                show.print_hits(hits, out)
            return 0
        if args.command == "entities":
            entity_type = EntityType(args.type) if args.type else None
            if args.json:
                for row in archive.entities(entity_type, args.article):
                    _print_jsonl([show.entity_json(row)])
            elif args.article:
                show.print_entity_rows(list(archive.entities(entity_type, args.article)), out)
            else:
                show.print_entity_table(archive, entity_type, out)
            return 0
        if args.command == "quotes":
            rows = archive.statements(speaker=args.speaker, kind=args.kind, article_id=args.article)
            if args.json:
                _print_jsonl([show.statement_json(r) for r in rows])
            else:
                show.print_statements(rows, out)
            return 0
        if args.command in ("statements", "find"):
            if args.command == "statements":
                clusters = archive.clusters(speaker=args.speaker, min_articles=args.min_articles)
            else:
                clusters = archive.find(" ".join(args.phrase), limit=args.limit)
            if args.json:
                _print_jsonl([c.to_json() for c in clusters])
            else:
                show.print_clusters(clusters, out)
            return 0
        if args.command in ("cite", "export"):
            return cli_cite.run(args, archive, show.guarded(sys.stdout), show.guarded(sys.stderr))
        if args.command == "show":
            data = show.article_json(archive, args.id)
            if args.json:
                _print_jsonl([data])
            else:
                show.print_article(data, out)
            return 0
        raise CliError(f"unknown command {args.command}", EXIT_USAGE)
    finally:
        archive.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from kutip.index.facade import ArchiveError, IndexBusy, QueryError
    from kutip.tui.cli_print import consoles, message

    out, err = consoles()
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        return dispatch(args, out, err)
    except (CliError, ArchiveError, QueryError, IndexBusy) as error:
        err.print(message(f"kutip: {error}", "red"))
        return (
            error.code
            if isinstance(error, CliError)
            else (EXIT_USAGE if isinstance(error, QueryError) else EXIT_ERROR)
        )
    except KeyboardInterrupt:
        err.print(message("kutip: interrupted", "red"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
