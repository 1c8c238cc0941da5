"""The theme the user picks (t, or the palette's theme list) is the one the next session opens with."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.theme import Theme

from kutip.tui.settings import SettingsError, save_setting

if TYPE_CHECKING:
    from kutip.tui.app import KutipApp


class ThemeKeeper:
    """Applies the saved theme at start and saves each new one (in a thread) to the settings file."""

    def __init__(self, app: KutipApp) -> None:
        self.app = app
        self._saved = app.settings.theme

    def start(self) -> None:
        app = self.app
        if app.settings.theme and app.settings.theme in app.available_themes:
            app.theme = app.settings.theme
        app.theme_changed_signal.subscribe(app, self._changed)

    def _changed(self, theme: Theme) -> None:
        if theme.name != self._saved:
            self._saved = theme.name
            work = partial(self._save, theme.name)
            self.app.run_worker(work, thread=True, exclusive=True, group="settings")

    def _save(self, name: str) -> None:
        app = self.app
        try:
            save_setting("theme", name, app.settings_file)
        except (SettingsError, OSError) as error:
            app.call_from_thread(app.status.say, f"Theme not saved: {error}", error=True)
            return
        app.call_from_thread(app.status.say, f"Theme {name} saved to the settings")
