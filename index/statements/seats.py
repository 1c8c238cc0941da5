"""Where an office sits: the place between a role word and a person's name.

``Kapolres Sukamaju, AKBP Fulan Hidayat`` seats the office in ``Sukamaju``; such a place
follows a title as a name would, so the name book must not take it for a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from ..entities.dictionary import is_lower_word
from ..language import folded_set
from .lexicon import lexicon
from .runs import contiguous
from .text import Token, tokens

_SEAT_WINDOW = 80
_MAX_SEAT_WORDS = 5
_RANK_GAP = frozenset(" ,.\u00a0")
_SEAT_GAP = _RANK_GAP | frozenset("()")
_OFFICE_JOINERS = frozenset({"dan", "serta", "and", "of", "&", "untuk", "for"})
_MAX_OFFICE_WORDS = 8
_SEATS_KEPT = 256  # a body asks at each person mention (15 on average): a few articles' worth


@lru_cache(maxsize=_SEATS_KEPT)
def seat_before(body: str, pos: int) -> tuple[str, ...] | None:
    """The folded words of the place seating the office written before the name at ``pos``
    (role word, place, a comma or not, ranks, name); None when no office stands there.

    Kept for the last few hundred names read: the name book asks it at every person mention
    twice an article (its seats, then the bodies written before officers), the same answer."""
    lex = lexicon()
    ranks = folded_set("people/words.txt", "ranks")
    toks = tokens(body, max(0, pos - _SEAT_WINDOW), pos)
    k, edge, commas = len(toks), pos, 0
    while k and toks[k - 1].text.casefold() in ranks:
        if not all(c in _RANK_GAP for c in body[toks[k - 1].end : edge]):
            return None
        k, edge = k - 1, toks[k - 1].start
    seat: list[Token] = []
    plain = 0  # seat words outside brackets: short forms ("Sukamaju Barat (Sumbar)") are extra
    in_brackets = False  # the word after this gap is a bracketed short form
    while k and plain <= _MAX_SEAT_WORDS:
        tok, gap = toks[k - 1], body[toks[k - 1].end : edge]
        if "(" in gap and not in_brackets:
            return None  # a bracket opens on the name itself: "Presiden Fulan (Ulan)" is an alias
        short_form = gap.lstrip(" \u00a0").startswith(")")
        if short_form and "." in gap:
            return None  # "… Fulan Hidayat (Ulan). Ulan juga …": the bracket's full stop ends the sentence
        if not short_form:
            commas += gap.count(",")  # "Sukamaju Barat (Sumbar), Jawa Tengah (Jateng), AKBP": one seat
        if commas > 1 or (seat and "," in gap and not short_form) or not all(c in _SEAT_GAP for c in gap):
            return None  # one comma, between the place and the name only
        if lex.is_a(tok.text, "role"):
            break
        if not tok.capitalised:
            return None
        seat.insert(0, tok)
        plain += not short_form
        in_brackets = short_form
        k, edge = k - 1, tok.start
    if not seat or not k or plain > _MAX_SEAT_WORDS or not lex.is_a(toks[k - 1].text, "role"):
        return None
    if len(seat) > 1 and lex.is_a(seat[0].text, "place_head"):
        seat = seat[1:]  # "Kepala Desa Sukamaju, Fulan": the village is Sukamaju
    return tuple(t.text.casefold() for t in seat)


def only_in_offices(body: str, name: str) -> bool:
    """Whether every time the body writes ``name`` a role word stands right before it
    (``Kapolres Sukamaju``): a seat written alone elsewhere (``Jubir Fulan, X`` and then
    ``Fulan mengatakan``) is someone after all."""
    lex = lexicon()
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body):
        before = tokens(body, max(0, m.start() - _SEAT_WINDOW), m.start())[-1:]
        gap = body[before[0].end : m.start()] if before else "."
        head = before[0].text if before else ""
        if not before or gap.strip(" \u00a0") or not (lex.is_a(head, "role") or lex.is_a(head, "place_head")):
            return False  # "Kepala Desa Sukamaju": the place head of the office's seat counts too
    return True


def office_runs_into(body: str, pos: int, named_spans: list[tuple[int, int]]) -> bool:
    """Whether the capitalised word at ``pos`` ends an office's name joined by ``and``/``of``
    (``Minister for Development and Culture Fulan Hidayat``): right before it a joiner, and
    before that capitalised words back to a role word, none of them inside a recognised
    entity (``Rektor Universitas Sukamaju dan Fulan Hidayat Saputra`` names a second person)."""
    before = body[max(0, pos - 8) : pos]
    last = before.split()[-1:]
    if not before.endswith(" ") or not last or last[0].casefold() not in _OFFICE_JOINERS:
        return False  # most names follow no joiner: decided without tokenising
    lex = lexicon()
    toks = tokens(body, max(0, pos - _SEAT_WINDOW * 2), pos)
    if not toks or body[toks[-1].end : pos].strip(" \u00a0"):
        return False
    if toks[-1].text.casefold() not in _OFFICE_JOINERS:
        return False
    k, edge = len(toks) - 1, toks[-1].start
    for _ in range(_MAX_OFFICE_WORDS):
        if not k:
            return False
        tok = toks[k - 1]
        if body[tok.end : edge].strip(" \u00a0"):
            return False  # a comma or a full stop: the office's name ended there
        if any(ms <= tok.start < me for ms, me in named_spans):
            return False  # "Menteri Fulan Hidayat dan Budi Santoso Wijaya": two people
        if lex.is_a(tok.text, "role") and tok.capitalised:
            return True
        if not (tok.capitalised or tok.text.casefold() in _OFFICE_JOINERS):
            return False
        k, edge = k - 1, tok.start
    return False


def office_ends_at(body: str, pos: int, named_spans: list[tuple[int, int]]) -> bool:
    """Whether the capitalised word at ``pos`` is the last of an office's joined name: right
    after the joiner (:func:`office_runs_into`) or one capitalised word later (``Menteri
    Pariwisata dan Ekonomi Kreatif Fulan``: *Kreatif* follows *Ekonomi*, which follows *dan*)."""
    if office_runs_into(body, pos, named_spans):
        return True
    before = tokens(body, max(0, pos - 40), pos)[-1:]
    if not before or body[before[0].end : pos].strip(" \u00a0") or not before[0].capitalised:
        return False
    if any(ms <= before[0].start < me for ms, me in named_spans):
        return False
    if not _office_field(body[pos : pos + _LONGEST_FIELD].split(" ", 1)[0]):
        return False  # "Maritime Affairs and Investment Luhut …": a given name, not the field's second word
    return office_runs_into(body, before[0].start, named_spans)


_LONGEST_FIELD = 40


def _office_field(word: str) -> bool:
    """A word that may continue an office's field (``Kreatif`` of ``Ekonomi Kreatif``): one the
    news writes in lower case, or an English field of a ministry; a name is neither."""
    folded = word.strip(",.;:()").casefold()
    return is_lower_word(folded) or folded in folded_set("language/english_non_names.txt", "portfolios")


class _Named(Protocol):
    @property
    def folded(self) -> tuple[tuple[str, ...], ...]: ...


@lru_cache(maxsize=8)
def _bodies(body: str, starts: tuple[int, ...]) -> frozenset[tuple[str, ...]]:
    """The seats written between a role word and a person's name with no comma
    (``Pelatih Contoh Raya Fulan Hidayat``: a team or a body, then its officer), folded."""
    found = set()
    for ms in starts:
        seat = seat_before(body, ms)
        if seat is None:
            continue
        window = body[max(0, ms - _SEAT_WINDOW * 2) : ms]
        at = window.casefold().rfind(seat[-1])
        if at >= 0 and "," not in window[at:]:
            found.add(seat)
    return frozenset(found)


def body_alone(body: str, starts: tuple[int, ...], words: list[str], persons: Sequence[_Named]) -> bool:
    """Whether ``words`` stand inside a body written before an officer's name (``starts``: where
    the article's person mentions start), and no person of the article has a longer name holding
    them (``Budi Contoh`` keeps ``Contoh`` a person). The recogniser may call such a body a person
    where it stands alone (``Contoh yang sempat pincang ...``)."""
    bodies = _bodies(body, starts)
    low = tuple(w.casefold() for w in words)
    if not any(contiguous(low, seat) for seat in bodies):
        return False
    return not any(
        len(form) > len(low) and contiguous(low, form) and not any(contiguous(form, s) for s in bodies)
        for person in persons
        for form in person.folded
    )
