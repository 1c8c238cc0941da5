"""The search input: hidden until ``/``, closed with Esc."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import Input

from kutip.tui.commands import bindings


class SearchBar(Input):
    """An Input whose extra keys come from the command table."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("search"))

    DEFAULT_CSS = """
    SearchBar {
        display: none;
        &.-open { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the archive — Enter: results, Esc: close", id=id)

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def close(self) -> None:
        self.remove_class("-open")
        self.value = ""
