"""The ``kutip`` command: the reader, and the archive from the shell.

Each command group lives in its own ``cli_*`` module and is registered once in
:data:`COMMANDS` (name, help, arguments builder, handler). Output meant for scripts
(``--json``) is JSON Lines on stdout; progress, summaries and errors go to stderr.
Everything printed for people passes :mod:`kutip.tui.terminal`. Rich, the archive
façade and Textual are imported only when a command runs, so ``--version`` is fast.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from kutip.tui import (
    cli_cite,
    cli_common,
    cli_entities,
    cli_index,
    cli_reader,
    cli_search,
    cli_statements,
    cli_userstate,
)
from kutip.tui.cli_common import ENTITY_TYPES, CliError, Command, Consoles, Context

__all__ = ["COMMANDS", "ENTITY_TYPES", "CliError", "build_parser", "main"]

COMMANDS = (
    Command("index", "add files and folders to the archive (incremental); --rebuild repairs it",
            cli_index.arguments, cli_index.run, cli_index.prepare),
    Command("search", "search articles with the query language",
            cli_search.search_arguments, cli_search.search),
    Command("entities", "people, organisations and places in the archive",
            cli_entities.arguments, cli_entities.run),
    Command("quotes", "what people said: direct and reported statements",
            cli_statements.quotes_arguments, cli_statements.quotes),
    Command("statements", "the same statement as reported by several articles (cross-article clusters)",
            cli_statements.statements_arguments, cli_statements.statements),
    Command("find", "the quote finder: every report of a remark, fuzzily matched",
            cli_statements.find_arguments, cli_statements.find),
    Command("cite", cli_cite.CITE_HELP, cli_cite.cite_arguments, cli_cite.handle),
    Command("export", cli_cite.EXPORT_HELP, cli_cite.export_arguments, cli_cite.handle),
    Command("show", "print one article's clean text", cli_search.show_arguments, cli_search.show),
    Command("bookmarks", "the articles and statements bookmarked in the reader (b)",
            cli_userstate.bookmarks_arguments, cli_userstate.bookmarks),
)  # fmt: skip
_BY_NAME = {command.name: command for command in COMMANDS}


def build_parser() -> argparse.ArgumentParser:
    parser = cli_common.KutipParser(
        prog="kutip",
        description="A keyboard-driven reader for news archives: who said what, where, reported by whom.",
        epilog="Without a command, kutip opens the reader. Exit codes: 0 done, 1 error, 2 usage error or"
        " bad query, 3 the archive is empty, 130 interrupted.",
    )
    parser.add_argument("--version", action=cli_common.VersionAction, help="show the version and exit")
    where = "archive location (default: $KUTIP_INDEX or the user data dir)"
    parser.add_argument("--index", metavar="DIR", type=Path, help=where)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.arguments(subparsers.add_parser(command.name, help=command.help))
    return parser


def dispatch(args: argparse.Namespace, consoles: Consoles) -> int:
    from kutip.index.facade import Archive

    command = _BY_NAME.get(args.command) if args.command else None
    location = cli_common.archive_location(args, consoles)
    if command is not None and command.prepare is not None:
        command.prepare(args, consoles.err, location)
    archive = Archive.open(location)
    try:
        return (command.run if command is not None else cli_reader.run)(Context(args, archive, consoles))
    finally:
        archive.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kutip.index.facade import ArchiveError, IndexBusy, QueryError

    consoles = Consoles()  # made when first printed to: JSON output never imports Rich
    signal.signal(signal.SIGTERM, cli_common.raise_interrupt)
    try:
        return dispatch(args, consoles)
    except (CliError, ArchiveError, QueryError, IndexBusy) as error:
        return _failed(consoles, f"kutip: {error}", cli_common.exit_code(error))
    except KeyboardInterrupt:
        return _failed(consoles, "kutip: interrupted", cli_common.EXIT_INTERRUPTED)
    except BrokenPipeError:
        return 0


def _failed(consoles: Consoles, text: str, code: int) -> int:
    from kutip.tui.cli_print import message

    consoles.err.print(message(text, "red"))
    return code


if __name__ == "__main__":
    sys.exit(main())
