"""The outlet in a lead's dateline slot, read by the slot's structure rather than by one signing shape.

Sites set the dateline's parts apart with whatever their template prints: a comma, a slash, a bar, a
bracket or a wire's slashes (``Kota, CONTOH |Warga …``, ``CONTOH.CO/KOTA - Warga …``, ``KOTA, Month 9.
/CONTOH/. The …``). Whatever the marks, the slot is the run of capitalised parts before the lead's first
sentence, each part a place, a date or a name. When every part but one is a place or a date, at least
one is a place, and the one left has an outlet's shape (a listed outlet, a web address, a name run into
an outlet word, two or three capitalised words closing on one, or an acronym the gazetteer does not know),
that one is the outlet. The readers of ``dateline.py`` run first; this one only fills an outlet none of
them named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kutip.index.entities import lookup
from kutip.index.entities.dictionary import is_listed_word
from kutip.index.ingest.boilerplate import furniture_share
from kutip.index.ingest.dateline import closing_outlet_word_name, is_place
from kutip.index.ingest.dates import DAY_NAMES, find_dates, wire_place
from kutip.index.ingest.outlets import (
    credited_paper,
    display_outlet,
    is_compound_outlet,
    is_outlet_name,
    is_titled_compound,
)
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set
from kutip.index.models import EntityType

__all__ = ["LeadSlot", "date_in_slot", "outlet_in_slot"]

_LEAD_PARAGRAPHS = 3
_MAX_SLOT = 60
_MAX_PART_WORDS = 3
_MIN_LEAD_WORDS = 8
# The marks that close the slot before the lead's first capital: a dash, a bar, a colon, a wire's closing
# slash and stop, a stop.
_CLOSE = re.compile(r"\s*(?:[-–—|:]|/\s*\.|\.)\s*(?=[\"“]?[A-Z])")
_LOWER_WORD = re.compile(r"^[a-z][a-z'’-]+[,.]?$")
# A lead may open with a long name in capitals ("Kepolisian Resor Contoh Besar, Kabupaten Contoh Tengah,
# melakukan …"), its first lower-case word the eighth.
_PROSE_HEAD = 10
# The marks that part the slot: a comma, a slash, a bar, a bracket, a dash, a stop after a day.
_PART_MARK = re.compile(r"\s*(?:[,/|()–—:]|\s-\s|-(?=\s*$)|\.(?=\s|$))\s*")
_PART_WORD = re.compile(rf"^(?:[A-Z0-9][\w'’&.-]*|[a-z][\w-]*\.{SITE_ENDING})$")
_ACRONYM = re.compile(r"^[A-Z]{3,8}$")  # two letters are a state's or a country's ("NY", "UK") as often
_MONTH_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")
_DAY_NAME = re.compile(rf"^(?:{DAY_NAMES})$", re.I)


class LeadSlot:
    """The dateline slots of one story's first paragraphs, each read once, however many of the outlet and
    the date build's chains come to ask for (both parse the same paragraphs)."""

    def __init__(self, body: list[str]) -> None:
        self._body = body
        self._story = "\n".join(body)
        self._reads: list[_Slot | None] = []

    def _lead_reads(self) -> Iterator[_Slot | None]:
        """The first paragraphs' slots in order, each paragraph read the first time it is asked for."""
        for index, paragraph in enumerate(self._body[:_LEAD_PARAGRAPHS]):
            if index == len(self._reads):
                self._reads.append(_read(paragraph.strip(), self._story))
            yield self._reads[index]

    @property
    def outlet(self) -> str:
        """The one outlet-shaped part of the dateline slot opening one of the story's first paragraphs;
        "" when no slot reads so."""
        found = next((slot.outlet for slot in self._lead_reads() if slot and slot.outlet), "")
        return display_outlet(found) if found else _listed_slot_below(self._body, self._story)

    @property
    def date(self) -> str:
        """The full date (with its year) a dateline slot of places, a date and at most one outlet carries
        before the lead ("Kota, Negara, August 8, 2024: …", "Kota,contoh.com – 15 November 2024 – …");
        "" when the slot opening the story's first paragraphs carries none."""
        return next((slot.date for slot in self._lead_reads() if slot), "")


