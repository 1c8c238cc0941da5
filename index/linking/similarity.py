"""Deciding whether two texts by one speaker report the same utterance.

Both texts are reduced to content terms (:func:`normalise.content_terms`). The
measure is *containment*: the share of the shorter text's terms found in the longer,
so a truncated or extended quote still matches, and word order does not matter.
Terms match exactly or, for words the stemmer leaves apart (``pengerjaan``/``kerjakan``),
by a shared five-letter start, or as a compound one report writes as one word and the other as
two (``mikroekonomi``/``ekonomi mikro``). Thresholds, chosen on the labelled pairs in
``tests/test_linking_pairs.py`` (rewording, aliases, truncation, direct vs indirect;
hard negatives: same speaker on another occasion, same topic by someone else):

* ``MIN_SHARED = 3`` terms in common: shorter fragments say too little to tell apart;
* ``MIN_CONTAINMENT = 0.6``: positives there score 0.67-1.0, same-speaker negatives 0.2-0.5;
* a number in the shorter text that the longer lacks (``24 jam`` vs ``tujuh hari``)
  means another remark, whatever the wording;
* a remark of several sentences also matches when one of its sentences, with at least
  ``MIN_SHARED_SENTENCE = 4`` terms in common, is contained in the other report: outlets
  quote different sentences of one answer, or paraphrase one of them.

The bars above are for one speaker on a known occasion; when the two reports' dates do not
both say when (``undated``), a bare overlap of fewer than four terms must also cover three
quarters of the shorter text (``UNDATED_FEW_CONTAINMENT``), and one sentence found in the other
report must share ``UNDATED_SENTENCE`` terms. The less the speakers agree
(:func:`speakers.relation`), the more must be shared: ``unknown`` (missing or unreliable
speaker) needs ``6`` terms and 0.75 containment, two different known people ``10`` terms
and 0.9 (near-identical words); one speaker in reports dated days apart (``distant``, see
``update.RECHECK_DAYS``) ``6`` terms and 0.9, whole text against whole text.
Clause level: outlets cut a sentence at a comma, so one clause (``MIN_SHARED_CLAUSE`` terms
shared, containment 0.55) found in the other report also counts for one speaker; a clause of
four or five terms counts when four fifths of it are there (``SHORT_CLAUSE_CONTAINMENT``):
an interview answer's opening clause paraphrased by another outlet. A sentence or clause found
within the other report, and a bare overlap of two whole reports (under three quarters), must also
be said in one order there (``MIN_IN_ORDER`` terms, or most of those shared): topic words of one
story scattered over another passage in another order are not a quote of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "BARS",
    "MIN_CONTAINMENT",
    "MIN_SHARED",
    "MIN_SHARED_CLAUSE",
    "MIN_SHARED_SENTENCE",
    "UNDATED_SENTENCE",
    "Similarity",
    "same_report",
    "same_utterance",
    "short_quote_within",
    "similarity",
]

MIN_SHARED = 3
MIN_CONTAINMENT = 0.6
MIN_SHARED_SENTENCE = 4
MIN_SHARED_CLAUSE = 6
MIN_CLAUSE_CONTAINMENT = 0.55
MIN_SHORT_CLAUSE = 4  # a shorter clause (an answer's opening) must be nearly all in the other report
SHORT_CLAUSE_CONTAINMENT = 0.8
_PREFIX = 5
# Terms of a sentence or clause matched within a longer report (or of a bare overlap of two whole
# reports) that the other says in the same order: four, or more than this share of those shared.
MIN_IN_ORDER = 4
IN_ORDER_SHARE = 0.6

# relation of the speakers -> (terms shared, containment) a whole text or sentence must reach
BARS: dict[str, tuple[float, float]] = {
    "same": (MIN_SHARED, MIN_CONTAINMENT),
    "undated": (MIN_SHARED, MIN_CONTAINMENT),  # one speaker, but no dates to confirm one occasion
    "unknown": (6, 0.75),
    "different": (10, 0.9),
    "distant": (6, 0.9),  # one speaker, reports days apart: near-identical words, whole texts only
}
# One speaker and no two dates: a bare overlap (fewer than ``MIN_SHARED_SENTENCE`` terms) must
# cover this share of the shorter text. Three generic words (``people``, ``take``, ``action``)
# out of five is how a speaker repeats a theme months apart, not how an outlet quotes a remark.
UNDATED_FEW_CONTAINMENT = 0.75
# One speaker and no two dates: one sentence found in the other report must share this many terms.
# A sentence of four or five words of the story's subject (``first Olympic medal in weightlifting``)
# inside a longer remark is how an athlete says it again at the homecoming; another outlet's quote
# of the same answer shares more, and two outlets already sharing a remark are held to the dated
# bar (``update.undated_only``).
UNDATED_SENTENCE = MIN_SHARED_SENTENCE + 2


@dataclass(frozen=True, slots=True)
class Similarity:
    """How much two term lists overlap, and whether their numbers disagree."""

    shared: float
    containment: float
    numbers_conflict: bool

    @property
    def same(self) -> bool:
        return not self.numbers_conflict and self.shared >= MIN_SHARED and self.containment >= MIN_CONTAINMENT


def _matches(term: str, others: frozenset[str], prefixes: frozenset[str]) -> float:
    if term in others:
        return 1.0
    if len(term) > _PREFIX and not term.isdigit() and term[:_PREFIX] in prefixes:
        return 0.5
    return 0.0


# Letters each part of a word written joined must have (``mikroekonomi``: ``mikro`` + ``ekonomi``).
_JOINED_PART = 4


def _joined(term: str, others: frozenset[str]) -> bool:
    """Whether ``term`` is two terms of the other report written as one word, in either order: one
    outlet writes a compound joined (``mikroekonominya``, ``tanggungjawab``), another apart and
    perhaps the other way round (``ekonomi mikro``, ``tanggung jawab``)."""
    if len(term) < 2 * _JOINED_PART or term.isdigit():
        return False
    return any(
        term[:cut] in others and term[cut:] in others
        for cut in range(_JOINED_PART, len(term) - _JOINED_PART + 1)
    )


def _halves_joined(
    missed: list[str], longer: frozenset[str], shorter: frozenset[str]
) -> list[tuple[str, str]]:
    """The pairs of ``missed`` terms (the shorter report's, not found in the longer) that one word of
    the longer report's own (not the shorter's) writes together: the longer writes the compound
    joined (``sepakbola``, ``cyberattack``) where the shorter writes it apart (``sepak bola``);
    :func:`_joined` reads the other way round. A term is in one pair at most."""
    pairs: list[tuple[str, str]] = []
    starts = {term[:_JOINED_PART] for term in missed}
    long_enough = (t for t in longer if len(t) >= 2 * _JOINED_PART)
    heads = [t for t in long_enough if t[:_JOINED_PART] in starts and t not in shorter]
    if not heads:
        return pairs
    left = set(missed)
    for term in sorted(heads):
        if term.isdigit():
            continue
        for cut in range(_JOINED_PART, len(term) - _JOINED_PART + 1):
            first, second = term[:cut], term[cut:]
            if first != second and first in left and second in left:
                pairs.append((first, second))
                left -= {first, second}
                break
    return pairs


def _found(term: str, others: frozenset[str], prefixes: frozenset[str]) -> float:
    """How far ``term`` is found among the other report's terms: whole, by its start, or as two of
    them written as one word (which beats a shared start: ``tanggungjawab`` / ``tanggung jawab``)."""
    found = _matches(term, others, prefixes)
    return 1.0 if found < 1.0 and _joined(term, others) else found


def similarity(a: Sequence[str], b: Sequence[str]) -> Similarity:
    """Containment of the shorter term set in the longer one; a term of the shorter that is two of
    the longer's written as one word (:func:`_joined`) counts as found, and two of the shorter's
    that the longer writes as one word (:func:`_halves_joined`) count as one term found."""
    set_a, set_b = frozenset(a), frozenset(b)
    shorter, longer = (set_a, set_b) if len(set_a) <= len(set_b) else (set_b, set_a)
    if not shorter:
        return Similarity(0.0, 0.0, False)
    prefixes = frozenset(t[:_PREFIX] for t in longer if len(t) > _PREFIX and not t.isdigit())
    shared = 0.0
    missed: dict[str, float] = {}  # the shorter's terms not found whole, and how far each was
    for term in shorter:
        found = _found(term, longer, prefixes)
        shared += found
        if found < 1.0:
            missed[term] = found
    size = len(shorter)
    if len(missed) > 1:
        for first, second in _halves_joined(list(missed), longer, shorter):
            # one word of the longer: found once, counted once (a prefix credit dropped)
            shared += 1.0 - missed[first] - missed[second]
            size -= 1
    numbers_short = {t for t in shorter if t.isdigit()}
    numbers_long = {t for t in longer if t.isdigit()}
    conflict = bool(numbers_short - numbers_long)
    return Similarity(shared, shared / size, conflict)


def same_utterance(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when the two term lists look like one remark, however reworded or cut."""
    return similarity(a, b).same


