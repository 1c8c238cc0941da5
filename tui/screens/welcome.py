"""The first-run screen: the archive is empty, so say how to fill it.

The bundled sample is fictional; it must never land in the user's archive, so the
screen offers it only as a separate archive in its own folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from kutip.tui.commands import COMMANDS, Command, keyed, table_of
from kutip.tui.scopes import ScopedKeys
from kutip.tui.widgets.keys_footer import KeysFooter


@dataclass(frozen=True, slots=True)
class WelcomeChoice:
    """What the user picked: a folder to index into their archive, or the separate sample archive."""

    kind: Literal["folder", "sample"]
    path: Path | None = None


def welcome_content(location: Path, commands: Sequence[Command] = COMMANDS) -> Content:
    """The screen's text; plain ``Content``, so nothing from a path is read as markup; its keys are
    ``commands``' (the app's table: the user's)."""
    return Content.assemble(
        ("Welcome to kutip", "bold"),
        "\n\nYour archive is empty:\n  ",
        str(location),
        "\n\nTo fill it, index a folder of articles from the shell:\n  ",
        ("kutip index PATH", "bold"),
        "\nor press ",
        (keyed(commands, "{welcome_add}"), "bold"),
        " to type a folder path here and index it now.\n\nTo look around first, press ",
        (keyed(commands, "{welcome_sample}"), "bold"),
        " to open the bundled sample: fictional articles kept in a separate sample archive,"
        " never mixed into yours.",
    )


class WelcomeScreen(ScopedKeys, Screen[WelcomeChoice], scope="welcome"):
    """Shown instead of the reader while the archive is empty; dismissed with the user's choice."""

    AUTO_FOCUS = ""  # the path box takes keys only after ``a``: until then a and s are commands

    DEFAULT_CSS = """
    WelcomeScreen {
        align: center middle;
        & > Vertical {
            width: 76;
            height: auto;
            border: round $primary;
            border-title-align: center;
            background: $surface;
            padding: 1 2;
        }
        #welcome-path { margin-top: 1; }
        #welcome-error { color: $error; height: auto; }
    }
    """

    def __init__(self, location: Path, note: str = "") -> None:
        super().__init__()
        self.location = location
        self.note = note  # why the screen is back, e.g. a folder held no articles

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "kutip"
            yield Static(welcome_content(self.location, table_of(self.app)), id="welcome-text")
            path_input = Input(placeholder="Folder of articles, e.g. ~/news", id="welcome-path")
            path_input.display = False
            yield path_input
            yield Static(self.note, id="welcome-error", markup=False)
        yield KeysFooter()

    def action_add_folder(self) -> None:
        path_input = self.query_one("#welcome-path", Input)
        path_input.display = True
        path_input.focus()

    def action_open_sample(self) -> None:
        self.dismiss(WelcomeChoice("sample"))

    def key_escape(self) -> None:
        """Esc leaves the path box (the screen's keys work again) without choosing anything."""
        path_input = self.query_one("#welcome-path", Input)
        if path_input.display:
            path_input.display = False
            self.query_one("#welcome-error", Static).update("")
            self.set_focus(None)

    @on(Input.Submitted, "#welcome-path")
    def _path_given(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        path = Path(typed).expanduser() if typed else None
        if path is None or not path.exists():
            self.query_one("#welcome-error", Static).update(f"No such folder: {typed}" if typed else "")
            return
        self.dismiss(WelcomeChoice("folder", path))
