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

from kutip.tui import cli_common
from kutip.tui.cli_common import ENTITY_TYPES, CliError, Command, Consoles, Context, later, named_command

__all__ = ["COMMANDS", "ENTITY_TYPES", "CliError", "build_parser", "main"]


COMMANDS = (
    Command("index", "add files and folders to the archive (incremental); --rebuild repairs it",
            later("cli_index", "arguments"), later("cli_index", "run"), later("cli_index", "prepare")),
    Command("search", "search articles with the query language",
            later("cli_search", "search_arguments"), later("cli_search", "search")),
    Command("entities", "people, organisations and places in the archive",
            later("cli_entities", "arguments"), later("cli_entities", "run")),
    Command("quotes", "what people said: direct and reported statements",
            later("cli_statements", "quotes_arguments"), later("cli_statements", "quotes")),
    Command("statements", "the same statement as reported by several articles (cross-article clusters)",
            later("cli_statements", "statements_arguments"), later("cli_statements", "statements")),
    Command("find", "the quote finder: every report of a remark, fuzzily matched",
            later("cli_statements", "find_arguments"), later("cli_statements", "find")),
    Command("cite", "cite an article or a statement",  # cli_cite.CITE_HELP, its module not imported
            later("cli_cite", "cite_arguments"), later("cli_cite", "handle")),
    Command("export", "write quotes or citations for other tools, or the reader's bookmarks (state)",
            later("cli_cite", "export_arguments"), later("cli_cite", "handle")),
    Command("show", "print one article's clean text",
            later("cli_search", "show_arguments"), later("cli_search", "show")),
    Command("bookmarks", "the articles and statements bookmarked in the reader (b)",
            later("cli_userstate", "bookmarks_arguments"), later("cli_userstate", "bookmarks")),
)  # fmt: skip
_BY_NAME = {command.name: command for command in COMMANDS}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command listed; with ``only``, only that command's own arguments are built."""
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
        sub = subparsers.add_parser(command.name, help=command.help)
        if only is None or command.name == only:
            command.arguments(sub)
    return parser


def dispatch(args: argparse.Namespace, consoles: Consoles) -> int:
    from kutip.index.facade import Archive

    command = _BY_NAME.get(args.command) if args.command else None
    location = cli_common.archive_location(args, consoles)
    if command is not None and command.prepare is not None:
        command.prepare(args, consoles.err, location)
    archive = Archive.open(location)
    try:
        run = command.run if command is not None else later("cli_reader", "run")
        return run(Context(args, archive, consoles))
    finally:
        archive.close()


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(named_command(words, _BY_NAME) or "").parse_args(words)
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