MIN_SHORT = 2  # terms a short quote needs to be linked at all (one speaker, one day)


def short_quote_within(a: Sequence[str], b: Sequence[str]) -> bool:
    """A quote too short for the bars above (``MIN_SHORT`` terms, fewer than ``MIN_SHARED``)
    whose every term, numbers included, is in the other text: enough for one speaker on one day
    ("Saya tidak bisa janji apa-apa" against the longer answer it was cut from)."""
    shorter, longer = (set(a), set(b)) if len(set(a)) <= len(set(b)) else (set(b), set(a))
    return MIN_SHORT <= len(shorter) < MIN_SHARED and shorter <= longer


def _passes(found: Similarity, bar: tuple[float, float], undated: bool = False) -> bool:
    if undated and found.shared < MIN_SHARED_SENTENCE and found.containment < UNDATED_FEW_CONTAINMENT:
        return False
    return not found.numbers_conflict and found.shared >= bar[0] and found.containment >= bar[1]


def in_order(part: Sequence[str], whole: Sequence[str]) -> tuple[int, int]:
    """How many of ``part``'s terms ``whole`` says in the same order (the longest common
    subsequence, terms compared by their first five letters), and how many they share."""
    ours = [t[:_PREFIX] for t in part]
    theirs = [t[:_PREFIX] for t in whole]
    shared = set(ours) & set(theirs)
    ours = [t for t in ours if t in shared]
    theirs = [t for t in theirs if t in shared]
    row = [0] * (len(theirs) + 1)
    for term in ours:
        previous = 0
        for at, other in enumerate(theirs, 1):
            kept = row[at]
            row[at] = previous + 1 if term == other else max(row[at], row[at - 1])
            previous = kept
    return row[-1], len(shared)


