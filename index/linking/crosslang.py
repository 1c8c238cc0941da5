"""One remark in two languages: an English report and an Indonesian one, compared across the lexicon.

Terms are matched through :mod:`bilingual` (lexicon, synonyms, cognates, compounds). A
translation is compared whole, by stretches of consecutive sentences (an outlet translates part
of a speech), by runs of clauses where the whole reports disagree on a figure (one gives a clause
with a number the other leaves out) and sentence by sentence. Both sides must cover the bar's
share of their terms, except that a translation shorter than its original may leave out what the
other side adds (a clause, a place): then the shorter side must be nearly all there
(``SHORTER_SHARE``) and the longer still well covered (``LONGER_SHARE``), the bar for
same-language containment turned into one that tolerates a translator's omissions without letting
a topic overlap through.
Two English reports of a remark made in Indonesian are two translations, each in its own words
("grateful for your past assistance", "thankful for your previous help"): when their words do not
match, one is compared with the other's terms in the shared vocabulary as a translation is
(:func:`renderings_agree`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from kutip.index.linking.bilingual import (
    CrossMatch,
    by_synonym_only,
    counted_terms,
    match_within,
    reach_map,
    rendered_by_function_word,
    shorter_longer,
)
from kutip.index.linking.occasions import SAME_REMARK_SLACK_DAYS
from kutip.index.linking.similarity import MIN_SHARED_SENTENCE
from kutip.index.linking.store import LinkDoc

__all__ = [
    "ANCHOR_FIGURES",
    "COMPLETE_SHARE",
    "COMPLETE_SHARED",
    "CONTAINED_SHARE",
    "CONTAINED_SHARED",
    "CROSS_BARS",
    "LONGER_SHARE",
    "MISCREDITED_SHARE",
    "MISCREDITED_SHARED",
    "PART_SHARE",
    "PART_SHARED",
    "PART_SHORT_SHARE",
    "RENDERINGS_BARS",
    "RENDERINGS_SHARE",
    "RENDERINGS_SHARED",
    "SHORTER_SHARE",
    "anchor_figures",
    "complete_translation",
    "cross_report",
    "figures_kept",
    "fragment_within",
    "miscredited",
    "near_complete",
    "renderings_agree",
    "whole_translation",
]

# terms shared and each side's share across languages, by how far the speakers agree;
# two known people never link across languages
CROSS_BARS: dict[str, tuple[float, float]] = {
    "same": (4.0, 0.5),
    "undated": (5.0, 0.5),  # one speaker, but no two dates confirm one occasion: one term more
    "unknown": (6.0, 0.75),
}
SHORTER_SHARE = 0.65  # of the shorter side's terms, when the longer side's share is below the bar
LONGER_SHARE = 0.4  # of the longer side's terms, then
# One known speaker on one known day: a short remark translated whole needs fewer shared terms
# when nearly all of each side is found in the other, as a short quote within one language does
# (``similarity.UNDATED_FEW_CONTAINMENT``); without two dates it needs the whole bar, as a speaker
# says the like again on another occasion. One report whole inside a run of clauses of the other's
# longer quote counts, as one sentence within a report does in one language: ``PART_SHARED``
# terms, one more without two dates.
PART_SHARED = {"same": MIN_SHARED_SENTENCE, "undated": MIN_SHARED_SENTENCE + 1}
COMPLETE_SHARED = 3
COMPLETE_SHARE = 0.75
# One known speaker on one known day, a report of ``COMPLETE_SHARED`` terms (too few for
# ``PART_SHARED``): every one of them in one run of clauses of the other's longer quote, that run half
# covered, as a two-term fragment is found whole (:func:`fragment_within`) and a short quote within one
# language (``similarity.short_quote_within``): "the workers have a right to strike" of a sentence
# "kalau buruh mogok, itu hak buruh, karena upahnya belum dibayar".
PART_SHORT_SHARE = 0.75  # of the short report's terms, found in the run of clauses
PART_SHARE = 0.5  # of the run's terms, found in the short report
Reach = dict[str, frozenset[str]]  # each English term's Indonesian terms in the other report
# Terms two English reports must share in the shared vocabulary (their first translations), and the
# share of the shorter's, before they are compared as translations: a cheap test that keeps the
# lexicon's look-ups to pairs on one subject (two translations of one remark share more: 0.38-0.75).
RENDERINGS_SHARED = 2
RENDERINGS_SHARE = 0.3
# The bars under which two English wordings may be two translations (never ``undated``: see
# :func:`renderings_agree`).
RENDERINGS_BARS = frozenset({"same", "unknown"})
# An English outlet quotes a few words of a remark another reports whole in Indonesian ("saddened
# and concerned" of "Saya sangat prihatin dan sedih atas peristiwa ini"): a fragment of this many
# content terms (fewer than ``COMPLETE_SHARED``), every one found, as a short quote within one
# language is (``similarity.short_quote_within``); one speaker on one known day only.
FRAGMENT_TERMS = 2


# Figures both reports give (a count, an amount, an article of a law), no figure of either missing
# from the other: the words a translator cannot paraphrase. Two of them, years aside (two remarks of one
# year share the year), place a long report and its translation on one remark when the lexicon finds
# the longer side's share of each side (``LONGER_SHARE``), as a translation leaving a clause out is:
# a ruling's citation quoted by one outlet in full and rendered by another in its own words.
ANCHOR_FIGURES = 2
_YEARS = range(1900, 2101)


def anchor_figures(english: Sequence[str], indonesian: Sequence[str]) -> frozenset[str]:
    """The figures (numbers, years aside) both reports give."""
    shared = {t for t in english if t.isdigit()} & {t for t in indonesian if t.isdigit()}
    return frozenset(t for t in shared if not (len(t) == 4 and int(t) in _YEARS))


def figures_kept(part: Sequence[str], other: Collection[str]) -> bool:
    """Whether every figure of a part of one report (years aside) is also in the other report. A
    stretch or a clause standing for a report's translation keeps its figures, as a translator keeps
    them: a sentence giving a count the other report never gives is not what it translates, however
    many of the subject's words the two share (a speaker's honorary workers registered "2.3 million"
    at one hearing and "many" at another). ``other`` is best a set, read once a report."""
    figures = {t for t in part if t.isdigit() and not _year(t)}
    if not figures:
        return True
    return figures <= (other if isinstance(other, AbstractSet) else set(other))


def _year(term: str) -> bool:
    return len(term) == 4 and int(term) in _YEARS


def _anchored(
    english: Sequence[str], indonesian: Sequence[str], bar: tuple[float, float], found: CrossMatch
) -> bool:
    """``ANCHOR_FIGURES`` figures shared (:func:`anchor_figures`), none of either missing from the
    other, the bar's count of terms shared and ``LONGER_SHARE`` of each side found in the other."""
    if found.numbers_conflict or found.shared < bar[0]:
        return False
    if min(found.english_share, found.indonesian_share) < LONGER_SHARE:
        return False
    return len(anchor_figures(english, indonesian)) >= ANCHOR_FIGURES


