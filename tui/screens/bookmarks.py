"""The bookmarks view: every bookmarked article and statement, newest first.

Bookmarks live in the user's state file (:mod:`kutip.tui.userstate`), not in the
archive, so this view lists them from their saved words even when an article has
left the archive. Enter returns the chosen bookmark to the app, which opens it; ``d``
removes one; Esc goes back.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from kutip.tui.commands import key_hint, table_of
from kutip.tui.messages import message
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import one_line
from kutip.tui.userstate import Bookmark, UserState, UserStateError
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.pane_list import PaneList

HINT = "bookmarks_open: open — bookmarks_delete: remove — bookmarks_back: back"
EMPTY_HINT = "bookmarks_back: back"


def bookmark_prompt(bookmark: Bookmark, present: bool = True) -> Content:
    """Two lines: what was bookmarked, then where it is from (and whether the archive still has it)."""
    parts = [bookmark.outlet, bookmark.date, "" if present else "no longer in the archive"]
    where = " · ".join(one_line(part) for part in parts if part)
    what = "statement" if bookmark.kind == "statement" else "article"
    first = one_line(bookmark.describe())
    second = f"  {what} · {one_line(bookmark.title)}" + (f" · {where}" if where else "")
    if bookmark.kind == "article":
        second = f"  {what}" + (f" · {where}" if where else "")
    return Content.assemble((first, "bold"), "\n", (second, "$text-muted"))


class BookmarksScreen(ScopedKeys, Screen[Bookmark | None], scope="bookmarks"):
    """Bookmarks; dismissed with the chosen one, or None on Esc."""

    DEFAULT_CSS = """
    BookmarksScreen {
        & > #bookmarks-header { padding: 0 1; height: auto; border-bottom: solid $primary-muted; }
        & > #bookmarks-list { height: 1fr; border-top: none; }
        & > #bookmarks-status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    }
    """

    def __init__(self, state: UserState, present: set[str] | None = None) -> None:
        super().__init__()
        self.state = state
        self.present = present  # ids of bookmarked articles the archive holds; None: not known
        self.shown: list[Bookmark] = []

    def hint(self) -> str:
        """The hint line, with the user's keys: with nothing listed, only the one that acts."""
        return key_hint(table_of(self.app), HINT if self.shown else EMPTY_HINT)

    def compose(self) -> ComposeResult:
        yield Static(id="bookmarks-header")
        yield PaneList(id="bookmarks-list", markup=False)
        yield Static(Content(self.hint()), id="bookmarks-status")
        yield KeysFooter()

    @property
    def bookmark_list(self) -> PaneList:
        return self.query_one("#bookmarks-list", PaneList)

    def on_mount(self) -> None:
        self._fill()
        self.bookmark_list.focus()

    def _fill(self, index: int = 0) -> None:
        self.shown = self.state.bookmarks
        options = self.bookmark_list
        options.clear_options()
        present = self.present
        options.add_options(
            [Option(bookmark_prompt(b, present is None or b.article in present)) for b in self.shown]
        )
        count = len(self.shown)
        said = f"{count}" if count else message(self.app, "no_bookmarks")
        header = Content.assemble(("Bookmarks", "bold"), f"  {said}")
        self.query_one("#bookmarks-header", Static).update(header)
        if self.shown:
            options.highlighted = max(0, min(index, count - 1))
        self.refresh_bindings()  # the footer's d comes and goes with the list's rows
        self.query_one("#bookmarks-status", Static).update(Content(self.hint()))  # its Enter and d too

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """d removes the highlighted bookmark: with none listed, the footer does not offer it."""
        return bool(self.shown) if action == "delete" else True

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.shown[event.option_index])

    def action_open(self) -> None:
        self.bookmark_list.action_select()

    def action_delete(self) -> None:
        index = self.bookmark_list.highlighted
        if index is None or not self.shown:
            return
        try:
            self.state.remove_bookmark(self.shown[index])
        except UserStateError as error:
            self.query_one("#bookmarks-status", Static).update(Content(str(error)))
            return
        self._fill(index)

    def action_back(self) -> None:
        self.dismiss(None)
