"""``kutip index``: add, update, prune and repair (``--rebuild``) the archive.

``--rebuild`` runs before the archive is opened, because a damaged document store
cannot be opened at all: :meth:`Archive.repair` rebuilds what the open check found
damaged and one line says what it did. A run that finds no article says so in a
line of its own; like any completed run it exits 0 (skips are reported per file).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from kutip.tui.cli_common import EXIT_INTERRUPTED, EXIT_USAGE, CliError, Context

if TYPE_CHECKING:
    from rich.console import Console

READABLE = ".txt, .md, .html, .json and .jsonl"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders, recursive")
    parser.add_argument("--prune", action="store_true", help="remove articles whose files are gone")
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="repair a damaged archive: rebuild its search index (or all of it) from the recorded files",
    )


def prepare(args: argparse.Namespace, err: Console, location: Path | None) -> None:
    """Usage checks, then ``--rebuild``; both before the archive is opened."""
    from kutip.index.facade import Archive
    from kutip.tui.cli_print import message, progress_bar

    if not args.paths and not args.prune and not args.rebuild:
        raise CliError("give files or folders to index (or --prune, or --rebuild)", EXIT_USAGE)
    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        raise CliError(f"no such file or folder: {missing[0]}", EXIT_USAGE)
    if args.rebuild:
        with progress_bar(err, "Rebuilding") as advance:
            done = Archive.repair(location, progress=advance)
        err.print(message(f"kutip: {done}"))


def run(ctx: Context) -> int:
    from kutip.tui.cli_print import index_with_progress, message, print_report

    args = ctx.args
    if not args.paths and not args.prune:
        return 0  # --rebuild alone: prepare() did it
    report = index_with_progress(ctx.archive, args.paths, args.prune, ctx.err)
    print_report(report, ctx.err, ctx.archive.count())
    if report.interrupted:
        return EXIT_INTERRUPTED
    if args.paths and not (report.added or report.updated or report.unchanged):
        where = args.paths[0] if len(args.paths) == 1 else "the paths given"
        why = "every file was skipped (reasons above)" if report.skipped else f"kutip reads {READABLE} files"
        ctx.err.print(message(f"kutip: no articles found in {where}: {why}", "yellow"))
    return 0
