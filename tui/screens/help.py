"""The help screen: every binding, grouped by area, straight from the command table."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from kutip.tui.commands import COMMANDS, Command, grouped
from kutip.tui.scopes import ScopedKeys

KEY_COLUMN = 16


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
            parts.append(f"{command.description}\n")
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
