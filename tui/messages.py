"""Every message that names a key, in one table, by command id (``{sort}``).

A message written with the default key (``o sorts …``, ``Esc clears``) sent a user who had
rebound it to a key that now does something else; said through :func:`message`, each names the
keys of the app's table (the user's), as the hint lines do. Other fields (``{name}``) are filled
by the caller; a new message naming a key belongs here, never as a literal in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from kutip.tui.commands import Command, keyed, table_of

MESSAGES = {
    # the article list's commands (ListActions)
    "no_target": "Open an article first ({open} in the list), then {bookmark} bookmarks it",
    "bookmarked": "Bookmarked the {what} — {bookmarks} lists bookmarks",
    "unbookmarked": "Bookmark of the {what} removed",
    "no_search": "No search to save: type one first ({search}), then {save_search}",
    "search_saved": "Saved the search as “{name}” — {saved_searches} or the palette runs it",
    "name_search": "{what}: {query} — Enter saves, {prompt_cancel} cancels",
    "sort_statements": "Statement matches stay best match first: {sort} sorts the article list"
    " ({statements_only} back to it)",
    "sorted_unseen": "List sorted: {order} — {toggle_side} shows the list",
    "no_filters": "No filters to clear: {facets} filters by outlet, language, month or person",
    # searching, and the entity filter
    "entity_filter": "{articles} {verb} {name} — {close_search} clears",
    "among_mentioning": " among articles mentioning {name} — {close_search} clears",
    "still_typing": " (still typing: {search_results} searches exactly)",
    "statement_matches": "{shown}{more} statement{plural} match {query} — {pane_select} opens the article"
    " at one",
    "first_match": "Match 1/{count} for {query} — {next_match}/{previous_match} for next/previous",
    "no_search_yet": "No search yet: press {search}",
    # entities in the reader
    "not_in_body": "{name}: {why} — {articles_mentioning}: articles mentioning",
    "mention_first": "{name}: mention {at}/{count} — {next_match}/{previous_match} next/previous,"
    " {articles_mentioning}: articles mentioning, {close_search} clears",
    "mention": "{name}: mention {at}/{count} — {close_search} clears",
    "selection_cleared": "Selection cleared — {next_match}/{previous_match} step through search matches",
    # citations
    "no_citation_target": "Open an article first ({open} in the list), then copy",
    # the list's header and the facet panel
    "header_facets": " — {facets_clear} clears",
    "header_filter": " — {close_search} clears",
    "facets_title": "facets · {facet_choose} filters · {facets_clear} clears",
    # bookmarks and saved searches, empty
    "no_bookmarks": "No bookmarks yet: {bookmark} bookmarks the open article, or the statement under the"
    " cursor.",
    "no_saved_searches": "No saved searches yet: search ({search}), then {save_search} saves it with a name.",
    # a person's or an entity's page
    "page_not_quoted": "not quoted in the archive — in the entities pane, {articles_mentioning} lists the"
    " articles mentioning them",
    "page_nothing_passes": "nothing passes the filters ({page_clear} clears them)",
    "page_more": "▾ {left} more — {pane_select} shows the next {next}",
    "page_no_outlets": "No outlet to filter by: the articles here name none ({page_outlet} and"
    " {page_outlet_back} step through named outlets)",
    "page_no_kinds": "No statement here to filter by kind: {page_kind} chooses direct or indirect speech",
    # before an article is open
    "reader_empty": "Choose an article from the list and press {open}.",
    "entities_no_article": "Open an article ({open} on the list) to see the people, organisations and"
    " places it names.",
}
"""Messages naming keys, by name; their key fields are command ids."""

SEARCH_HINTS: dict[str, tuple[str, ...]] = {
    "closed": (
        "{search} to search the archive · {statements_only} who said what",
        "{search} search · {statements_only} who said what",
        "{search} search · {statements_only} statements",
        "{search} search",
    ),
    "articles": (
        "Search the archive — {search_results}: results, {close_search}: close",
        "Search — {search_results}: results, {close_search}: close",
        "Search — {close_search}: close",
        "Search",
    ),
    "statements": (
        "Statements only: words, or speaker:name words — {search_results}: results",
        "Statements only: words, or speaker:name words",
        "Statements: words, speaker:name",
        "Statements",
    ),
}
"""The search bar's hints, each from the fullest to the shortest (the bar shows the fullest that fits)."""


def hints(commands: Sequence[Command], which: str) -> tuple[str, ...]:
    """``SEARCH_HINTS[which]`` with the keys of ``commands`` (an app's table: the user's)."""
    return tuple(keyed(commands, hint) for hint in SEARCH_HINTS[which])


def message(app: object, name: str, /, **values: str) -> str:
    """``MESSAGES[name]`` with the keys of ``app``'s table (the user's) and ``values`` filled in."""
    return keyed(table_of(app), MESSAGES[name], **values)