def _both_ways(
    english: Sequence[str],
    indonesian: Sequence[str],
    bar: tuple[float, float],
    reach: Reach,
    *,
    whole: bool = False,
    found: CrossMatch | None = None,
) -> bool:
    """Enough shared terms, and on each side at least the bar's share of its terms found in the
    other, or the shorter side nearly all found and the longer well covered: a short text on
    the subject of a long one is not its translation, but a translation that leaves a clause out is.
    ``reach`` is :func:`bilingual.reach_map` of the two whole reports these are parts of; ``found``,
    their :func:`bilingual.match_within` when already read."""
    if found is None:
        found = match_within(reach, english, indonesian, whole=whole)
    if found.numbers_conflict or found.shared < bar[0]:
        return False
    if min(found.english_share, found.indonesian_share) >= bar[1]:
        return True
    shorter, longer = shorter_longer(found, english, indonesian)
    return shorter >= max(SHORTER_SHARE, bar[1]) and longer >= LONGER_SHARE


# One known speaker on one known day: a shorter report nearly all found in a longer one is one remark
# whatever share of the longer it covers, as within a language the shorter's containment alone decides
# (``similarity.BARS["same"]``: three terms, 0.6); across the lexicon the shorter must be found more fully,
# in more terms. An outlet translating the first sentence of an answer and a word or two of the next
# ("today I open the ferry line, we have waited for this day") against another quoting the answer
# whole: 0.89 of the English found, 0.38 of the Indonesian, under ``LONGER_SHARE``.
CONTAINED_SHARED = 7
CONTAINED_SHARE = 0.75


