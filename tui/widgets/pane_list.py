"""The list every side pane is built on: an OptionList with the table's vim keys.

Entities, statements, statement search results and a person's statements all
move the same way (j/k/g/G, arrows, Enter, mouse), declared once as the ``pane``
scope of the command table.
"""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kutip.index.facade import EntityType, Statement, StatementRow
from kutip.tui.scopes import ScopedKeys
from kutip.tui.widgets.scroll_size import SizedByContainer


class PaneList(ScopedKeys, SizedByContainer, OptionList, scope="pane"):
    """An OptionList whose keys come from the command table."""

    DEFAULT_CSS = """
    PaneList {
        height: 1fr;
        max-height: 100%;
        border: none;
        border-top: solid $primary-muted;
        border-title-color: $text-muted;
        padding: 0;
        background: $background;
        &:focus { border: none; border-top: solid $primary; border-title-color: $text; }
        & > .option-list--option { padding: 0 1; }
    }
    """


def note(text: str) -> Option:
    """A muted line saying why a pane is empty: an empty pane with no word looks broken. It is
    disabled, so the cursor never lands on it and Enter chooses nothing."""
    return Option(Content.assemble((text, "italic $text-muted")), disabled=True)


class PersonRequested(Message):
    """Show the page of this person (every statement across the archive), organisation or place.

    ``entity_type`` None leaves it to the page to find out what the archive knows the name as.
    """

    def __init__(self, name: str, entity_type: EntityType | None = None) -> None:
        super().__init__()
        self.name = name
        self.entity_type = entity_type


class StatementRowChosen(Message):
    """Open the article of this statement, scrolled to it."""

    def __init__(self, row: StatementRow) -> None:
        super().__init__()
        self.row = row


class VersionsRequested(Message):
    """Open the quote finder on this statement's cluster: every article reporting the remark."""

    def __init__(self, statement: Statement) -> None:
        super().__init__()
        self.statement = statement