def outlet_in_slot(body: list[str]) -> str:
    """The outlet of :class:`LeadSlot`, for one question."""
    return LeadSlot(body).outlet


def date_in_slot(body: list[str]) -> str:
    """The date of :class:`LeadSlot`, for one question."""
    return LeadSlot(body).date


# A sentence's end inside a paragraph, where a dateline may follow an intro the scrape glued to the lead.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z])")


def _listed_slot_below(body: list[str], story: str) -> str:
    """A lead set deeper than the story's first paragraphs (under a login form, a gallery, a teaser
    glued to it): only a listed outlet or a web address in the slot, and only one such on the page
    (teasers of other stories bring theirs)."""
    found: dict[str, str] = {}
    for index, paragraph in enumerate(body):
        text = paragraph.strip()
        starts = [] if index < _LEAD_PARAGRAPHS else [0]
        starts += [end.end() for end in _SENTENCE_END.finditer(text)]
        for start in starts:
            slot = _read(text[start:], story)
            if slot and slot.outlet and is_outlet_name(slot.outlet):
                found.setdefault(display_outlet(slot.outlet).casefold(), display_outlet(slot.outlet))
    return next(iter(found.values())) if len(found) == 1 else ""


@dataclass(frozen=True, slots=True)
class _Slot:
    outlet: str  # "" when every part is a place or a date
    date: str  # ISO, only a full date the slot writes


def _read(paragraph: str, story: str) -> _Slot | None:
    """The slot opening ``paragraph`` when its parts are places, dates and at most one outlet-shaped
    name, with at least one place, before a story sentence; None otherwise."""
    for close in _CLOSE.finditer(paragraph, 1, _MAX_SLOT):
        slot, lead = paragraph[: close.start()], paragraph[close.end() :]
        # "Kota (Contoh) –": the bracket closing the slot is where a wire-style dateline names its agency
        bracket = _CLOSING_BRACKET.search(slot)
        inside = credited_paper(bracket["inside"].strip()) if bracket else ""
        head = slot[: bracket.start()] if bracket else slot
        parts = [p.strip() for p in _PART_MARK.split(head) if p and p.strip()] + ([inside] if inside else [])
        if len(parts) < 2 or not all(p is inside or _part_shape(p) for p in parts):
            continue
        if not _prose(lead):
            return None
        rest = story.replace(slot, " ", 1)
        dated = any(map(_is_date, parts))
        names = [
            p
            for p in parts
            if not _is_date(p)
            and (
                _outlet_shape(p, rest, dated=dated)
                or (p is inside and _bracketed_name(p, dated=dated))
                or (p is parts[-1] and _colon_sign(slot, close.group(), rest))
            )
        ]
        places = [
            p
            for index, p in enumerate(parts)
            if p not in names and (is_place(p) or wire_place(p) or (inside and _town_of(parts, index)))
        ]
        dates = sum(map(_is_date, parts))
        if not places or len(names) > 1 or len(places) + len(names) + dates != len(parts):
            return None
        date = (
            next((found.iso for found in find_dates(slot) if _FULL_DATE.match(found.iso)), "")
            if dates
            else ""
        )
        return _Slot(names[0] if names else "", date)
    return None


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_CLOSING_BRACKET = re.compile(r"\((?P<inside>[^()]{2,40})\)\s*$")
_BRACKET_MAX_WORDS = 4
_BRACKET_WORD = re.compile(r"^[A-Z0-9][\w'’&.-]*$")
# "(kabarcontoh)": a small site's one-word name in its logo's lower case.
_HANDLE = re.compile(r"^[a-z][a-z0-9]{3,24}$")
_LEAD_LABELS = folded_set("ingest_outlet_words.txt", "lead_label")  # "(ADVERTORIAL)", "(EKSKLUSIF)"
_MAX_FURNITURE = 0.5


