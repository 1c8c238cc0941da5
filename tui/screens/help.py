"""The help screen: every binding, grouped by area, straight from the command table."""

from __future__ import annotations

import textwrap

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from kutip.tui.commands import COMMANDS, Command, grouped
from kutip.tui.scopes import ScopedKeys
from kutip.tui.widgets.keys_footer import KeysFooter

KEY_COLUMN = 16
DESCRIPTION_WIDTH = 48
"""Columns a description fills before it wraps (the box's 72, less its border, padding, scrollbar
and the key column): a longer one goes on under itself, not under the keys."""
HANGING = "\n" + " " * (2 + KEY_COLUMN)


def help_content(commands: tuple[Command, ...] = COMMANDS) -> Content:
    """The whole help text: a heading per group, then ``keys  description`` rows."""
    parts: list[str | tuple[str, str]] = []
    for number, (group, members) in enumerate(grouped(commands)):
        if number:
            parts.append("\n")
        parts.append((group, "bold underline"))
        parts.append("\n")
        for command in members:
            parts.append((f"  {command.display_keys:<{KEY_COLUMN}}", "bold"))
            lines = textwrap.wrap(command.description, DESCRIPTION_WIDTH) or [""]
            parts.append(HANGING.join(lines) + "\n")
    return Content.assemble(*parts).rstrip()


class HelpScreen(ScopedKeys, ModalScreen[None], scope="help"):
    """A modal list of keys; Esc, q or ? closes it."""

    def __init__(self, commands: tuple[Command, ...] = COMMANDS) -> None:
        super().__init__()
        self.commands = commands  # the app's table, with the user's keys

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 72;
            max-height: 90%;
            height: auto;
            border: round $primary;
            border-title-align: center;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "kutip keys"
            yield Static(help_content(self.commands), id="help-text")
        yield KeysFooter()

    def action_help_down(self) -> None:
        """j and the arrow. At once (``immediate``): keys that come before the next frame (a held
        key, keys sent together) would each scroll from where the last frame left the view."""
        self.query_one(VerticalScroll).scroll_relative(y=1, animate=False, immediate=True)

    def action_help_up(self) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=-1, animate=False, immediate=True)

    def action_help_top(self) -> None:
        self.query_one(VerticalScroll).scroll_home(animate=False)

    def action_help_end(self) -> None:
        self.query_one(VerticalScroll).scroll_end(animate=False)
