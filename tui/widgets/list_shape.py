"""How the article list is shaped: its order, "unread only" and the facet filters.

The app hands the list a base (every article, a search's hits, or the articles that
mention an entity); the shape orders and narrows it. Facet counts are computed from
the base the list already holds, so they follow the current search at no extra query:
at 10,000 articles a count is one pass over the summaries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from kutip.index.facade import ArticleSummary

Sort = Literal["default", "date", "outlet", "title"]
Facet = Literal["outlet", "lang", "month", "person"]
SORTS: tuple[Sort, ...] = ("default", "date", "outlet", "title")
FACETS: tuple[Facet, ...] = ("outlet", "lang", "month", "person")
FACET_LABELS: dict[Facet, str] = {
    "outlet": "Outlet", "lang": "Language", "month": "Month", "person": "Person",
}
UNDATED = "undated"
NO_OUTLET = "(no outlet)"
PersonsOf = Mapping[str, Collection[str]]
"""Article id -> the people it mentions (by the archive's one name for each)."""


@dataclass(frozen=True, slots=True)
class ListShape:
    """Order and filters of the article list; immutable, so a change is a new shape."""

    sort: Sort = "default"
    unread_only: bool = False
    filters: tuple[tuple[Facet, str], ...] = field(default=())

    def next_sort(self) -> ListShape:
        return replace(self, sort=SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)])

    def toggled_unread(self) -> ListShape:
        return replace(self, unread_only=not self.unread_only)

    def toggled_filter(self, facet: Facet, value: str) -> ListShape:
        """Add the filter, or remove it when it is on. Values of one facet widen (any of them);
        different facets narrow (all of them)."""
        chosen = (facet, value)
        if chosen in self.filters:
            return replace(self, filters=tuple(f for f in self.filters if f != chosen))
        return replace(self, filters=(*self.filters, chosen))

    def cleared(self) -> ListShape:
        """No filters and all articles, read or not; the order stays."""
        return replace(self, unread_only=False, filters=())

    @property
    def narrowed(self) -> bool:
        return self.unread_only or bool(self.filters)

    def apply(
        self, summaries: Sequence[ArticleSummary], read: Collection[str], persons_of: PersonsOf
    ) -> list[ArticleSummary]:
        shown = [s for s in summaries if not (self.unread_only and s.id in read)]
        by_facet: dict[Facet, set[str]] = {}
        for facet, value in self.filters:
            by_facet.setdefault(facet, set()).add(value)
        for facet, values in by_facet.items():
            shown = [s for s in shown if values & facet_values(s, facet, persons_of)]
        return sort_summaries(shown, self.sort)

    def describe(self, searching: bool) -> str:
        """The list header: what narrows the list, then the order (a narrow header cuts its end,
        and the filter is what the shown rows depend on)."""
        return " · ".join([*self.narrowing(), self.order(searching)])

    def order(self, searching: bool) -> str:
        """``newest first``, ``by outlet``: how the shown rows are ordered."""
        return {
            "default": "best match first" if searching else "newest first",
            "date": "by date, newest first",
            "outlet": "by outlet",
            "title": "by title",
        }[self.sort]

    def narrowing(self) -> list[str]:
        """``unread only``, ``outlet: Warta``: what hides rows of the list."""
        parts = ["unread only"] if self.unread_only else []
        return parts + [f"{FACET_LABELS[facet].lower()}: {value}" for facet, value in self.filters]


def sort_summaries(summaries: list[ArticleSummary], sort: Sort) -> list[ArticleSummary]:
    """Stable sorts, so ties keep the base order (newest first, or best match first)."""
    if sort == "date":
        dated = sorted((s for s in summaries if s.date), key=lambda s: s.date, reverse=True)
        return dated + [s for s in summaries if not s.date]
    if sort == "outlet":
        return sorted(summaries, key=lambda s: (not s.outlet, s.outlet.casefold()))
    if sort == "title":
        return sorted(summaries, key=lambda s: (s.headline or "").casefold().lstrip("\"'“‘("))
    return list(summaries)


def month_of(summary: ArticleSummary) -> str:
    return summary.date[:7] if len(summary.date) >= 7 else (summary.date or UNDATED)


def facet_values(summary: ArticleSummary, facet: Facet, persons_of: PersonsOf) -> set[str]:
    if facet == "outlet":
        return {summary.outlet or NO_OUTLET}
    if facet == "lang":
        return {summary.lang or "?"}
    if facet == "month":
        return {month_of(summary)}
    return set(persons_of.get(summary.id, ()))


def facet_counts(
    summaries: Sequence[ArticleSummary], persons_of: PersonsOf, people: int = 25
) -> dict[Facet, list[tuple[str, int]]]:
    """Articles per outlet, language, month and person among ``summaries``.

    Outlets, languages and people most frequent first (the top ``people``); months newest first.
    """
    outlets: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    months: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    for summary in summaries:
        outlets[summary.outlet or NO_OUTLET] += 1
        langs[summary.lang or "?"] += 1
        months[month_of(summary)] += 1
        persons.update(set(persons_of.get(summary.id, ())))
    return {
        "outlet": _ranked(outlets),
        "lang": _ranked(langs),
        "month": _newest_first(months),
        "person": _ranked(persons)[:people],
    }


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0].casefold()))


def _newest_first(months: Counter[str]) -> list[tuple[str, int]]:
    dated = sorted(((m, n) for m, n in months.items() if m != UNDATED), reverse=True)
    return dated + ([(UNDATED, months[UNDATED])] if UNDATED in months else [])
