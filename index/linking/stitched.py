"""One report against two neighbouring statements of another: a passage cut differently.

Outlets split one passage in different places. One quotes "Kasusnya akan berkembang karena
warga mendukung kami" whole; another reports the first half indirectly (``kasus itu akan
terus berkembang``) and quotes the second in its own paragraph (``"karena warga mendukung
kami"``). Neither half holds enough of the whole to pass the bars of :mod:`similarity`, but
the two halves side by side, from one speaker in one article, do.

:func:`stitched` is the test: each half must account for ``MIN_PART`` of the whole's terms
that the other half lacks, in the order the whole says them, and the two together must hold
``MIN_CONTAINMENT`` of the whole, which must be the shorter text. The cut is one place: every
term only the first half gives comes in the whole before every term only the second gives.
Only for one speaker (the speakers' names agree), and never across two known different days,
nor across two occasions the article itself sets apart (:func:`one_occasion`): a page quoting the
announcement and, "earlier", the briefing before it gives two remarks side by side, not one cut.

Across languages the halves are read as one report (:func:`joined`) and measured against the
whole by the linker's own cross-language test, each half holding ``MIN_PART`` of the whole's
terms through the lexicon (:func:`halves_across`): an English outlet translates an answer whole
that an Indonesian one quotes in two paragraphs.

:func:`split_quotes` finds the plainest case inside one article: a quotation split by its
attribution (``"We are ready," she said, "but not yet."``), or running over two paragraphs with
no closing mark between them (:func:`runs_on`), two statements that are one utterance.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from kutip.index.docstore import read_body
from kutip.index.linking.bilingual import cross_similarity
from kutip.index.linking.channels import heard
from kutip.index.linking.occasions import kinds_conflict, recalled
from kutip.index.linking.similarity import MIN_SHARED, similarity
from kutip.index.linking.speakers import SpeakerNames, relation
from kutip.index.linking.store import LinkDoc
from kutip.index.sqlin import select_in

__all__ = [
    "MAX_TRIES",
    "MIN_CONTAINMENT",
    "MIN_PART",
    "Neighbours",
    "could_be_half",
    "could_be_half_across",
    "halves_across",
    "joined",
    "one_occasion",
    "one_speaker",
    "split_quotes",
    "stitched",
]

MIN_PART = 2  # terms of the whole that each half alone accounts for
MIN_CONTAINMENT = 0.75  # of the whole's terms, found in the two halves together
MAX_TRIES = 6  # candidates per statement tried as one half (those sharing most keys first)
_MAX_DAYS_APART = 1


def _mean_position(terms: tuple[str, ...], wanted: set[str]) -> float:
    places = [at for at, term in enumerate(terms) if term in wanted]
    return sum(places) / len(places)


def _cut_once(terms: tuple[str, ...], first: set[str], second: set[str]) -> bool:
    """Whether the whole says every term only the first half holds before every term only the
    second half holds (a term the whole repeats counts where it helps): a passage is cut in one
    place. Terms of the two halves interleaved in the whole are a passage one half says nearly
    whole in another order, the other half adding a few topic words, as a speaker's remark on
    another occasion is; not a passage cut in two."""
    last_first = max(terms.index(term) for term in first)
    first_second = min(len(terms) - 1 - terms[::-1].index(term) for term in second)
    return last_first < first_second


def could_be_half(whole: LinkDoc, half: LinkDoc) -> bool:
    """The cheap test before any neighbour is read: ``half`` holds ``MIN_PART`` of the whole's terms
    and leaves at least as many for a neighbour to hold."""
    said, part = set(whole.terms), set(half.terms)
    return len(said & part) >= MIN_PART and len(said - part) >= MIN_PART


def one_occasion(first: LinkDoc, second: LinkDoc) -> bool:
    """Whether nothing the article says sets its two statements on two occasions: neither is
    recalled from before the article's day while the other is not (:func:`occasions.recalled`:
    "Sebelumnya, ..."), and their attributions name no two kinds of occasion. An article may
    quote a speaker's announcement and, below it, what he said at the briefing before; the two
    quotes are neighbours of one speaker and may share the topic's words, but are two remarks."""
    if recalled(first.occasion) != recalled(second.occasion):
        return False
    return not kinds_conflict(first.occasion, second.occasion)


def stitched(whole: LinkDoc, first: LinkDoc, second: LinkDoc) -> bool:
    """Whether ``first`` and ``second`` (in that order in their article) together report ``whole``."""
    if whole.lang != first.lang or whole.lang != second.lang or first.article != second.article:
        return False
    if not one_occasion(first, second):
        return False
    if whole.day and first.day and abs(whole.day - first.day) > _MAX_DAYS_APART:
        return False
    said, one, two = set(whole.terms), set(first.terms), set(second.terms)
    only_one, only_two = (said & one) - two, (said & two) - one
    if len(only_one) < MIN_PART or len(only_two) < MIN_PART or len(said) > len(one | two):
        return False
    if _mean_position(whole.terms, only_one) >= _mean_position(whole.terms, only_two):
        return False
    if not _cut_once(whole.terms, only_one, only_two):
        return False
    found = similarity(whole.terms, (*first.terms, *second.terms))
    return not found.numbers_conflict and found.shared >= MIN_SHARED and found.containment >= MIN_CONTAINMENT


