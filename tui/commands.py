"""Every command of the reader, declared once.

One table feeds the key bindings of each widget, the footer (``show``), the help
screen (grouped by ``group``) and the command palette, so a key can never be bound
in one place and documented differently in another.

The module is long because it is a table: one keyword-argument row per command.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from textual.binding import Binding

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


Group = Literal[
    "Application", "Article list", "Reader", "Side panes", "Entities", "Statements", "Quote finder",
    "Citations", "Search", "Bookmarks and read state", "Sorting and facets", "Pages", "First run",
]
"""A help-screen section: a typo in a command row fails in mypy instead of making a section of its own."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Command:
    """One thing the user can do, with its keys and where it shows up."""

    id: str
    keys: str  # Textual key names, comma separated; the first is the one displayed
    description: str
    group: Group
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

    @property
    def first_key(self) -> str:
        """The key a hint names, e.g. ``Enter``."""
        first = self.keys.split(",")[0]
        return _KEY_NAMES.get(first, first)


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

GROUPS: tuple[Group, ...] = (
    "Application", "Article list", "Reader", "Side panes", "Entities", "Statements", "Quote finder",
    "Citations", "Search", "Bookmarks and read state", "Sorting and facets", "Pages", "First run",
)
"""Help-screen order of the groups."""

COMMANDS: tuple[Command, ...] = (
    # Application
    Command(
        id="quit", keys="q", description="Quit", group="Application", action="quit", scope="app", show=True,
    ),
    Command(
        id="help", keys="question_mark", description="Help", group="Application", action="help", scope="app",
        show=True, key_display="?",
    ),
    Command(
        id="palette", keys="ctrl+p", description="Commands", group="Application", action="command_palette",
        scope="app", palette=False,
    ),
    Command(
        id="reload", keys="r", description="Reload list", group="Application", action="reload", scope="app",
        show=True, main_screen=True,
    ),
    Command(
        id="next_pane", keys="tab", description="Next pane", group="Application", action="focus_next",
        scope="app",
    ),
    Command(
        id="previous_pane", keys="shift+tab", description="Previous pane", group="Application",
        action="focus_previous", scope="app",
    ),
    Command(
        id="toggle_theme", keys="t", description="Dark / light theme", group="Application",
        action="toggle_theme", scope="app", show=True, short="Theme",
    ),
    Command(
        id="choose_theme", keys="T", description="Choose a theme", group="Application",
        action="change_theme", scope="app",
    ),
    Command(
        id="toggle_side", keys="s", description="Show / hide side panes", group="Application",
        action="toggle_side", scope="app", show=True, short="Side panes", main_screen=True,
    ),
    # Article list
    Command(
        id="cursor_down", keys="j,down", description="Next article", group="Article list",
        action="cursor_down", scope="list",
    ),
    Command(
        id="cursor_up", keys="k,up", description="Previous article", group="Article list", action="cursor_up",
        scope="list",
    ),
    Command(
        id="page_down", keys="pagedown", description="Page down", group="Article list", action="page_down",
        scope="list",
    ),
    Command(
        id="page_up", keys="pageup", description="Page up", group="Article list", action="page_up",
        scope="list",
    ),
    Command(
        id="first", keys="g,home", description="First article", group="Article list", action="first",
        scope="list",
    ),
    Command(
        id="last", keys="G,end", description="Last article", group="Article list", action="last",
        scope="list",
    ),
    Command(
        id="open", keys="enter", description="Open article", group="Article list", action="select",
        scope="list", show=True,
    ),
    # Reader
    Command(
        id="scroll_down", keys="j,down", description="Scroll down", group="Reader", action="scroll_down",
        scope="reader",
    ),
    Command(
        id="scroll_up", keys="k,up", description="Scroll up", group="Reader", action="scroll_up",
        scope="reader",
    ),
    Command(
        id="reader_page_down", keys="pagedown,space", description="Page down", group="Reader",
        action="page_down", scope="reader",
    ),
    Command(
        id="reader_page_up", keys="pageup", description="Page up", group="Reader", action="page_up",
        scope="reader",
    ),
    Command(
        id="top", keys="g,home", description="Top of article", group="Reader", action="scroll_home",
        scope="reader",
    ),
    Command(
        id="bottom", keys="G,end", description="End of article", group="Reader", action="scroll_end",
        scope="reader",
    ),
    # Side panes: entities, statements, search results and the person view share these
    Command(
        id="pane_down", keys="j,down", description="Next item", group="Side panes", action="cursor_down",
        scope="pane", palette=False,
    ),
    Command(
        id="pane_up", keys="k,up", description="Previous item", group="Side panes", action="cursor_up",
        scope="pane", palette=False,
    ),
    Command(
        id="pane_first", keys="g,home", description="First item", group="Side panes", action="first",
        scope="pane", palette=False,
    ),
    Command(
        id="pane_last", keys="G,end", description="Last item", group="Side panes", action="last",
        scope="pane", palette=False,
    ),
    Command(
        id="pane_select", keys="enter", description="Choose item", group="Side panes", action="select",
        scope="pane", palette=False,
    ),
    # Entities
    Command(
        id="articles_mentioning", keys="a", description="Articles mentioning entity", group="Entities",
        action="articles_mentioning", scope="entities", show=True, short="Articles mentioning",
    ),
    Command(
        id="entity_person", keys="p", description="Page of this entity (person, organisation, place)",
        group="Entities", action="person", scope="entities", show=True, short="Page",
    ),
    # Statements
    Command(
        id="speaker_person", keys="p", description="Statements by this speaker", group="Statements",
        action="person", scope="statements", show=True, short="Person view",
    ),
    Command(
        id="statement_versions", keys="f", description="Versions of this statement in other articles",
        group="Statements", action="versions", scope="statements", show=True, short="Versions",
    ),
    # Person and entity pages (the filter line names each key beside what it filters, so not in the footer)
    Command(
        id="page_outlet", keys="o", description="Filter the page by the next outlet", group="Pages",
        action="next_outlet", scope="person", short="Outlet",
    ),
    Command(
        id="page_outlet_back", keys="O", description="Filter the page by the previous outlet", group="Pages",
        action="previous_outlet", scope="person", short="Previous outlet",
    ),
    Command(
        id="page_kind", keys="d", description="Direct, indirect or all statements", group="Pages",
        action="next_kind", scope="person", short="Direct / indirect",
    ),
    Command(
        id="page_dates", keys="w", description="Filter the page by dates (2024, 2024-03, 2024-01..2024-06)",
        group="Pages", action="date_range", scope="person", short="Dates",
    ),
    Command(
        id="page_clear", keys="x", description="Clear the page's filters", group="Pages",
        action="clear_filters", scope="person", short="Clear filters",
    ),
    Command(
        id="person_back", keys="escape", description="Close the page, back to the reader", group="Pages",
        action="back", scope="person", show=True, key_display="Esc", palette=False,
        short="Back to the reader",
    ),
    # Quote finder
    Command(
        id="quote_finder", keys="f", description="Quote finder: every report of a remark",
        group="Quote finder", action="quote_finder", scope="app", show=True, short="Find quote",
        main_screen=True,
    ),
    Command(
        id="finder_phrase", keys="slash", description="Type a phrase", group="Quote finder",
        action="focus_phrase", scope="finder", show=True, key_display="/", palette=False, short="Phrase",
    ),
    Command(
        id="finder_versions", keys="down", description="From the phrase to the versions",
        group="Quote finder", action="focus_versions", scope="finder", palette=False,
    ),
    Command(
        id="finder_back", keys="escape", description="Back to the reader", group="Quote finder",
        action="back", scope="finder", show=True, key_display="Esc", palette=False,
    ),
    # Citations and the clipboard
    Command(
        id="cite", keys="c", description="Copy a citation of the statement (or article)", group="Citations",
        action="cite", scope="app", show=True, short="Cite", main_screen=True,
    ),
    Command(
        id="cite_choose", keys="C", description="Copy a citation in a chosen style (c then uses it)…",
        group="Citations", action="cite_choose", scope="app", show=True, short="Cite as…", main_screen=True,
    ),
    Command(
        id="copy_text", keys="y", description="Copy the quote's words (or headline and path)",
        group="Citations", action="copy_text", scope="app", show=True, short="Copy text", main_screen=True,
    ),
    Command(
        id="cite_next", keys="j", description="Next style", group="Citations", action="cursor_down",
        scope="cite", palette=False,
    ),
    Command(
        id="cite_previous", keys="k", description="Previous style", group="Citations", action="cursor_up",
        scope="cite", palette=False,
    ),
    Command(
        id="cite_cancel", keys="escape", description="Cancel the citation", group="Citations",
        action="cancel", scope="cite", show=True, key_display="Esc", palette=False, short="Cancel",
    ),
    Command(
        id="fallback_close", keys="escape", description="Close the copy-by-hand dialog", group="Citations",
        action="close", scope="fallback", show=True, key_display="Esc", palette=False, short="Close",
    ),
    # Search
    Command(
        id="search", keys="slash", description="Search", group="Search", action="search", scope="app",
        show=True, key_display="/", main_screen=True,
    ),
    Command(
        id="statements_only", keys="ctrl+t", description="Search statements only (on / off)", group="Search",
        action="toggle_statements", scope="app", show=True, short="Statements only", main_screen=True,
    ),
    Command(
        id="next_match", keys="n", description="Next match (or entity mention)", group="Search",
        action="next_match", scope="app", show=True, short="Next", main_screen=True,
    ),
    Command(
        id="previous_match", keys="N", description="Previous match (or mention)", group="Search",
        action="previous_match", scope="app", main_screen=True,
    ),
    Command(
        id="search_results", keys="enter", description="Go to results", group="Search", action="submit",
        scope="search", palette=False,
    ),
    Command(
        id="close_search", keys="escape", description="Close search, clear a filter or the selection",
        group="Search", action="close_search", scope="app", show=True, key_display="Esc", short="Clear",
        main_screen=True,
    ),
    # Bookmarks, read state and saved searches
    Command(
        id="bookmark", keys="b",
        description="Bookmark the statement under the cursor (or the article); again removes it",
        group="Bookmarks and read state", action="bookmark", scope="app", show=True, short="Bookmark",
        main_screen=True,
    ),
    Command(
        id="bookmarks", keys="B", description="Bookmarks", group="Bookmarks and read state",
        action="bookmarks", scope="app", main_screen=True,
    ),
    Command(
        id="unread_only", keys="u", description="Unread articles only (on / off)",
        group="Bookmarks and read state", action="unread_only", scope="app", show=True, short="Unread",
        main_screen=True,
    ),
    Command(
        id="mark_read", keys="m", description="Mark the article read / unread",
        group="Bookmarks and read state", action="mark_read", scope="list",
    ),
    Command(
        id="save_search", keys="S", description="Save this search with a name…",
        group="Bookmarks and read state", action="save_search", scope="app", main_screen=True,
    ),
    Command(
        id="saved_searches", keys="R", description="Saved searches", group="Bookmarks and read state",
        action="saved_searches", scope="app", main_screen=True,
    ),
    Command(
        id="bookmarks_open", keys="enter", description="Open the bookmark", group="Bookmarks and read state",
        action="open", scope="bookmarks", show=True, short="Open", palette=False,
    ),
    Command(
        id="bookmarks_delete", keys="d,delete", description="Remove the bookmark",
        group="Bookmarks and read state", action="delete", scope="bookmarks", show=True, short="Remove",
        palette=False,
    ),
    Command(
        id="bookmarks_back", keys="escape", description="Close the bookmarks, back to the reader",
        group="Bookmarks and read state", action="back", scope="bookmarks", show=True, key_display="Esc",
        palette=False, short="Back to the reader",
    ),
    Command(
        id="searches_run", keys="enter", description="Run the saved search", group="Bookmarks and read state",
        action="run", scope="searches", show=True, short="Run", palette=False,
    ),
    Command(
        id="searches_delete", keys="d,delete", description="Forget the saved search",
        group="Bookmarks and read state", action="delete", scope="searches", show=True, short="Forget",
        palette=False,
    ),
    Command(
        id="searches_back", keys="escape", description="Close the saved searches, back to the reader",
        group="Bookmarks and read state", action="back", scope="searches", show=True, key_display="Esc",
        palette=False, short="Back to the reader",
    ),
    Command(
        id="prompt_cancel", keys="escape", description="Cancel naming the search",
        group="Bookmarks and read state", action="cancel", scope="prompt", show=True, key_display="Esc",
        palette=False, short="Cancel",
    ),
    # Sorting and facets
    Command(
        id="sort", keys="o", description="Sort the list: as found, by date, outlet, title (cycles)",
        group="Sorting and facets", action="sort", scope="app", show=True, short="Sort", main_screen=True,
    ),
    Command(
        id="facets", keys="F", description="Facets: filter by outlet, language, month, person (show / hide)",
        group="Sorting and facets", action="facets", scope="app", show=True, short="Facets", main_screen=True,
    ),
    Command(
        id="facet_choose", keys="enter,space", description="Filter by this value (again: unfilter)",
        group="Sorting and facets", action="choose", scope="facets", palette=False,
    ),
    Command(
        id="facets_clear", keys="x", description="Clear the facet filters", group="Sorting and facets",
        action="clear_facets", scope="app", main_screen=True,
    ),
    # The first-run screen, shown while the archive is empty (its own group: its keys reuse a and s)
    Command(
        id="welcome_add", keys="a", description="Index a folder into your archive", group="First run",
        action="add_folder", scope="welcome", show=True, short="Add folder", palette=False,
    ),
    Command(
        id="welcome_sample", keys="s", description="Open the bundled sample (a separate archive)",
        group="First run", action="open_sample", scope="welcome", show=True, short="Sample", palette=False,
    ),
    # The help screen's own keys are listed under Application (PgDn / PgUp scroll it as they do any text)
    Command(
        id="help_down", keys="j,down", description="Scroll help down", group="Application",
        action="help_down", scope="help", palette=False,
    ),
    Command(
        id="help_up", keys="k,up", description="Scroll help up", group="Application",
        action="help_up", scope="help", palette=False,
    ),
    Command(
        id="help_top", keys="g,home", description="Top of help", group="Application",
        action="help_top", scope="help", palette=False,
    ),
    Command(
        id="help_end", keys="G,end", description="End of help", group="Application",
        action="help_end", scope="help", palette=False,
    ),
    Command(
        id="close_help", keys="escape,q,question_mark", description="Close help", group="Application",
        action="dismiss", scope="help", show=True, key_display="Esc", palette=False,
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


def key_hint(commands: Iterable[Command], template: str) -> str:
    """A screen's hint line with the table's keys (the user's): ``template`` names command ids,
    ``bookmarks_open: open — bookmarks_back: back`` -> ``Enter: open — Esc: back`` (``a/b: x``)."""
    by_id = {command.id: command for command in commands}
    parts = [part.split(": ", 1) for part in template.split(" — ")]
    keys = ["/".join(by_id[i].first_key for i in ids.split("/")) for ids, _what in parts]
    return " — ".join(f"{key}: {what}" for key, (_ids, what) in zip(keys, parts, strict=True))


def keyed(commands: Iterable[Command], template: str, **values: str) -> str:
    """A message naming keys by command id, ``{sort} sorts the list`` -> ``o sorts the list``, with
    the user's keys: a message writing the default key lied once the user rebound it. ``values``
    fill the message's other fields (their own braces are kept as written)."""
    fields = {command.id: command.first_key for command in commands}
    return template.format_map({**fields, **values})


def table_of(app: object) -> tuple[Command, ...]:
    """The app's table with the user's keys (the defaults for an app that keeps none)."""
    table: tuple[Command, ...] = getattr(app, "command_table", COMMANDS)
    return table


def grouped(commands: Iterable[Command] = COMMANDS) -> list[tuple[str, list[Command]]]:
    """Commands by group, in help-screen order."""
    by_group: dict[str, list[Command]] = {group: [] for group in GROUPS}
    for command in commands:
        by_group.setdefault(command.group, []).append(command)
    return [(group, members) for group, members in by_group.items() if members]
