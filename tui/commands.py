"""Every command of the reader, declared once.

One table feeds the key bindings of each widget, the footer (``show``), the help
screen (grouped by ``group``) and the command palette, so a key can never be bound
in one place and documented differently in another.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

Scope = Literal[
    "app", "list", "reader", "search", "help", "pane", "entities", "statements", "person", "finder", "cite",
    "fallback", "welcome", "bookmarks", "searches", "prompt", "facets",
]
"""Where a command's binding lives: the app, or the widget (or screen) that must have focus.

``pane`` is every side list (entities, statements, statement results, a person's
statements, the quote finder's versions); ``person`` is the person screen,
``finder`` the quote finder, ``cite`` the citation style picker, ``fallback``
the dialog showing text the clipboard may not hold, ``welcome`` the first-run screen,
``bookmarks`` and ``searches`` the bookmarks and saved-searches views, ``prompt`` the
dialog asking a saved search's name and ``facets`` the facet panel beside the list.
"""


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the user can do, with its keys and where it shows up."""

    id: str
    keys: str  # Textual key names, comma separated; the first is the one displayed
    description: str
    group: str
    action: str  # action run on the scope's node
    scope: Scope
    show: bool = False  # in the footer
    key_display: str | None = None
    palette: bool = True  # offered in the command palette
    short: str | None = None  # footer label when the description is too long for it
    main_screen: bool = False  # an app command acting on the main screen: off while another is on top

    @property
    def display_keys(self) -> str:
        """Keys as the help screen prints them, e.g. ``j / ↓``."""
        return " / ".join(_KEY_NAMES.get(key, key) for key in self.keys.split(","))


_KEY_NAMES = {
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "question_mark": "?",
    "slash": "/",
    "ctrl+p": "Ctrl+P",
    "space": "Space",
    "ctrl+t": "Ctrl+T",
}

GROUPS = (
    "Application", "Article list", "Reader", "Side panes", "Entities", "Statements", "Quote finder",
    "Citations", "Search", "Bookmarks and read state", "Sorting and facets", "First run",
)
"""Help-screen order of the groups."""

COMMANDS: tuple[Command, ...] = (
    # Application
    Command("quit", "q", "Quit", "Application", "quit", "app", show=True),
    Command("help", "question_mark", "Help", "Application", "help", "app", show=True, key_display="?"),
    Command("palette", "ctrl+p", "Commands", "Application", "command_palette", "app", palette=False),
    Command("reload", "r", "Reload list", "Application", "reload", "app", show=True, main_screen=True),
    Command("next_pane", "tab", "Next pane", "Application", "focus_next", "app"),
    Command("previous_pane", "shift+tab", "Previous pane", "Application", "focus_previous", "app"),
    Command("toggle_theme", "t", "Dark / light theme", "Application", "toggle_theme", "app", show=True,
            short="Theme"),
    Command("toggle_side", "s", "Show / hide side panes", "Application", "toggle_side", "app", show=True,
            short="Side panes", main_screen=True),
    # Article list
    Command("cursor_down", "j,down", "Next article", "Article list", "cursor_down", "list"),
    Command("cursor_up", "k,up", "Previous article", "Article list", "cursor_up", "list"),
    Command("page_down", "pagedown", "Page down", "Article list", "page_down", "list"),
    Command("page_up", "pageup", "Page up", "Article list", "page_up", "list"),
    Command("first", "g,home", "First article", "Article list", "first", "list"),
    Command("last", "G,end", "Last article", "Article list", "last", "list"),
    Command("open", "enter", "Open article", "Article list", "select", "list", show=True),
    # Reader
    Command("scroll_down", "j,down", "Scroll down", "Reader", "scroll_down", "reader"),
    Command("scroll_up", "k,up", "Scroll up", "Reader", "scroll_up", "reader"),
    Command("reader_page_down", "pagedown,space", "Page down", "Reader", "page_down", "reader"),
    Command("reader_page_up", "pageup", "Page up", "Reader", "page_up", "reader"),
    Command("top", "g,home", "Top of article", "Reader", "scroll_home", "reader"),
    Command("bottom", "G,end", "End of article", "Reader", "scroll_end", "reader"),
    # Side panes: entities, statements, search results and the person view share these
    Command("pane_down", "j,down", "Next item", "Side panes", "cursor_down", "pane", palette=False),
    Command("pane_up", "k,up", "Previous item", "Side panes", "cursor_up", "pane", palette=False),
    Command("pane_first", "g,home", "First item", "Side panes", "first", "pane", palette=False),
    Command("pane_last", "G,end", "Last item", "Side panes", "last", "pane", palette=False),
    Command("pane_select", "enter", "Choose item", "Side panes", "select", "pane", palette=False),
    # Entities
    Command("articles_mentioning", "a", "Articles mentioning entity", "Entities", "articles_mentioning",
            "entities", show=True, short="Articles mentioning"),
    Command("entity_person", "p", "Statements by this person", "Entities", "person", "entities", show=True,
            short="Person view"),
    # Statements
    Command("speaker_person", "p", "Statements by this speaker", "Statements", "person", "statements",
            show=True, short="Person view"),
    Command("statement_versions", "f", "Versions of this statement in other articles", "Statements",
            "versions", "statements", show=True, short="Versions"),
    Command("person_back", "escape", "Back to the reader", "Statements", "back", "person", show=True,
            key_display="Esc", palette=False),
    # Quote finder
    Command("quote_finder", "f", "Quote finder: every report of a remark", "Quote finder", "quote_finder",
            "app", show=True, short="Find quote", main_screen=True),
    Command("finder_phrase", "slash", "Type a phrase", "Quote finder", "focus_phrase", "finder", show=True,
            key_display="/", palette=False, short="Phrase"),
    Command("finder_versions", "down", "From the phrase to the versions", "Quote finder", "focus_versions",
            "finder", palette=False),
    Command("finder_back", "escape", "Back to the reader", "Quote finder", "back", "finder", show=True,
            key_display="Esc", palette=False),
    # Citations and the clipboard
    Command("cite", "c", "Copy a citation of the statement (or article)", "Citations", "cite", "app",
            show=True, short="Cite", main_screen=True),
    Command("cite_choose", "C", "Copy a citation in a chosen style (c then uses it)…", "Citations",
            "cite_choose", "app", show=True, short="Cite as…", main_screen=True),
    Command("copy_text", "y", "Copy the quote's words (or headline and path)", "Citations", "copy_text",
            "app", show=True, short="Copy text", main_screen=True),
    Command("cite_next", "j", "Next style", "Citations", "cursor_down", "cite", palette=False),
    Command("cite_previous", "k", "Previous style", "Citations", "cursor_up", "cite", palette=False),
    Command("cite_cancel", "escape", "Cancel the citation", "Citations", "cancel", "cite", show=True,
            key_display="Esc", palette=False, short="Cancel"),
    Command("fallback_close", "escape", "Close the copy-by-hand dialog", "Citations", "close", "fallback",
            show=True, key_display="Esc", palette=False, short="Close"),
    # Search
    Command("search", "slash", "Search", "Search", "search", "app", show=True, key_display="/",
            main_screen=True),
    Command("statements_only", "ctrl+t", "Search statements only (on / off)", "Search", "toggle_statements",
            "app", show=True, short="Statements only", main_screen=True),
    Command("next_match", "n", "Next match (or entity mention)", "Search", "next_match", "app",
            show=True, short="Next", main_screen=True),
    Command("previous_match", "N", "Previous match (or mention)", "Search", "previous_match", "app",
            main_screen=True),
    Command("search_results", "enter", "Go to results", "Search", "submit", "search", palette=False),
    Command("close_search", "escape", "Close search, clear a filter or the selection", "Search",
            "close_search", "app", show=True, key_display="Esc", short="Clear", main_screen=True),
    # Bookmarks, read state and saved searches
    Command("bookmark", "b", "Bookmark the statement under the cursor (or the article); again removes it",
            "Bookmarks and read state", "bookmark", "app", show=True, short="Bookmark", main_screen=True),
    Command("bookmarks", "B", "Bookmarks", "Bookmarks and read state", "bookmarks", "app", main_screen=True),
    Command("unread_only", "u", "Unread articles only (on / off)", "Bookmarks and read state", "unread_only",
            "app", show=True, short="Unread", main_screen=True),
    Command("mark_read", "m", "Mark the article read / unread", "Bookmarks and read state", "mark_read",
            "list"),
    Command("save_search", "S", "Save this search with a name…", "Bookmarks and read state", "save_search",
            "app", main_screen=True),
    Command("saved_searches", "R", "Saved searches", "Bookmarks and read state", "saved_searches", "app",
            main_screen=True),
    Command("bookmarks_open", "enter", "Open the bookmark", "Bookmarks and read state", "open", "bookmarks",
            show=True, short="Open", palette=False),
    Command("bookmarks_delete", "d,delete", "Remove the bookmark", "Bookmarks and read state", "delete",
            "bookmarks", show=True, short="Remove", palette=False),
    Command("bookmarks_back", "escape", "Back to the reader", "Bookmarks and read state", "back",
            "bookmarks", show=True, key_display="Esc", palette=False),
    Command("searches_run", "enter", "Run the saved search", "Bookmarks and read state", "run", "searches",
            show=True, short="Run", palette=False),
    Command("searches_delete", "d,delete", "Forget the saved search", "Bookmarks and read state", "delete",
            "searches", show=True, short="Forget", palette=False),
    Command("searches_back", "escape", "Back to the reader", "Bookmarks and read state", "back", "searches",
            show=True, key_display="Esc", palette=False),
    Command("prompt_cancel", "escape", "Cancel", "Bookmarks and read state", "cancel", "prompt", show=True,
            key_display="Esc", palette=False),
    # Sorting and facets
    Command("sort", "o", "Sort the list: as found, by date, outlet, title (cycles)", "Sorting and facets",
            "sort", "app", show=True, short="Sort", main_screen=True),
    Command("facets", "F", "Facets: filter by outlet, language, month, person (show / hide)",
            "Sorting and facets", "facets", "app", show=True, short="Facets", main_screen=True),
    Command("facet_choose", "enter,space", "Filter by this value (again: unfilter)", "Sorting and facets",
            "choose", "facets", palette=False),
    Command("facets_clear", "x", "Clear the facet filters", "Sorting and facets", "clear_facets", "app",
            main_screen=True),
    # The first-run screen, shown while the archive is empty (its own group: its keys reuse a and s)
    Command("welcome_add", "a", "Index a folder into your archive", "First run", "add_folder", "welcome",
            show=True, short="Add folder", palette=False),
    Command("welcome_sample", "s", "Open the bundled sample (a separate archive)", "First run",
            "open_sample", "welcome", show=True, short="Sample", palette=False),
    # The help screen's own keys are listed under Application
    Command(
        "close_help", "escape,q,question_mark", "Close help", "Application", "dismiss", "help",
        show=True, key_display="Esc", palette=False,
    ),
)

COMMANDS_BY_ID = {command.id: command for command in COMMANDS}


def with_overrides(
    overrides: Mapping[str, str], commands: Iterable[Command] = COMMANDS
) -> tuple[Command, ...]:
    """The table with the user's keys (command id -> keys) in place of the defaults.

    The app keeps this table and derives everything from it: its keymap (so every
    binding and the footer), the help screen and the palette's key hints.
    """
    return tuple(
        replace(command, keys=overrides[command.id], key_display=None) if command.id in overrides else command
        for command in commands
    )


def keymap(commands: Iterable[Command]) -> dict[str, str]:
    """Binding id -> keys for every command whose keys differ from the defaults (Textual's keymap)."""
    return {
        command.id: command.keys
        for command in commands
        if command.id in COMMANDS_BY_ID and command.keys != COMMANDS_BY_ID[command.id].keys
    }


def key_clashes(commands: Iterable[Command]) -> list[str]:
    """One line per key bound to two commands of one scope (only overrides can cause that)."""
    seen: dict[tuple[str, str], str] = {}
    clashes = []
    for command in commands:
        for key in command.keys.split(","):
            other = seen.setdefault((command.scope, key), command.id)
            if other != command.id:
                clashes.append(f"key {key!r} is bound to both {other} and {command.id}")
    return clashes


def bindings(scope: Scope) -> list[Binding]:
    """The ``BINDINGS`` for the node that owns ``scope``."""
    return [
        Binding(
            command.keys,
            command.action,
            command.short or command.description,
            show=command.show,
            key_display=command.key_display,
            id=command.id,
        )
        for command in COMMANDS
        if command.scope == scope
    ]


def grouped(commands: Iterable[Command] = COMMANDS) -> list[tuple[str, list[Command]]]:
    """Commands by group, in help-screen order."""
    by_group: dict[str, list[Command]] = {group: [] for group in GROUPS}
    for command in commands:
        by_group.setdefault(command.group, []).append(command)
    return [(group, members) for group, members in by_group.items() if members]


class CommandsProvider(Provider):
    """Offers the table's commands in Textual's command palette.

    A chosen command runs the app action ``run_command``, which finds the widget
    that owns its scope, so the palette behaves exactly like the key.
    """

    def _palette_commands(self) -> list[Command]:
        table: Iterable[Command] = getattr(self.app, "command_table", COMMANDS)  # with the user's keys
        return [command for command in table if command.palette]

    def _runner(self, command: Command) -> Callable[[], Awaitable[bool]]:
        return partial(self.app.run_action, f"run_command({command.id!r})")

    def _help_text(self, command: Command) -> str:
        return f"{command.group} · {command.display_keys}"

    async def discover(self) -> Hits:
        for command in self._palette_commands():
            yield DiscoveryHit(
                command.description, self._runner(command), help=self._help_text(command)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._palette_commands():
            score = matcher.match(command.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.description),
                    self._runner(command),
                    help=self._help_text(command),
                )