def _sentence_within(parts: Sequence[Sequence[str]], whole: Sequence[str], bar: tuple[float, float]) -> bool:
    least = max(bar[0], MIN_SHARED_SENTENCE)
    for part in parts:
        found = similarity(part, whole)
        if _passes(found, (least, bar[1])) and len(set(part)) <= len(set(whole)) and _ordered(part, whole):
            return True
    return False


def _ordered(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether ``whole`` says ``MIN_IN_ORDER`` of the part's terms in the part's order: another outlet's
    quote of one sentence keeps its words' order; topic words of the part scattered over the other
    report's sentences in another order (``follow up`` ... ``the incident`` ... ``the internal affairs
    chief``) are another passage on the same matter."""
    kept, shared = in_order(part, whole)
    return kept >= MIN_IN_ORDER or kept > IN_ORDER_SHARE * shared


def _clause_within(clauses: Sequence[Sequence[str]], whole: Sequence[str]) -> bool:
    for clause in clauses:
        size = len(set(clause))
        if size >= MIN_SHARED_CLAUSE:
            bar = (MIN_SHARED_CLAUSE, MIN_CLAUSE_CONTAINMENT)
        elif size >= MIN_SHORT_CLAUSE:
            bar = (MIN_SHORT_CLAUSE, SHORT_CLAUSE_CONTAINMENT)
        else:
            continue
        if _passes(similarity(clause, whole), bar) and _ordered(clause, whole):
            return True
    return False


def _whole_ordered(found: Similarity, a: Sequence[str], b: Sequence[str], undated: bool) -> bool:
    """Whether a bare overlap of two whole reports (under ``UNDATED_FEW_CONTAINMENT``) is said in one
    order. ``undated`` (one speaker, no two dates to say one occasion): ``MIN_IN_ORDER`` terms in
    the same order, all of them when fewer are shared; four topic words, one of them moved (``ready
    to send peacekeeping troops to Gaza`` / ``prepared to contribute troops ... to peacekeeping ...
    in Gaza``), are how a speaker states one pledge again at the next day's forum. Two dates of one
    day let a summary in other words move a word (:func:`_ordered`)."""
    if found.containment >= UNDATED_FEW_CONTAINMENT:
        return True
    shorter, longer = (a, b) if len(set(a)) <= len(set(b)) else (b, a)
    if not undated:
        return _ordered(shorter, longer)
    kept, shared = in_order(shorter, longer)
    return kept >= min(MIN_IN_ORDER, shared)


def same_report(
    a: Sequence[Sequence[str]],
    b: Sequence[Sequence[str]],
    relation: str = "same",
    clauses: tuple[Sequence[Sequence[str]], Sequence[Sequence[str]]] | None = None,
) -> bool:
    """Like :func:`same_utterance` on sentence-split terms: the whole texts match, or one
    sentence of a several-sentence text is found in the other; for one speaker also one
    long clause (``clauses``: each text's terms clause by clause). ``relation`` of the
    speakers picks the bar (:data:`BARS`)."""
    bar = BARS[relation]
    flat_a = [t for part in a for t in part]
    flat_b = [t for part in b for t in part]
    whole = similarity(flat_a, flat_b)
    undated = relation == "undated"
    if _passes(whole, bar, undated) and _whole_ordered(whole, flat_a, flat_b, undated):
        return True
    if relation == "distant":
        return False  # one repeated sentence is how a speaker restates a line days later
    if relation == "undated":
        bar = (max(bar[0], UNDATED_SENTENCE), bar[1])
    if (len(a) > 1 and _sentence_within(a, flat_b, bar)) or (len(b) > 1 and _sentence_within(b, flat_a, bar)):
        return True
    if relation not in ("same", "undated") or clauses is None:
        return False
    return _clause_within(clauses[0], flat_b) or _clause_within(clauses[1], flat_a)
