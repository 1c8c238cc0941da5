"""What ``c``, ``C`` and ``y`` copy: the target (the statement under the cursor, else the open
article), the citation in a style, the style ``C`` chose (remembered for ``c``), a quote's words.

The copy runs the clipboard chain (:mod:`kutip.tui.clipboard`) in the app's "copy" worker
and, when no clipboard is confirmed, shows the text in the fallback dialog.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kutip.index.facade import Article, Statement
from kutip.tui.citation_styles import short_name
from kutip.tui.clipboard import SYSTEM, TERMINAL, CopyResult, copy_text_async
from kutip.tui.messages import message
from kutip.tui.settings import SettingsError, save_setting
from kutip.tui.widgets.statements_pane import StatementsPane

if TYPE_CHECKING:
    from kutip.tui.app import KutipApp

Target = tuple[Article, Statement | None]


def describe_copy(result: CopyResult, what: str) -> str | None:
    """The status line after a copy, or None when the text must be shown in the fallback dialog."""
    if result.method == SYSTEM:
        return f"Copied {what} to the system clipboard"
    if result.method == TERMINAL:
        saved = f"; saved in {home_short(result.path)}" if result.path else ""
        return f"Copied {what} via the terminal (OSC 52, unconfirmed){saved}"
    return None


def home_short(path: Path) -> str:
    """``path`` with the home folder as ``~``: the status line has one line for the whole message."""
    try:
        return f"~/{path.relative_to(Path.home()).as_posix()}"
    except (ValueError, RuntimeError):  # not under the home folder, or no home known
        return str(path)


def quote_words(text: str) -> str:
    """A quote's words without the comma or colon that joins it to its sentence ("…siang," ujar X)."""
    return text.strip().rstrip(",;:").rstrip()


class Citing:
    """The app's citation commands; the app's ``action_*`` hand over here in a line."""

    def __init__(self, app: KutipApp) -> None:
        self.app = app

    def target(self) -> Target | None:
        """The open article and its selected statement: the statements pane's cursor when it has
        the focus, else the statement the reader marks, else none (the article itself)."""
        app = self.app
        article = app.reader.article
        if article is None:
            return None
        focused = app.focused
        if isinstance(focused, StatementsPane) and focused.current is not None:
            return article, focused.current
        return article, app.reader.current_statement

    def _no_target(self) -> None:
        self.app.bell()
        self.app.status.say(message(self.app, "no_citation_target"))

    def cite(self) -> None:
        self.cite_in(self.app.settings.citation_style)

    def choose(self) -> None:
        app = self.app
        target = self.target()
        if target is None:
            self._no_target()
            return
        article, statement = target
        today = date.today()

        def chosen(style: str | None) -> None:
            if style is not None:
                self.remember_style(style)
                self.cite_in(style, target, today)

        from kutip.tui.screens.cite import CiteScreen  # imported when first used (kutip.tui.opening.PAGES)

        screen = CiteScreen(article, statement, style=app.settings.citation_style, accessed=today)
        app.push_screen(screen, callback=chosen)

    def cite_in(self, style: str, target: Target | None = None, accessed: date | None = None) -> None:
        target = target or self.target()
        if target is None:
            self._no_target()
            return
        article, statement = target
        from kutip.tui.screens.cite import citation_text

        text = citation_text(article, statement, style, accessed)
        what = f"{short_name(style)} citation of the {'statement' if statement else 'article'}"
        self.app.copy_out(text, what)

    def copy_text(self) -> None:
        target = self.target()
        if target is None:
            self._no_target()
            return
        article, statement = target
        if statement is not None:
            self.app.copy_out(quote_words(statement.text), "the quote's words")
        else:
            self.app.copy_out(f"{self.app.headline(article)}\n{article.path}", "the headline and path")

    def remember_style(self, style: str) -> None:
        """The style chosen with C is the one c uses from now on (and in the next session)."""
        app = self.app
        if style == app.settings.citation_style:
            return
        app.settings = replace(app.settings, citation_style=style)
        app.run_worker(lambda: self._save_style(style), thread=True, exclusive=True, group="settings-style")

    def _save_style(self, style: str) -> None:
        app = self.app
        try:
            save_setting("citation_style", style, app.settings_file)
        except (SettingsError, OSError) as error:
            app.call_from_thread(app.status.say, f"Citation style not saved: {error}", error=True)

    async def copy(self, text: str, what: str) -> None:
        """Run the copy chain (slow steps in threads); say which step holds the text, or show it."""
        app = self.app
        app.status.say(f"Copying {what}…")
        try:
            result = await copy_text_async(app, text)
        except Exception as error:  # never lose the text: show it
            result = CopyResult("none", f"Not copied: {error}")
        message = describe_copy(result, what)
        if message is not None:
            app.status.say(message)
            return
        app.status.say(f"Could not copy {what} to a clipboard: it is shown to copy by hand", error=True)
        from kutip.tui.screens.cite import FallbackDialog

        app.push_screen(FallbackDialog(text, result.path, result.detail))
