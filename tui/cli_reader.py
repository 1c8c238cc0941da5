"""``kutip`` with no command: open the reader (Textual is imported only here)."""

from __future__ import annotations

from pathlib import Path

from kutip.tui.cli_common import Context


def run(ctx: Context) -> int:
    from kutip.index.facade import sample_corpus_path
    from kutip.tui.app import KutipApp
    from kutip.tui.cli_print import message

    archive = ctx.archive
    index_paths: list[Path] | None = None
    if archive.is_empty():
        note = f"The archive at {archive.location} is empty: indexing the bundled sample corpus."
        ctx.err.print(message(note))
        index_paths = [sample_corpus_path()]
    elif archive.needs_rebuild:
        ctx.err.print(message("The archive was made by another version of kutip: rebuilding it."))
        index_paths = []
    KutipApp(archive, index_paths=index_paths).run()
    return 0
