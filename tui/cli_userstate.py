"""``kutip bookmarks`` and ``kutip export state``: what the reader keeps for the user, from the shell.

The state (read marks, bookmarks, saved searches) is a JSON file beside the archive
(:mod:`kutip.tui.userstate`); these commands read it and never need the archive to
hold articles, so bookmarks can be listed (and saved) even while an archive is rebuilt.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from kutip.tui.cli_common import Context, print_jsonl


def bookmarks_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="JSON Lines, one bookmark per line")


def bookmarks(ctx: Context) -> int:
    from kutip.tui.cli_print import message
    from kutip.tui.terminal import safe
    from kutip.tui.userstate import UserState

    state = UserState.beside(ctx.archive.location)
    if state.problem:
        ctx.err.print(message(f"kutip: {state.problem}", "yellow"))
    marks = state.bookmarks
    if ctx.args.json:
        present = ctx.archive.has_articles({b.article for b in marks})
        print_jsonl([{**asdict(b), "in_archive": b.article in present} for b in marks])
        return 0
    if not marks:
        ctx.err.print(message("kutip: no bookmarks yet: in the reader, b bookmarks an article or statement"))
        return 0
    present = ctx.archive.has_articles({b.article for b in marks})
    for bookmark in marks:
        where = " · ".join(part for part in (bookmark.outlet, bookmark.date) if part)
        if bookmark.article not in present:
            where += " · no longer in the archive"
        ident = bookmark.statement or bookmark.article
        ctx.out.print(safe(f"{ident}  {bookmark.describe()}"), markup=False, highlight=False, soft_wrap=True)
        if bookmark.kind == "statement" or where:
            title = f"{bookmark.title} · " if bookmark.kind == "statement" else ""
            detail = safe(f"    {title}{where}")
            ctx.out.print(detail, markup=False, highlight=False, style="dim", soft_wrap=True)
    return 0


def export_state(location: Path, output: Path | None) -> int:
    """Write the whole state as one JSON object to ``output``, or stdout."""
    from kutip.index.facade import ArchiveError
    from kutip.tui.terminal import json_safe, safe
    from kutip.tui.userstate import UserState

    state = UserState.beside(location)
    if state.problem:
        raise ArchiveError(state.problem)
    text = json.dumps(state.to_json(), ensure_ascii=False, indent=1) + "\n"
    if output is None:
        sys.stdout.write(json_safe(text))
        return 0
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ArchiveError(f"cannot write {output}: {error.strerror or error}") from None
    data = state.to_json()
    counts = f"{len(data['bookmarks'])} bookmarks, {len(data['searches'])} saved searches"
    sys.stderr.write(safe(f"kutip: wrote {counts} and {len(data['read'])} read marks to {output}") + "\n")
    return 0
