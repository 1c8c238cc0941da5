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
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NamedTuple

from kutip.tui import cli_cite, cli_entities, cli_index, cli_reader, cli_search, cli_statements
from kutip.tui.cli_common import (
    ENTITY_TYPES,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CliError,
    Context,
    Handler,
)

if TYPE_CHECKING:
    from _typeshed import SupportsWrite
    from rich.console import Console

__all__ = ["COMMANDS", "ENTITY_TYPES", "CliError", "build_parser", "main"]


class Command(NamedTuple):
    """One ``kutip`` subcommand; ``prepare`` runs before the archive is opened."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler
    prepare: Callable[[argparse.Namespace, Console, Path | None], None] | None = None


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
)  # fmt: skip
_BY_NAME = {command.name: command for command in COMMANDS}


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
        from importlib import metadata

        try:
            version = metadata.version("kutip")
        except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
            version = "0+unknown"
        sys.stdout.write(f"kutip {version}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kutip",
        description="A keyboard-driven reader for news archives: who said what, where, reported by whom.",
        epilog="Without a command, kutip opens the reader.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    where = "archive location (default: $KUTIP_INDEX or the user data dir)"
    parser.add_argument("--index", metavar="DIR", type=Path, help=where)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.arguments(subparsers.add_parser(command.name, help=command.help))
    return parser


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def dispatch(args: argparse.Namespace, out: Console, err: Console) -> int:
    from kutip.index.facade import Archive
    from kutip.tui.cli_common import archive_location

    command = _BY_NAME.get(args.command) if args.command else None
    location = archive_location(args, err)
    if command is not None and command.prepare is not None:
        command.prepare(args, err, location)
    archive = Archive.open(location)
    try:
        return (command.run if command is not None else cli_reader.run)(Context(args, archive, out, err))
    finally:
        archive.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kutip.index.facade import ArchiveError, IndexBusy, QueryError
    from kutip.tui.cli_print import consoles, message

    out, err = consoles()
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        return dispatch(args, out, err)
    except (CliError, ArchiveError, QueryError, IndexBusy) as error:
        err.print(message(f"kutip: {error}", "red"))
        if isinstance(error, CliError):
            return error.code
        return EXIT_USAGE if isinstance(error, QueryError) else EXIT_ERROR
    except KeyboardInterrupt:
        err.print(message("kutip: interrupted", "red"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
