"""The command palette's pages: "Statements by …" over every speaker, "Page of …" over the
archive's organisations and places; each opens that page (:mod:`kutip.tui.screens.person`).

Apart from the page itself so the app offers them without importing the page's screen and
widgets at start-up: the page is imported when first opened.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from kutip.index.facade import Archive, EntityType
from kutip.tui.text import one_line
from kutip.tui.widgets.page_facts import count

__all__ = [
    "PAGE_WEIGHT",
    "ArchiveHolder",
    "EntitiesProvider",
    "SpeakersProvider",
    "fuzzy_highlight",
    "page_score",
]

PAGE_WEIGHT = 0.5
"""A page's fuzzy score is weighed down against the app's own commands: a long name's initials
matched a command's word first (``cite`` listed "Page of Ministry of Communication and Information
Technology" above "Copy a citation"). A name typed matches no command, so its pages still lead."""


def page_score(matcher: Matcher, text: str) -> float:
    return matcher.match(text) * PAGE_WEIGHT


class ArchiveHolder(Protocol):
    """What the page needs from the app: the archive and a way to open a person."""

    archive: Archive

    def open_person(self, name: str) -> None: ...


class SpeakersProvider(Provider):
    """ "Statements by …" in the command palette, fuzzy over every speaker in the archive."""

    PREFIX = "Statements by "

    async def startup(self) -> None:
        holder: ArchiveHolder = self.app  # type: ignore[assignment]
        worker = self.app.run_worker(holder.archive.speakers, thread=True, group="speakers")
        try:
            self._speakers: list[tuple[str, int]] = await worker.wait()
        except Exception:  # no speakers offered is better than a broken palette
            self._speakers = []

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        holder: ArchiveHolder = self.app  # type: ignore[assignment]
        for name, number in getattr(self, "_speakers", []):
            text = self.PREFIX + one_line(name)
            score = page_score(matcher, text)
            if score > 0:
                yield Hit(
                    score,
                    fuzzy_highlight(matcher, text),
                    partial(holder.open_person, name),
                    text=text,
                    help=f"{count(number, 'statement')} — opens the person's page",
                )


class EntitiesProvider(Provider):
    """ "Page of …" in the command palette, fuzzy over the archive's organisations and places."""

    PREFIX = "Page of "

    async def startup(self) -> None:
        holder: ArchiveHolder = self.app  # type: ignore[assignment]
        counts = holder.archive.entity_counts

        def load() -> list[tuple[str, EntityType, int, int]]:
            return [*counts(EntityType.ORGANIZATION), *counts(EntityType.PLACE)]

        worker = self.app.run_worker(load, thread=True, group="entity-pages")
        try:
            self._entities: list[tuple[str, EntityType, int, int]] = await worker.wait()
        except Exception:  # no pages offered is better than a broken palette
            self._entities = []

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        holder: ArchiveHolder = self.app  # type: ignore[assignment]
        for name, kind, articles, _ in getattr(self, "_entities", []):
            text = self.PREFIX + one_line(name)
            score = page_score(matcher, text)
            if score > 0:
                what = "organisation" if kind is EntityType.ORGANIZATION else "place"
                yield Hit(
                    score,
                    fuzzy_highlight(matcher, text),
                    partial(holder.open_person, name),  # the page finds out what the name is
                    text=text,
                    help=f"{what}, {count(articles, 'article')} — opens its page",
                )


def fuzzy_highlight(matcher: Matcher, text: str) -> Content:
    """Like ``Matcher.highlight``, but the candidate is plain text: names never parse as markup."""
    content = Content(text, strip_control_codes=False)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
