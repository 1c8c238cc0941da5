"""What every ``kutip`` command shares: the run context, exit codes, one-line errors, JSON Lines.

Imported by ``cli.py`` at startup, so it stays light: Rich and the archive façade are
imported inside the functions that need them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Container, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from _typeshed import SupportsWrite
    from rich.console import Console

    from kutip.index.facade import Archive, EntityType

__all__ = [
    "ENTITY_TYPES",
    "EXIT_EMPTY",
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "TYPE_SPELLINGS",
    "CliError",
    "Command",
    "Consoles",
    "Context",
    "KutipParser",
    "VersionAction",
    "archive_location",
    "entity_kind",
    "entity_type",
    "entity_type_label",
    "exit_code",
    "print_jsonl",
    "raise_interrupt",
    "require_articles",
]

# The archive's entity kinds (kutip.index.facade.EntityType values; a test keeps them equal).
ENTITY_TYPES = ("person", "organization", "place")
# What people type for a kind, all accepted; what they are shown is ``_LABELS``.
TYPE_SPELLINGS = {
    "person": "person", "people": "person", "per": "person",
    "organization": "organization", "organisation": "organization", "org": "organization",
    "place": "place", "loc": "place", "location": "place",
}  # fmt: skip
_LABELS = {"person": "person", "organization": "organisation", "place": "place"}

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_EMPTY = 3  # the archive holds no articles yet: nothing to list or search
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A failure to report in one line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


class Consoles:
    """The guarded stdout and stderr consoles, each made when first asked for: a command that
    prints only JSON never imports Rich."""

    def __init__(self) -> None:
        self._out: Console | None = None
        self._err: Console | None = None

    @property
    def out(self) -> Console:
        if self._out is None:
            from kutip.tui.cli_print import out_console

            self._out = out_console()
        return self._out

    @property
    def err(self) -> Console:
        if self._err is None:
            from kutip.tui.cli_print import err_console

            self._err = err_console()
        return self._err


class Context(NamedTuple):
    """What a command handler gets: its arguments, the opened archive, and the two guarded consoles."""

    args: argparse.Namespace
    archive: Archive
    consoles: Consoles

    @property
    def out(self) -> Console:
        return self.consoles.out

    @property
    def err(self) -> Console:
        return self.consoles.err


Handler = Callable[[Context], int]


class Command(NamedTuple):
    """One ``kutip`` subcommand for ``cli.COMMANDS``; ``prepare`` runs before the archive is opened."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler
    prepare: Callable[[argparse.Namespace, Console, Path | None], None] | None = None


def later(module: str, name: str) -> Callable[..., Any]:
    """``kutip.tui.MODULE.NAME``, imported when called: a command imports only its own module
    (where ``.pyc`` files are not written, each module imported is compiled again: ~1 ms a
    module, and ``kutip search`` needs one of the eight)."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(f"kutip.tui.{module}"), name)(*args)

    return call


def named_command(argv: Sequence[str], names: Container[str]) -> str | None:
    """The command ``argv`` names: its first word that is no option nor ``--index``'s value."""
    value = False
    for arg in argv:
        if value or arg.startswith("-"):
            value = arg == "--index"
            continue
        return arg if arg in names else None
    return None


def exit_code(error: Exception) -> int:
    """A :class:`CliError`'s own code; a query the parser refused is a usage error; else 1."""
    from kutip.index.facade import QueryError

    if isinstance(error, CliError):
        return error.code
    return EXIT_USAGE if isinstance(error, QueryError) else EXIT_ERROR


def raise_interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM ends a run like Ctrl-C: committed work is kept and reported."""
    raise KeyboardInterrupt


class KutipParser(argparse.ArgumentParser):
    """argparse's usage errors quote what was typed (or what a script passed): shown inert."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        from kutip.tui.terminal import safe

        super()._print_message(safe(message) if message else message, file)


class VersionAction(argparse.Action):
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


def entity_kind(text: str) -> str:
    """argparse ``type=`` for an entity kind: ``organisation``, ``organization`` and ``org`` all work."""
    kind = TYPE_SPELLINGS.get(text.strip().lower())
    if kind is None:
        raise argparse.ArgumentTypeError(f"unknown type {text!r} (person, organisation or place)")
    return kind


def entity_type(value: str | None) -> EntityType | None:
    from kutip.index.facade import EntityType

    return EntityType(value) if value else None


def entity_type_label(kind: EntityType | str) -> str:
    """The one spelling people see ("organisation"); JSON keeps the archive's value."""
    value = kind if isinstance(kind, str) else kind.value
    return _LABELS.get(value, value)


def print_jsonl(rows: list[dict[str, Any]]) -> None:
    from kutip.tui.terminal import is_utf8, json_line

    ascii_only = not is_utf8(sys.stdout)
    for row in rows:
        sys.stdout.write(json_line(row, ascii_only=ascii_only))


def require_articles(archive: Archive) -> None:
    """Commands that read the archive say it is empty, and how to fill it, instead of "0 results"."""
    if archive.is_empty():
        from kutip.index.facade import sample_corpus_path

        raise CliError(
            f"the archive at {archive.location} is empty: add articles with `kutip index PATH` "
            f"(to try kutip, index the bundled sample: `kutip index {sample_corpus_path()}`)",
            EXIT_EMPTY,
        )


def archive_location(args: argparse.Namespace, consoles: Consoles) -> Path | None:
    """``--index``, then ``$KUTIP_INDEX``, then the settings file, then the data dir."""
    if args.index is not None or os.environ.get("KUTIP_INDEX", "").strip():
        given = Path(args.index) if args.index is not None else Path(os.environ["KUTIP_INDEX"].strip())
        if given.exists() and not given.is_dir():
            raise CliError(f"{given} is not an archive folder (a file is there)", EXIT_USAGE)
        return Path(args.index) if args.index is not None else None
    from kutip.tui.cli_print import message
    from kutip.tui.settings import load_settings

    settings, warnings = load_settings()
    for warning in warnings:
        consoles.err.print(message(f"kutip: {warning}", "yellow"))
    return settings.index
