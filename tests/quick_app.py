"""The app most pilot and snapshot tests drive: no debounce, its settings beside the archive."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE


def quick_app(archive: Archive) -> KutipApp:
    """An app over ``archive`` that answers keys at once and keeps its settings out of the home folder."""
    app = KutipApp(archive, settings_file=archive.location.parent / "settings.toml")
    app.debounce = NO_DEBOUNCE
    return app
