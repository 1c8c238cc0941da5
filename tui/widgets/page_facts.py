"""The lines at the top of a person's or an entity's page, and the page's filter keys.

Names, roles and outlets come from articles, so every line is built from plain strings
through ``one_line`` and styled with spans, never parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from textual.content import Content

from kutip.index.facade import EntityType, Filters, Profile
from kutip.tui.commands import COMMANDS, Command, keyed
from kutip.tui.text import one_line
from kutip.tui.widgets.list_shape import NO_OUTLET
from kutip.tui.widgets.pane_list import PaneList
from kutip.tui.widgets.statement_rows import fold_repeats, row_repeat_key

MUTED = "$text-muted"
TYPE_LABELS = {
    EntityType.PERSON: "person",
    EntityType.ORGANIZATION: "organisation",
    EntityType.PLACE: "place",
}
TYPE_STYLES = {
    EntityType.PERSON: "bold $text-accent",
    EntityType.ORGANIZATION: "bold $text-success",
    EntityType.PLACE: "bold $text-primary",
}
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_RANGE = re.compile(rf"^\s*({_DAY})?\s*(?:(\.\.|–|—|to)\s*({_DAY})?)?\s*$")

class PageList(PaneList):
    """The page's list (its filter keys are the page screen's, from the command table's "person" scope)."""


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


def title(profile: Profile, shown: str, naming: int = 0) -> Content:
    """The page's first line: the name, what it is, and what the archive holds about it
    (``naming``: how many articles name a person never quoted)."""
    kind = profile.entity_type
    if kind is EntityType.PERSON:
        summary = count(len(fold_repeats(profile.statements, row_repeat_key)), "statement")
        if profile.statements:
            outlets = count(len(profile.outlets), "outlet")
            summary += f" in {count(profile.article_count, 'article')} from {outlets}"
        elif naming:
            summary = f"not quoted, named in {count(naming, 'article')}"
    else:
        summary = f"mentioned in {count(profile.article_count, 'article')}"
        summary += f", named in {count(len(profile.statements), 'statement')}"
    return Content.assemble(
        (one_line(shown), TYPE_STYLES[kind]), (f"  {TYPE_LABELS[kind]}", MUTED), f"  {summary}"
    )


def names_line(profile: Profile, shown: str) -> Content:
    others = [one_line(n) for n in profile.names if n != shown]
    return _line("Also written ", others or ["(no other names in the archive)"])


def roles_line(profile: Profile) -> Content:
    """Roles as written, with when and how often; a role only the archive's tables hold is in italics."""
    parts: list[str | tuple[str, str]] = []
    for role in profile.roles:
        when = _span(role.first, role.last)
        seen = count(role.articles, "article")
        parts.append(one_line(role.role) if role.written else (one_line(role.role), "italic"))
        parts.append((f" ({when}, {seen})" if when else f" ({seen})", MUTED))
    return _line("Roles ", parts or ["(none written beside the name)"], pairs=True)


def outlets_line(profile: Profile) -> Content:
    """``Quoted by A 11 · B 7 · (no outlet) 25``: the statements (or articles) of pages naming no
    outlet are counted too, so the line adds up to the title's count rather than a part of it (a
    person's statements counted as the façade's tally counts them: a paragraph printed twice once)."""
    person = profile.entity_type is EntityType.PERSON
    label = "Quoted by " if person else "Outlets "
    said = sum(number for _, number in profile.months) + profile.undated  # the outlets' own tally
    counted = said if person else profile.article_count
    unnamed = counted - sum(number for _, number in profile.outlets)
    outlets = [(one_line(outlet), number) for outlet, number in profile.outlets]
    if outlets and unnamed > 0:  # in its place by count, as the facet panel lists it
        at = next((i for i, (_, number) in enumerate(outlets) if number < unnamed), len(outlets))
        outlets.insert(at, (NO_OUTLET, unnamed))
    return _line(label, [f"{outlet} {number}" for outlet, number in outlets] or ["(no outlet named)"])


def named_by_line(outlets: Sequence[tuple[str, int]], articles: int) -> Content:
    """``Named by A 2 · (no outlet) 1``: the outlets of the articles naming a person never quoted."""
    parts = [(one_line(outlet), number) for outlet, number in outlets]
    unnamed = articles - sum(number for _, number in parts)
    if parts and unnamed > 0:
        at = next((i for i, (_, number) in enumerate(parts) if number < unnamed), len(parts))
        parts.insert(at, (NO_OUTLET, unnamed))
    return _line("Named by ", [f"{outlet} {number}" for outlet, number in parts] or ["(no outlet named)"])


def _line(label: str, parts: Sequence[str | tuple[str, str]], *, pairs: bool = False) -> Content:
    """``label`` then the parts joined by dots (with ``pairs``, every two parts make one item)."""
    pieces: list[str | tuple[str, str]] = [(label, "bold")]
    step = 2 if pairs else 1
    for number, part in enumerate(parts):
        if number and number % step == 0:
            pieces.append((" · ", MUTED))
        pieces.append(part)
    return Content.assemble(*pieces)


def _span(first: str, last: str) -> str:
    if not first:
        return ""
    return first if first == last else f"{first} – {last}"


def parse_range(text: str) -> tuple[str, str] | None:
    """A typed range of days as (since, until), or None when it is not one.

    ``2024``, ``2024-03``, ``2024-01..2024-06``, ``..2024-06``, ``2024-03..``: a lone year or
    month is the whole of it; an empty text clears the range.
    """
    match = _RANGE.match(text)
    if match is None:
        return None
    since, separator, until = match.group(1) or "", match.group(2), match.group(3) or ""
    if not separator:
        return since, since
    if since and until and until < since[: len(until)]:
        return None
    return since, until


def filters_line(
    filters: Filters, shown: int, total: int, noun: str, table: Sequence[Command] = COMMANDS
) -> Content:
    """What the filters keep, with their keys (``table``'s: the user's); the counts say how much they hide."""
    outlet, kind, since, until = filters.outlet, filters.kind, filters.since, filters.until
    keys = ("page_outlet", "page_kind", "page_dates", "page_clear")
    o, d, w, x = (keyed(table, f" [{{{id}}}]") for id in keys)
    dates = "all" if not (since or until) else f"{since or '…'} – {until or '…'}"
    pieces: list[str | tuple[str, str]] = [
        ("Filters ", "bold"),
        "outlet ", (one_line(outlet) or "all", "bold" if outlet else MUTED), (o, MUTED),
        "  kind ", (kind or "all", "bold" if kind else MUTED), (d, MUTED),
        "  dates ", (dates, "bold" if since or until else MUTED), (w, MUTED),
    ]
    if filters.active:
        pieces += [(f"{x} clear", MUTED), f"  {shown} of {count(total, noun)}"]
    return Content.assemble(*pieces)
