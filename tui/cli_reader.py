"""``kutip`` with no command: open the reader (Textual is imported only here)."""

from __future__ import annotations

from pathlib import Path

from kutip.tui.cli_common import Context


def run(ctx: Context) -> int:
    from kutip.tui.app import KutipApp
    from kutip.tui.cli_print import message
    from kutip.tui.esc_key import prompt_escape

    archive = ctx.archive
    index_paths: list[Path] | None = None
    welcome = archive.is_empty()  # the reader's welcome screen says how to fill it; nothing is indexed
    if not welcome and archive.needs_rebuild:
        ctx.err.print(message("The archive was made by another version of kutip: rebuilding it."))
        index_paths = []
    if welcome or index_paths is not None:
        _indexing_ready()
    app = KutipApp(archive, index_paths=index_paths, welcome=welcome)
    prompt_escape()
    app.run()
    if app.sample_archive is not None:
        app.sample_archive.close()
    return 0


def _indexing_ready() -> None:
    """Start multiprocessing's resource tracker while standard error is still the terminal's: the
    indexing pool's processes need it, and it hands the tracker ``sys.stderr.fileno()``, which under
    Textual's capture of standard error is -1 ("bad value(s) in fds_to_keep": every rebuild and
    every folder added from the reader failed so)."""
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
