"""Organisations' names as the body writes them: grown over ``and``/``of``, found back by head
noun, and one-word institutions of the republic (``Ombudsman`` of ``Ombudsman RI``).

Kept apart from the person side of :mod:`.names` because it reads only the body, never the
recogniser's people.
"""

from __future__ import annotations

import bisect
import re

from ..models import Entity, EntityType
from .lexicon import lexicon
from .runs import name_runs
from .text import tokens

_CAPS = r"[A-Z][\w.&-]*(?:[ \u00a0]+[A-Z][\w.&-]*)*"
_JOIN = r"[ \u00a0]+(?:and|of|for|dan|&)[ \u00a0]+"
_JOIN_WINDOW = 200
_JOINED_BEFORE = re.compile(rf"{_CAPS}{_JOIN}\Z")  # ends where the name starts (search's endpos)
_JOINED_AFTER = re.compile(rf"{_JOIN}{_CAPS}")


class OrgNames:
    """The organisation names of one body; the spans of each head noun are found once."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._heads: dict[str, list[tuple[int, int]]] = {}
        self._national: dict[str, bool] = {}

    def national_body(self, words: list[str]) -> bool:
        """``Ombudsman`` when the body also writes ``Ombudsman RI``: one word followed by the
        country's abbreviation names an institution of the republic, never a person."""
        if len(words) != 1 or "RI" not in self.body:
            return False
        known = self._national.get(words[0])
        if known is None:
            pattern = rf"\b{re.escape(words[0])}\s+RI\b"
            known = self._national[words[0]] = re.search(pattern, self.body) is not None
        return known

    def joined_name(self, start: int, end: int, floor: int, limit: int) -> tuple[int, int]:
        """A name span grown over ``and``/``of`` to the capitalised words on either side:
        ``Agriculture and Food Security Ministry``, ``Department of Transportation``."""
        while True:
            # A joined name is a few words long: look back a bounded window, not to the body's start.
            m = _JOINED_BEFORE.search(self.body, max(floor, start - _JOIN_WINDOW), start)
            if m is None:
                break
            start = m.start()
        while True:
            m = _JOINED_AFTER.match(self.body, end, limit)
            if m is None:
                break
            end = m.end()
        return start, end

    def inside_org(self, start: int, end: int, *, recognised: bool = True) -> bool:
        """A "person" mention that is only the front of an organisation's name
        (``Land Transportation Franchising`` of ``… and Regulatory Board``)."""
        lex = lexicon()
        s, grown = self.joined_name(start, end, 0, len(self.body))
        head_last = tokens(self.body, start, grown)[-1:]  # English names end in their head noun
        joined = grown > end or s < start
        return bool(head_last) and lex.is_a(head_last[0].text, "orghead") and (joined or not recognised)

    def org_before(self, pos: int, head: str) -> str | None:
        """The latest organisation named before ``pos`` whose name holds the head noun ``head``."""
        spans = self._heads.get(head)
        if spans is None:
            pattern = rf"\b{re.escape(head)}\b"
            found = re.finditer(pattern, self.body, re.IGNORECASE)
            spans = [m.span() for m in found if m.group()[0].isupper()]
            self._heads[head] = spans
        k = bisect.bisect_right(spans, (pos, pos)) - 1
        while k >= 0 and spans[k][1] > pos:
            k -= 1
        if k < 0:
            return None
        at, found_end = spans[k]
        # the name around the head word, within its line and a few words either side
        line_start = self.body.rfind("\n", max(0, at - _JOIN_WINDOW), at) + 1 or max(0, at - _JOIN_WINDOW)
        line_end = self.body.find("\n", found_end, found_end + _JOIN_WINDOW)
        line_end = min(len(self.body), found_end + _JOIN_WINDOW) if line_end < 0 else line_end
        run = next(
            (r for r in name_runs(self.body, line_start, line_end) if r[0].start <= at < r[-1].end), None
        )
        if run is None:
            return None
        lex = lexicon()
        while len(run) > 1 and (lex.is_a(run[0].text, "anaphor_pre") or lex.is_a(run[0].text, "function")):
            run = run[1:]
        s, e = self.joined_name(run[0].start, run[-1].end, line_start, line_end)
        return self.body[s:e]


def office_of_a_body(words: list[str], written: str, entities: list[Entity]) -> bool:
    """Whether a "person" is an office of a body the article names: ``Komisioner Kompolnas``
    loses its office word as a name's front and leaves the body's name or short form, no one's."""
    if len(words) >= len(written.split()):
        return False
    folded = tuple(w.casefold() for w in words)
    return any(
        tuple(form.casefold().split()) == folded
        for e in entities
        if e.type is EntityType.ORGANIZATION
        for form in (e.name, *e.aliases)
    )


def full_org_name(orgs: list[Entity], name: str | None) -> str | None:
    """A body speaking under the short form the article defined for it (``Universitas Contoh
    (UC)``, then ``kata UC``) shown by its full name, as the entities pane shows it, so both
    forms are one speaker; any other name as it is."""
    if name is None:
        return None
    full = _defined_full(orgs, name)
    short, _sp, place = name.partition(" ")
    if full is None and place and (base := _defined_full(orgs, short)) is not None and _a_place(orgs, place):
        full = f"{base} {place}"  # "Kemlu Lagoonia": the full name of the short form, then its country
    return full or name


def _defined_full(orgs: list[Entity], short: str) -> str | None:
    return next(
        (
            e.name
            for e in orgs
            if e.type is EntityType.ORGANIZATION and short in e.aliases and len(e.name.split()) > 1
        ),
        None,
    )


def _a_place(entities: list[Entity], name: str) -> bool:
    return any(e.type is EntityType.PLACE and e.name == name for e in entities)


def place_after(body: str, entities: list[Entity], end: int, limit: int) -> int:
    """Where a body's name written at ``…end`` ends with the place written right after it
    (``Kemlu Lagoonia``: that country's ministry, not the speaker's own); ``end`` when no
    recognised place follows after one space."""
    for e in entities:
        if e.type is EntityType.PLACE:
            for m in e.mentions:
                if m.start == end + 1 and body[end] == " " and m.end <= limit:
                    return m.end
    return end