def _contained(english: Sequence[str], indonesian: Sequence[str], reach: Reach) -> bool:
    """The shorter report nearly all found in the longer (``CONTAINED_SHARE``, ``CONTAINED_SHARED`` terms
    at least), numbers agreeing: for one speaker on one known day."""
    found = match_within(reach, english, indonesian, whole=True)
    if found.numbers_conflict or found.shared < CONTAINED_SHARED:
        return False
    return shorter_longer(found, english, indonesian)[0] >= CONTAINED_SHARE


# Two different credited people, one remark across languages: the whole reports a near-complete
# translation of each other (terms shared, each side's share found), both dated within a day. An
# extractor or an outlet credits the words to someone named beside the speaker (the victim a
# president speaks of); within one language ``update.MISCREDITED`` links the like. Two people saying
# the same in two languages on one day are rare; a topic shared by two speakers covers far less of
# either report. For the linker to weigh (:func:`update.matches`): :func:`cross_report` keeps two
# known people apart.
MISCREDITED_SHARED = 7
MISCREDITED_SHARE = 0.75


def miscredited(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports in two languages credited to different people are one remark credited
    wrongly: both dated within ``SAME_REMARK_SLACK_DAYS``, ``MISCREDITED_SHARED`` terms shared and
    ``MISCREDITED_SHARE`` of each side found in the other, no figure of either missing."""
    if not (a.day and b.day) or abs(a.day - b.day) > SAME_REMARK_SLACK_DAYS:
        return False
    return near_complete(a, b)


def near_complete(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports in two languages are a near-complete translation of each other as wholes:
    ``MISCREDITED_SHARED`` terms shared, ``MISCREDITED_SHARE`` of each side found in the other, no
    figure of either missing. The words alone then say one remark, whatever else the attributions
    tell apart: a credited name (:func:`miscredited`), or a channel one outlet names and the other,
    translating the post, leaves out (``update.channels_differ``), as near-identical words do within
    one language (``update.posted_alike``)."""
    if a.lang == b.lang:
        return False
    english, other = (a, b) if a.lang == "en" else (b, a)
    found = match_within(reach_map(english.terms, other.terms), english.terms, other.terms, whole=True)
    return (
        not found.numbers_conflict
        and found.shared >= MISCREDITED_SHARED
        and min(found.english_share, found.indonesian_share) >= MISCREDITED_SHARE
    )


_MAX_STRETCH = 3  # consecutive sentences one outlet may have translated out of a longer quote


def _stretches(sentences: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each sentence, and each run of up to ``_MAX_STRETCH`` consecutive sentences, short of the
    whole: an outlet translates a stretch of a speech, not always one sentence of it."""
    found = []
    for size in range(1, min(_MAX_STRETCH, len(sentences) - 1) + 1):
        for start in range(len(sentences) - size + 1):
            found.append(tuple(t for part in sentences[start : start + size] for t in part))
    return found


def _complete(english: Sequence[str], indonesian: Sequence[str], reach: Reach) -> bool:
    """A short remark translated whole: ``COMPLETE_SHARED`` terms or more, and on each side
    nearly all its terms found in the other ("I am pleased and happy, this feels great" /
    "Senang dan bahagia, rasanya luar biasa")."""
    found = match_within(reach, english, indonesian, whole=True)
    return (
        not found.numbers_conflict
        and found.shared >= COMPLETE_SHARED
        and min(found.english_share, found.indonesian_share) >= COMPLETE_SHARE
    )


def _parts(doc: LinkDoc, *, clauses: bool) -> list[tuple[str, ...]]:
    """Each stretch of sentences (:func:`_stretches`); ``clauses`` (the whole reports disagree on a figure),
    then each run of clauses (:func:`_clause_runs`) not already one: an outlet translates the clauses of
    a sentence after the one that gives a figure the other leaves out ("40 are still missing, we reached
    12 families, nine alive and three dead" / "of the 12 families, nine were found alive, three dead").
    Only then: a run of clauses is a small part, and one speech's sentences share their subject's words."""
    found = _stretches(doc.sentences)
    if not clauses:
        return found
    seen = set(found)
    found.extend(run for run in _clause_runs(doc.clauses) if run not in seen)
    return found


def _clause_runs(clauses: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each run of up to ``_MAX_STRETCH`` consecutive clauses, short of the whole."""
    found = []
    for size in range(1, min(_MAX_STRETCH, len(clauses) - 1) + 1):
        for start in range(len(clauses) - size + 1):
            found.append(tuple(t for part in clauses[start : start + size] for t in part))
    return found


def _part_of_longer(
    english: LinkDoc, other: LinkDoc, least: int, reach: Reach, *, every: bool = False
) -> bool:
    """One report whole inside a run of clauses of the other's longer quote: an outlet translates
    one sentence of a long answer, and the other quotes the answer whole. Nearly all of the short
    report's terms (``PART_SHORT_SHARE``) must be in the run, and half the run's in the report.
    ``every``: a short report of exactly ``least`` terms, every one of them in the run. An English
    report's size is its terms the share counts (:func:`bilingual.counted_terms`): "repair the existing
    market stalls" holds three terms a translation can show ("memperbaiki lapak pasar yang ada")."""
    share = 1.0 if every else PART_SHORT_SHARE
    for short, long in ((english, other), (other, english)):
        size = counted_terms(reach, short.terms) if short is english else len(set(short.terms))
        if not least <= size <= len(set(long.terms)) or (every and size != least):
            continue
        found = match_within(reach, english.terms, other.terms, whole=True)
        mine = found.english_share if short is english else found.indonesian_share
        if found.shared < least or mine < share:
            continue  # no run of the longer holds more of the short report than the whole does
        for part in _clause_runs(long.clauses):
            if len(set(part)) < least:
                continue
            pair = (short.terms, part) if short is english else (part, short.terms)
            found = match_within(reach, *pair)
            shares = (found.english_share, found.indonesian_share)
            mine, theirs = shares if short is english else shares[::-1]
            enough = found.shared >= least and mine >= share and theirs >= PART_SHARE
            if enough and not found.numbers_conflict:
                return True
    return False


def fragment_within(english: Sequence[str], indonesian: Sequence[str], reach: Reach) -> bool:
    """A short English quote (``FRAGMENT_TERMS`` terms) every term of which reaches its own term of
    the Indonesian report, no number of either missing from the other. A term every translation of
    which is an Indonesian function word (``better``: ``lebih baik``) is not counted when unseen:
    no Indonesian report can show it. A term reached only through a synonym of its translations
    (``important``: ``penting``, its synonym ``utama``) is no evidence in two terms: the synonyms
    widen a term's reach for long reports, and a stem they reach may be another word's
    (``utama`` of ``terutama``, "especially")."""
    counted = {t for t in english if reach.get(t) or not rendered_by_function_word(t)}
    if not FRAGMENT_TERMS <= len(counted) < COMPLETE_SHARED:
        return False
    if any(by_synonym_only(t, reach.get(t, frozenset())) for t in counted):
        return False
    found = match_within(reach, english, indonesian, whole=True)
    return not found.numbers_conflict and found.shared >= len(counted) and found.english_share >= 1.0


def whole_translation(a: LinkDoc, b: LinkDoc, how: str) -> bool:
    """The two whole reports one remark in two languages by ``how``'s bar (:data:`CROSS_BARS`), no
    stretch, clause or sentence of either standing for it: the evidence a pair needs to stand for
    two clusters whose leads disagree, as a sentence of one speech shares its subject's words with
    another occasion's."""
    if how not in CROSS_BARS:
        return False
    english, other = (a, b) if a.lang == "en" else (b, a)
    return _both_ways(english.terms, other.terms, CROSS_BARS[how], reach_map(english.terms, other.terms))


def complete_translation(a: LinkDoc, b: LinkDoc) -> bool:
    """A short remark translated whole (:func:`_complete`), whatever the dates say."""
    english, other = (a, b) if a.lang == "en" else (b, a)
    return _complete(english.terms, other.terms, reach_map(english.terms, other.terms))


def cross_report(a: LinkDoc, b: LinkDoc, how: str) -> bool:
    """One remark in two languages: the whole texts, or one sentence of either, across the lexicon."""
    if how not in CROSS_BARS:
        return False
    english, other = (a, b) if a.lang == "en" else (b, a)
    whole = CROSS_BARS[how]
    reach = reach_map(english.terms, other.terms)  # read once: every part below is measured on it
    found = match_within(reach, english.terms, other.terms, whole=True)
    if _both_ways(english.terms, other.terms, whole, reach, found=found):
        return True
    if how in PART_SHARED and _anchored(english.terms, other.terms, whole, found):
        return True
    if how == "same" and _complete(english.terms, other.terms, reach):
        return True
    if how == "same" and _contained(english.terms, other.terms, reach):
        return True
    if how == "same" and fragment_within(english.terms, other.terms, reach):
        return True
    if how in PART_SHARED and _part_of_longer(english, other, PART_SHARED[how], reach):
        return True
    if how == "same" and _part_of_longer(english, other, COMPLETE_SHARED, reach, every=True):
        return True
    least = (max(whole[0], MIN_SHARED_SENTENCE + 1), whole[1])
    clauses = found.numbers_conflict
    # each part's figures are checked once against the other report's terms, read once as a set
    english_terms, other_terms = frozenset(english.terms), frozenset(other.terms)
    english_parts = [p for p in _parts(english, clauses=clauses) if figures_kept(p, other_terms)]
    if any(_both_ways(p, other.terms, least, reach) for p in english_parts):
        return True
    other_parts = [p for p in _parts(other, clauses=clauses) if figures_kept(p, english_terms)]
    if any(_both_ways(english.terms, p, least, reach) for p in other_parts):
        return True
    # one sentence of each: outlets translate different stretches of one speech
    if len(english.sentences) < 2 or len(other.sentences) < 2:
        return False
    mine = [p for p in english.sentences if figures_kept(p, other_terms)]
    theirs = [q for q in other.sentences if figures_kept(q, english_terms)] if mine else []
    return any(_both_ways(p, q, least, reach) for p in mine for q in theirs)


def renderings_agree(a: LinkDoc, b: LinkDoc, how: str) -> bool:
    """Two English reports as two translations of one remark: either against the other's terms in
    the shared vocabulary (:func:`bilingual.pivot_terms`), by :func:`cross_report`'s bars. For
    English reports whose words do not match as they stand. Only where two dates (or two articles
    sharing another remark) confirm one occasion: undated, a leader's two speeches on one subject on
    consecutive days share the subject's words in any rendering (statehood, recognition, security),
    and the shared vocabulary makes them look like two translations of one sentence."""
    if a.lang != "en" or b.lang != "en" or how not in RENDERINGS_BARS:
        return False
    mine, theirs = set(a.pivot), set(b.pivot)
    shared = len(mine & theirs)
    if shared < RENDERINGS_SHARED or shared < RENDERINGS_SHARE * min(len(mine), len(theirs)):
        return False
    return any(cross_report(x, replace(y, terms=y.pivot, lang="id"), how) for x, y in ((a, b), (b, a)))