def joined(first: LinkDoc, second: LinkDoc) -> LinkDoc:
    """Two neighbouring statements of one article read as one report (``first``'s id)."""
    at = len(first.terms)
    return replace(
        first,
        terms=first.terms + second.terms,
        breaks=(*first.breaks, at, *(b + at for b in second.breaks)),
        clause_breaks=(*first.clause_breaks, at, *(b + at for b in second.clause_breaks)),
    )


def _shared_across(a: LinkDoc, b: LinkDoc) -> float:
    english, other = (a, b) if a.lang == "en" else (b, a)
    return cross_similarity(english.terms, other.terms).shared


def could_be_half_across(whole: LinkDoc, half: LinkDoc) -> bool:
    """The cheap test before any neighbour is read, across languages: ``half`` is shorter than the
    whole and holds ``MIN_PART`` of its terms through the lexicon."""
    return len(set(half.terms)) < len(set(whole.terms)) and _shared_across(whole, half) >= MIN_PART


def halves_across(whole: LinkDoc, first: LinkDoc, second: LinkDoc) -> bool:
    """Whether ``first`` and ``second``, one article's neighbours in the other language than
    ``whole`` and shorter than it together, each hold ``MIN_PART`` of its terms through the lexicon:
    the test before the two are read as one report against it."""
    if first.lang == whole.lang or second.lang != first.lang or first.article != second.article:
        return False
    if not one_occasion(first, second):
        return False
    if whole.day and first.day and abs(whole.day - first.day) > _MAX_DAYS_APART:
        return False
    if len(set(first.terms) | set(second.terms)) > len(set(whole.terms)):
        return False
    return _shared_across(whole, first) >= MIN_PART and _shared_across(whole, second) >= MIN_PART


def one_speaker(a: LinkDoc, b: LinkDoc) -> bool:
    """Both named, by names that agree, through the same channel."""
    names_a, names_b = SpeakerNames((a.names, a.written)), SpeakerNames((b.names, b.written))
    return bool(a.names) and heard(a.channel) == heard(b.channel) and relation(names_a, names_b) == "same"


class Neighbours:
    """A statement with the one just before it and the one just after, in article order. The
    statements are read by the caller's ``load`` at each call, not kept: a linker keeping this
    object and this object keeping the linker's bound loader made a reference cycle that held a
    whole batch's reports until the cyclic collector ran."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.orders: dict[str, list[str]] = {}

    def order(self, article: str) -> list[str]:
        """The article's statements in the order it gives them."""
        if article not in self.orders:
            rows = self.db.execute("SELECT id FROM statements WHERE article = ? ORDER BY start", (article,))
            self.orders[article] = [str(r[0]) for r in rows]
        return self.orders[article]

    def pairs(self, half: LinkDoc, load: Callable[[str], LinkDoc | None]) -> list[tuple[LinkDoc, LinkDoc]]:
        """``(before, half)`` and ``(half, after)``, each only when one speaker said both."""
        order = self.order(half.article)
        if half.statement not in order:
            return []
        at = order.index(half.statement)
        found = []
        for near, half_first in ((at - 1, False), (at + 1, True)):
            other = load(order[near]) if 0 <= near < len(order) else None
            if other is not None and one_speaker(half, other):
                found.append((half, other) if half_first else (other, half))
        return found


_MAX_SPLIT_GAP = 40  # characters between the halves of a split quote: '," she said, "'
_OPENING_MARKS = frozenset("\"“„«'‘")


def split_quotes(db: sqlite3.Connection, articles: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs of halves of one split quotation (``"We are ready," she said, "but not yet."``), and
    of paragraphs of one quotation running over several (:func:`runs_on`).

    Each half is a statement of its own, but they are one utterance: another outlet may quote it
    whole or reword one half, and the cluster must hold both. The first half ends with a comma,
    the second goes on in lower case a few characters later, from the same speaker.
    """
    rows = select_in(
        db,
        "SELECT id, article, speaker, text, start, end FROM statements "
        "WHERE kind = 'direct' AND speaker IS NOT NULL AND article IN ({marks}) ORDER BY article, start",
        articles,
    )
    pairs: list[tuple[str, str]] = []
    bodies: dict[str, str] = {}
    for first, second in pairwise(rows):  # neighbours from two articles (or chunks) are never one speaker's
        same_speaker = first[1] == second[1] and first[2] == second[2]
        gap = second[4] - first[5]
        if not same_speaker or not 0 < gap <= _MAX_SPLIT_GAP:
            continue
        if first[3].rstrip().endswith(",") and second[3][:1].islower():
            pairs.append((first[0], second[0]))
            continue
        if first[1] not in bodies:
            bodies[first[1]] = read_body(db, first[1])
        if runs_on(bodies[first[1]][first[5] : second[4]]):
            pairs.append((first[0], second[0]))
    return pairs


def runs_on(gap: str) -> bool:
    """Whether the text between two quotations of one speaker says the first goes on in the next
    paragraph: a paragraph break with no closing mark before it, at most an opening mark after it.
    A quotation of several paragraphs opens each with a mark and closes only the last
    (``"Kami sudah siap.`` / ``"Tinggal menunggu aba-aba."``); a paragraph quoted with no marks
    at all is cut the same way. Two quotations that each close are two statements of the article."""
    text = gap.rstrip(" \t")
    mark = text[-1:] if text[-1:] in _OPENING_MARKS else ""
    between = text[: len(text) - len(mark)]
    return "\n" in between and not between.strip()