def _bracketed_name(inside: str, *, dated: bool) -> bool:
    """The name in the bracket closing a slot of places and dates ("Kota, Provinsi, 20/1 (Contoh) –"):
    wires and the sites that copy their dateline put their own name there, whatever its shape (a handle in
    lower case, a desk's name that the story writes again). A place, a date, a person, a label, an
    everyday word or a caption's words ("(Foto)", "(Kiri ke kanan)") is no name; an acronym the
    gazetteer knows as a body counts only in a dated slot, as in ``_outlet_shape``."""
    words = inside.split()
    if is_outlet_name(inside):
        return True
    if is_place(inside) or _is_date(inside) or fold(inside) in _LEAD_LABELS:
        return False
    if len(words) == 1 and _HANDLE.match(inside):
        return not is_listed_word(fold(inside))
    if not words or len(words) > _BRACKET_MAX_WORDS or not all(_BRACKET_WORD.match(w) for w in words):
        return False
    if (len(words) == 1 and is_listed_word(fold(inside))) or furniture_share(inside) >= _MAX_FURNITURE:
        return False
    known = lookup(inside)
    if known is not None and known.type == EntityType.PERSON:
        return False
    return known is None or known.type != EntityType.ORGANIZATION or len(words) > 1 or dated


def _town_of(parts: list[str], index: int) -> bool:
    """ "Kota, Provinsi": a one-word town the gazetteer lacks, written before the known province or
    regency it lies in, as wire datelines file small towns."""
    part = parts[index]
    following = parts[index + 1] if index + 1 < len(parts) else ""
    return (
        bool(following)
        and len(part.split()) == 1
        and part[:1].isupper()
        and not is_listed_word(fold(part))
        and is_place(following)
    )


def _prose(lead: str) -> bool:
    """A story sentence after the slot, not a headline's rest: long, with words in lower case early."""
    words = lead.split()
    return len(words) >= _MIN_LEAD_WORDS and any(_LOWER_WORD.match(w) for w in words[:_PROSE_HEAD])


def _part_shape(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= _MAX_PART_WORDS and all(_PART_WORD.match(w) for w in words)


def _is_date(part: str) -> bool:
    spelled = _MONTH_DAY.match(part) or _DAY_NAME.match(part) or part.isdigit()
    return bool(spelled or next(find_dates(part), None))


# "Kota – AB: Warga …": a site's two-letter sign between the place's dash and a colon. Two capitals alone are
# a state's or a country's as often ("NY", "UK"), which a comma parts from its city; between a dash and a
# colon they sign, unless the gazetteer knows them (a body: "MK", "BI"), they spell a word, or the story
# writes them again.
_COLON_SIGN = re.compile(r"^[^–—-]+\s[–—-]\s+(?P<sign>[A-Z]{2})$")


def _colon_sign(slot: str, mark: str, rest: str) -> bool:
    found = _COLON_SIGN.match(slot.strip())
    if found is None or mark.strip() != ":":
        return False
    sign = found["sign"]
    return (
        lookup(sign) is None
        and not is_listed_word(fold(sign))
        and not re.search(rf"\b{sign}\b", rest)
    )


def _outlet_shape(part: str, rest: str, *, dated: bool) -> bool:
    """A listed outlet, a web address, a name run into an outlet word; or an acronym the story never
    writes again, no everyday word ("HUMAS"), that names no place or person the gazetteer knows ("KOTA,
    CONTOH |": the place is the one the story goes on to name, the site's acronym is not written again).
    An acronym the gazetteer knows as a body counts only in a wire's slot that dates the story ("KOTA,
    March 3. /CONTOH/."): a body the story is filed under ("Kota, KPK –") comes with no date."""
    if is_place(part):
        return False
    if is_outlet_name(part) or is_compound_outlet(part) or is_titled_compound(part):
        return True
    if closing_outlet_word_name(part):
        return True  # "KOTA – Contoh Raya News. Warga …": an unlisted site's name closing on an outlet word
    if (
        not _ACRONYM.match(part)
        or is_listed_word(fold(part))
        or re.search(rf"\b{re.escape(part)}\b", rest, re.I)
    ):
        return False
    known = lookup(part)
    return known is None or (dated and known.type == EntityType.ORGANIZATION)
