"""Keeping statement clusters current as batches of articles come and go.

The indexer calls :func:`update_links` after each committed batch with the ids of the
statements it inserted and of those it deleted. Work is proportional to the batch:
each new statement looks up its blocking keys (:mod:`keys`), verifies at most
``MAX_CANDIDATES`` candidates (:mod:`shortlist`, :mod:`similarity`, :mod:`speakers`, :mod:`bilingual`)
and joins their clusters through :mod:`members` (union-find, never re-derived whole).
A statement joins a cluster only when it also matches the cluster's fullest report
from another article (its core; a direct quote may instead match a core report of its own
language and kind when the fullest is a paraphrase or a translation), so a cluster stays
one remark. How much must be shared depends on how far the speakers agree
(:func:`speakers.relation`), on the channel the quote came through (:mod:`channels`) and,
for a short quote, on the day. Reports whose
attributions give different days or kinds of occasion (:mod:`occasions`) never link, and two
clusters merge only if no member of one is set apart so from a member of the other, so an
undated report cannot bridge two remarks days apart; nor can a paraphrase (an indirect report) join
two clusters of direct quotes none of which agree across them (:meth:`_Linker._bridges_quotes`). Deleting a
statement relinks only the other members of its cluster. A cluster's id is the id of
its earliest member (dated before undated, then by id). A report that no candidate
matches alone may still be one passage with two neighbouring statements of another
article (:mod:`stitched`): the few candidates of one speaker sharing most keys are tried.
A report of one part of a speech does not also join another part its article quotes apart
(:meth:`_Linker.outmatched`), and a short remark translated whole without two dates links when
the quotes beside it in both articles match too (:meth:`_Linker.in_sequence`).
A short quote of one speaker that both reports give word for word links though its content terms
are too few for :func:`matches` (:meth:`_Linker.copied`, :mod:`verbatim`).
Two direct quotes in one language that match without sharing a run of words join after the batch's
copied pairs, and no join puts two groups of copied quotes in one cluster (:mod:`coherence`): one
speaker's two remarks on one topic and day match pair by pair on topic terms.
Reading new statements (:mod:`reading`) and weighing two reports' days (:mod:`timing`) are modules
of their own (session 40); the match rules and the batch update stay here: they share the linker's
reads and its cluster views.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from kutip.index.linking.article_days import known_day, told_apart
from kutip.index.linking.bilingual import cross_similarity
from kutip.index.linking.channels import SOCIAL, TOLD, heard, maybe, named_none
from kutip.index.linking.cognates import names_cognate
from kutip.index.linking.coherence import CopiedGroups, Run, runs
from kutip.index.linking.crosslang import (
    complete_translation,
    cross_report,
    miscredited,
    near_complete,
    renderings_agree,
    whole_translation,
)
from kutip.index.linking.encoder import forget_vectors, half_read, translated
from kutip.index.linking.members import cluster_of, core_of, forget, members, merge
from kutip.index.linking.occasions import SAME_REMARK_SLACK_DAYS, recited
from kutip.index.linking.reading import doc_of, filed_month, quoted_terms, unglossed, year_slip
from kutip.index.linking.reading import read_docs as _read_docs
from kutip.index.linking.shortlist import MAX_CANDIDATES, candidate_docs, candidates
from kutip.index.linking.similarity import (
    BARS,
    MIN_CONTAINMENT,
    MIN_SHARED,
    MIN_SHARED_SENTENCE,
    in_order,
    same_report,
    short_quote_within,
    similarity,
)
from kutip.index.linking.speakers import SpeakerNames, relation
from kutip.index.linking.stitched import (
    MAX_TRIES,
    Neighbours,
    could_be_half,
    could_be_half_across,
    halves_across,
    joined,
    one_speaker,
    split_quotes,
    stitched,
)
from kutip.index.linking.store import (
    LinkDoc,
    delete_docs,
    ensure_schema,
    insert_docs,
    load_docs,
    meta,
    set_meta,
)
from kutip.index.linking.timing import (
    DISTANT_DAYS,
    RECHECK_DAYS,
    _by_dates,
    credited_apart_together,
    dated_together,
    days_between,
    given_alike,
    occasion_agrees,
    one_day,
    published_apart,
    published_before_said,
    recalled_earlier,
    same_known_day,
    stated_apart,
)
from kutip.index.linking.verbatim import VERBATIM_WORDS, all_words, longest_run, verbatim, word_for_word
from kutip.index.linking.weekdays import weekday_only

__all__ = [
    "DISTANT_DAYS",
    "MAX_CANDIDATES",
    "RECHECK_DAYS",
    "candidates",
    "channels_differ",
    "copied_unnamed",
    "credited_apart_together",
    "dated_together",
    "days_between",
    "doc_of",
    "filed_month",
    "given_alike",
    "matches",
    "misattributed",
    "occasion_agrees",
    "one_day",
    "posted_alike",
    "published_apart",
    "published_before_said",
    "quoted_terms",
    "recalled_earlier",
    "said_copied",
    "same_known_day",
    "stated_apart",
    "undated_few",
    "undated_translation",
    "unglossed",
    "unlinked",
    "update_links",
    "year_slip",
]

# Share of what a report has in common with another that a sibling statement (another part of
# the same article, quoted apart) must also have in common with it before a better match of the
# sibling takes the other report away from the first.
SIBLING_OVERLAP = 0.8
RESTATED = 0.8  # share of a statement found in another of its article that makes them one remark given twice
# Two different credited speakers, near-identical words in one language: (terms shared, containment).
# Six content terms all found in the other report within a day is one remark credited to the wrong
# person (an extractor or an outlet reading "he said" as the president named before it), not two
# people saying it in the same words; the general bar for two people (``similarity.BARS["different"]``)
# still links longer ones days apart.
MISCREDITED = (6, 0.95)
# Words (function words kept) a quote two people are credited with must give word for word, nearly
# all in order in the other report (:meth:`_Linker.miscopied`): a five-word stock reply is said by
# many, a sentence of eight words the same way by two people on one day is one remark.
MISCREDITED_WORDS = 8
# One speaker's post against a quote that may have come through it (:func:`posted_alike`): six
# content terms, nearly all of the shorter in the other (a typo or a spelling of one word apart:
# "runut"/"runtut" in seven terms).
POSTED_ALIKE = (6, 0.85)
# A post or written statement against a quote whose attribution names nothing (no channel, no spoken
# occasion), in one language and within a day (:func:`copied_unnamed`): as much must be shared as
# for a speaker nobody named (``similarity.BARS["unknown"]``), the whole or one sentence.
COPIED_UNNAMED = "unknown"
COPIED_RUN = 4  # content terms in a row such a copy shares with the post, or all of the shorter's
# Content terms a quote said to reporters must give of a social-media post as one unbroken
# run, the shorter's whole (:func:`said_copied`): a spoken answer transcribed shares a phrase or two
# with the speaker's post of that morning, never a dozen of its words in a row; a page giving the
# post's sentence whole under "kata X kepada wartawan" copied the post.
SAID_COPIED_TERMS = 10
# Terms a direct quote joining another cluster through the quote it matches (:meth:`_Linker._one_answer`)
# must share with that cluster's lead: one sentence of an answer says something of the answer's
# fullest report; a report sharing nothing with it is a remark chained on through a member.
ONE_ANSWER_SHARED = 1
# Words in one unbroken run two direct quotes matching on fewer than four topic terms without two dates
# must share (:meth:`_Linker._matches`): another outlet's quote of one short remark copies it; two
# remarks of one speaker on one subject share three words or fewer ("jalan-jalan yang").
FEW_TERMS_RUN = VERBATIM_WORDS


def channels_differ(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether the channels the attributions name set two reports apart. Across languages a written
    statement against none named does not: a translator renders "keterangan pers" (most often
    remarks to reporters) as "a press release", and "in his statement" either way. Nor does a
    channel against a quote that names none in an article crediting its speaker's other quotes to
    that channel, when the words are near-identical (:func:`posted_alike`)."""
    first, second = heard(a.channel), heard(b.channel)
    if first == second:
        return False
    unnamed_or_written = {first, second} == {"", "written"}
    if a.lang != b.lang and unnamed_or_written:
        return False
    if a.lang != b.lang and "" in (first, second) and near_complete(a, b):
        return False  # another outlet translating the post whole, without naming it
    return not posted_alike(a, b) and not copied_unnamed(a, b) and not said_copied(a, b)


def copied_unnamed(a: LinkDoc, b: LinkDoc) -> bool:
    """One report names a post or a written statement as its source and the other, in one language
    and within a day, names nothing at all (no channel, no spoken occasion, no kind of occasion):
    outlets copy a press release or a post without saying so, so the words decide, by the bar for a
    speaker nobody named (``COPIED_UNNAMED``). A quote said to reporters or in a broadcast
    (:data:`channels.TOLD`, :data:`channels.SAID`) stays apart from a post in the same words, but
    for a post's long sentence given whole under "kepada wartawan" (:func:`said_copied`)."""
    if a.lang != b.lang or not (heard(a.channel) or heard(b.channel)):
        return False
    named, unnamed = (a, b) if heard(a.channel) else (b, a)
    if not named_none(unnamed.channel) or unnamed.occasion or heard(named.channel) == heard(unnamed.channel):
        return False
    if days_between(a, b) > SAME_REMARK_SLACK_DAYS or published_apart(a, b):
        return False
    if longest_run(a.terms, b.terms) < min(COPIED_RUN, len(a.terms), len(b.terms)):
        return False  # a copy gives the post's words in a row; a spoken answer on its news shares a few
    return same_report(a.sentences, b.sentences, COPIED_UNNAMED) or _piece_of(unnamed, named)


def said_copied(a: LinkDoc, b: LinkDoc) -> bool:
    """One report names a social-media post as its source and the other, in one language and within
    a day, says the remark was said to reporters (:data:`channels.TOLD`) in the post's words: the
    shorter's content terms, ``SAID_COPIED_TERMS`` or more, one unbroken run of the other's. An
    outlet copying the post writes "kata X kepada wartawan" loosely; remarks said to reporters in
    other words stay apart from the post (:func:`copied_unnamed`). A written statement is left
    apart however alike: an office's release often gives the very sentences said at the doorstop."""
    if a.lang != b.lang or {a.channel, b.channel} != {TOLD, SOCIAL}:
        return False
    if days_between(a, b) > SAME_REMARK_SLACK_DAYS or published_apart(a, b):
        return False
    shorter = min(len(a.terms), len(b.terms))
    return shorter >= SAID_COPIED_TERMS and longest_run(a.terms, b.terms) >= shorter


def _piece_of(piece: LinkDoc, whole: LinkDoc) -> bool:
    """Whether every content term of ``piece`` (``MIN_SHARED`` or more) is in ``whole`` in its order:
    an outlet quoting a post in two pieces ("..., said the president, ...") copies each piece whole,
    though a piece alone is too short for the bar of :func:`copied_unnamed`."""
    terms = set(piece.terms)
    if len(terms) < MIN_SHARED or not terms <= set(whole.terms):
        return False
    kept, _ = in_order(piece.terms, whole.terms)
    return kept >= len(piece.terms)


def posted_alike(a: LinkDoc, b: LinkDoc) -> bool:
    """One report names a channel and the other, in one language, names none but may have come
    through it (:data:`channels.MAYBE`), in near-identical words (``POSTED_ALIKE``): another outlet
    quoting the same post without saying so again. A post in the same words as a remark to
    reporters stays apart: the spoken report's article credits nothing to that channel."""
    if a.lang != b.lang or not ({maybe(a.channel), maybe(b.channel)} - {""}) & {a.channel, b.channel}:
        return False
    least, share = POSTED_ALIKE
    found = similarity(a.terms, b.terms)
    return not found.numbers_conflict and found.shared >= least and found.containment >= share


def _posted_and_said(a: LinkDoc, b: LinkDoc) -> bool:
    """One report in one language names a channel and the other names none with nothing to say it
    may be from that channel: one cluster must not hold both, whatever quote that may be the post
    (:func:`posted_alike`) matches each."""
    if a.lang != b.lang or a.channel == b.channel:
        return False
    named = [channel for channel in (a.channel, b.channel) if heard(channel)]
    if not named or copied_unnamed(a, b) or said_copied(a, b):
        return False
    return any(not heard(channel) and not maybe(channel) for channel in (a.channel, b.channel))


def _said_copies(docs: Sequence[LinkDoc]) -> set[str]:
    """The reports among ``docs`` said to reporters in the words of a post among them
    (:func:`said_copied`): copies of that post, which another outlet's cut of it does not set apart."""
    said = [doc for doc in docs if doc.channel == TOLD]
    return {doc.statement for doc in said if any(said_copied(doc, post) for post in docs)}


def _weighed(a: LinkDoc, b: LinkDoc, *, together: bool = False) -> str | None:
    """How far the speakers agree once the dates are weighed (:func:`_by_dates`); None when the
    channel, the occasion or a recital's day already sets the two reports apart."""
    if channels_differ(a, b):
        return None  # a post or a written statement is another occasion than spoken remarks
    if not occasion_agrees(a, b):
        return None
    if (recited(a.terms) or recited(b.terms)) and not same_known_day(a, b):
        return None  # an oath is sworn in the same words at every ceremony: only the day tells
    how: str = relation(SpeakerNames((a.names, a.written)), SpeakerNames((b.names, b.written)))
    if how == "different" and a.lang != b.lang:
        english, other = (a, b) if a.lang == "en" else (b, a)
        if names_cognate(english.names, other.names):
            how = "same"  # one person named in two languages (Francis, Fransiskus)
        elif a.names & b.names:
            how = "unknown"  # one name word shared, another not (a headline word read as a surname)
    return _by_dates(how, a, b, together=together)


def misattributed(a: LinkDoc, b: LinkDoc) -> bool:
    """Two reports in one language crediting different people with near-identical words
    (``MISCREDITED``) on one occasion as far as their dates tell: one extractor or outlet credited
    the remark to someone named beside the speaker (a president the spokesman speaks of), not a
    second remark. Across languages two known people still never link."""
    if not credited_apart_together(a, b):
        return False
    least, share = MISCREDITED
    found = similarity(a.terms, b.terms)
    return not found.numbers_conflict and found.shared >= least and found.containment >= share


def undated_translation(a: LinkDoc, b: LinkDoc) -> bool:
    """A short remark translated whole by one speaker, that only the want of two dates keeps from
    linking (:func:`crosslang.complete_translation`): one more report of that pair of articles in
    the same order then says it is one occasion (:meth:`_Linker.in_sequence`)."""
    if a.lang == b.lang or one_day(a, b):
        return False
    return _weighed(a, b) == "same" and complete_translation(a, b)


def matches(a: LinkDoc, b: LinkDoc, *, together: bool = False) -> bool:
    """Whether two statements report one remark: content measured against how far the speakers agree.
    ``together``: the two articles already share a remark (:meth:`_Linker.together`), which says
    they report one occasion as two dates would."""
    weighed = _weighed(a, b, together=together)
    if weighed is None:
        return False
    how = weighed
    if how == "same" and a.lang == b.lang and dated_together(a, b) and short_quote_within(a.terms, b.terms):
        return True  # a short quote by the same speaker on the same day (or the next: a later edition)
    if how == "different" and misattributed(a, b):
        return True  # near-identical words within a day: one remark, one report crediting it wrongly
    if how == "different" and a.lang != b.lang and miscredited(a, b):
        return True  # the like across languages: a near-complete translation within a day
    # no two dates confirm one occasion: a bare overlap must cover more
    bar = "undated" if how == "same" and not (together or one_day(a, b)) else how
    if a.lang != b.lang:
        return cross_report(a, b, bar)
    # too few terms in common for the same-language ways: two English translations may still agree
    if len(a.prefixes & b.prefixes) >= BARS[how][0] and same_report(
        a.sentences, b.sentences, bar, (a.clauses, b.clauses)
    ):
        return True
    return renderings_agree(a, b, bar)


def undated_few(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether :func:`matches` can take two reports in one language only through a bare overlap of
    fewer than ``MIN_SHARED_SENTENCE`` content terms at the bar for one speaker without two dates
    (``similarity.UNDATED_FEW_CONTAINMENT``): three of four words of the story's topic."""
    if a.lang != b.lang or one_day(a, b) or _weighed(a, b) != "same":
        return False
    return similarity(a.terms, b.terms).shared < MIN_SHARED_SENTENCE


def undated_only(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether only the want of two dates sets the bar of two reports of one speaker higher: then
    two articles that already share another remark (:meth:`_Linker.together`) lower it again."""
    return not one_day(a, b) and _weighed(a, b) == "same"


def _evidence(a: LinkDoc, b: LinkDoc) -> frozenset[str]:
    """The terms (in the shared vocabulary) two reports have in common."""
    return frozenset(a.pivot) & frozenset(b.pivot)


def _strength(a: LinkDoc, b: LinkDoc) -> float:
    """How fully the shorter of two reports is found in the other, across languages too."""
    if a.lang == b.lang:
        return similarity(a.terms, b.terms).containment
    english, other = (a, b) if a.lang == "en" else (b, a)
    return cross_similarity(english.terms, other.terms).containment


def _overlap(a: LinkDoc, b: LinkDoc) -> tuple[float, float]:
    """How much two reports in one language share: the terms in common, then the share of the
    shorter they cover."""
    found = similarity(a.terms, b.terms)
    return (found.shared, found.containment)


def _restates(a: LinkDoc, b: LinkDoc, other_kind: bool) -> bool:
    """Whether two statements of one article give one remark twice: nearly all of the shorter, or
    of one sentence of either, in the other (a long quote and a part of it quoted again), or an
    indirect summary matching the direct quote."""
    if a.lang != b.lang:
        return False
    if other_kind and matches(a, b):
        return True
    parts = [(a.terms, b.terms)]
    if len(a.sentences) > 1 or len(b.sentences) > 1:
        parts += [(part, b.terms) for part in a.sentences] + [(part, a.terms) for part in b.sentences]
    return any(
        len(set(part)) >= MIN_SHARED_SENTENCE and similarity(part, whole).containment >= RESTATED
        for part, whole in parts
    )


def _size(doc: LinkDoc) -> tuple[int, str]:
    return (len(set(doc.terms)), doc.statement)


class _Linker:
    """Joins a statement to the clusters of its verified matches, through their cores."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.docs: dict[str, LinkDoc] = {}
        self.neighbours = Neighbours(db)
        self.kinds: dict[str, dict[str, str]] = {}
        self.paired: set[tuple[str, str]] = set()  # pairs of articles known to share a remark
        self.twinned: dict[tuple[str, str], bool] = {}  # article pairs by :meth:`twins`
        self.pending: list[tuple[str, str]] = []  # undated pairs that would match were their articles paired
        self.waiting: set[str] = set()  # the batch's statements not linked yet (:meth:`claimed`)
        self.shortlists: dict[str, list[LinkDoc]] = {}  # candidates read ahead for waiting statements
        self.words: dict[
            str, tuple[str, ...]
        ] = {}  # statements' words, function words kept (:mod:`verbatim`)
        self.runs: dict[str, frozenset[Run]] = {}  # statements' copied runs (:func:`coherence.runs`)
        self.groups = CopiedGroups()  # clusters' copied groups (:meth:`_splits_remarks`)
        self.loose: list[tuple[str, str]] = []  # matching quote pairs joined last (:meth:`_loose`)
        # copied pairs kept apart by a loose join made before (:func:`_settle`)
        self.unsettled: set[str] = set()

    def doc(self, sid: str) -> LinkDoc | None:
        if sid not in self.docs:
            self.docs.update(load_docs(self.db, [sid]))
        return self.docs.get(sid)

    def _agrees(self, a: str, b: str) -> bool:
        if a == b:
            return True
        one, two = self.doc(a), self.doc(b)
        if one is None or two is None:
            return False
        if self._matches(one, two) or (undated_translation(one, two) and self.in_sequence(one, two)):
            return True
        if self.copied(one, two) or self.miscopied(one, two) or self.edition_dated(one, two):
            return True
        if self.encoded(one, two):
            return True
        return undated_only(one, two) and matches(one, two, together=True) and self.together(one, two)

    def _matches(self, a: LinkDoc, b: LinkDoc) -> bool:
        """:func:`matches`, unless the two are direct quotes it takes only through a few topic terms
        without two dates (:func:`undated_few`) that share no run of ``FEW_TERMS_RUN`` words (all of
        the shorter quote's, when it has fewer): outlets quoting one short remark copy one
        transcription of it, while a speaker touring one subject says the like in other words on
        other days (an invented case: a minister calling one harbour's new cranes quick, on two
        visits months apart)."""
        if not matches(a, b):
            return False
        if not self._kind(a) == self._kind(b) == "direct" or not undated_few(a, b):
            return True
        mine, theirs = self._words(a), self._words(b)
        return longest_run(mine, theirs) >= min(FEW_TERMS_RUN, len(mine), len(theirs))

    def encoded(self, a: LinkDoc, b: LinkDoc) -> bool:
        """Two direct quotes of one speaker in two languages, nothing setting them apart: the sentence
        encoder's second opinion on a translation the lexicon half reads (:func:`encoder.translated`).
        Without two dates a short remark also needs the articles to share another (a coach is "pleased
        and happy" after every win): the encoder reads words, not the occasion."""
        direct = self._kind(a) == self._kind(b) == "direct"  # a paraphrase is near its topic, not its words
        if not half_read(a, b) or not direct or _weighed(a, b) != "same":
            return False
        if one_day(a, b) or self.together(a, b) or self.in_sequence(a, b):
            return translated(self.db, a, b)
        if translated(self.db, a, b, placed=False):
            return True
        if translated(self.db, a, b):  # kept for :meth:`retry`: the remark pairing the articles may follow
            self.pending.append((a.statement, b.statement))
        return False

    def copied(self, a: LinkDoc, b: LinkDoc) -> bool:
        """One speaker's short quote (under ``MIN_SHARED_SENTENCE`` content terms) given word for word
        by both (:mod:`verbatim`): its content terms alone are too few for :func:`matches`. The texts
        are read only for a pair whose content terms already agree (the shorter's nearly all in the
        other)."""
        if a.lang != b.lang or min(len(a.prefixes), len(b.prefixes)) >= MIN_SHARED_SENTENCE:
            return False  # a quote of four terms or more is measured by the bars alone
        if _weighed(a, b) != "same":
            return False
        found = similarity(a.terms, b.terms)
        if found.numbers_conflict or found.containment < MIN_CONTAINMENT:
            return False
        return verbatim(self._words(a), self._words(b), dated=one_day(a, b))

    def miscopied(self, a: LinkDoc, b: LinkDoc) -> bool:
        """Two people credited with one quote given word for word, function words and all
        (``MISCREDITED_WORDS`` words or more, :func:`verbatim.word_for_word`), on one occasion as far
        as the dates tell (:func:`credited_apart_together`): one outlet or the extractor credited the
        remark to the wrong person (a suspect named in the lead, a running head read as a name), not
        two people saying the same sentence. :func:`misattributed` weighs content terms only, so a
        short quote, mostly function words, never reached its bar."""
        if not credited_apart_together(a, b) or _weighed(a, b) != "different":
            return False
        found = similarity(a.terms, b.terms)
        if found.numbers_conflict or found.containment < MIN_CONTAINMENT:
            return False
        return word_for_word(self._words(a), self._words(b), MISCREDITED_WORDS)

    def edition_dated(self, a: LinkDoc, b: LinkDoc) -> bool:
        """Two reports whose attributions state days a day apart (:func:`stated_apart`) that match
        as one remark once the days are set aside, in articles that also give another remark of the
        speaker near-identically (:meth:`twins`): one outlet took the other's report and dated it by
        its own edition. Without such a copy, two stated days are two occasions (the written
        statement on Thursday, the doorstop on Friday, in other words)."""
        return stated_apart(a, b) and self.twins(a, b) and matches(a, b, together=True)

    def twins(self, a: LinkDoc, b: LinkDoc) -> bool:
        """Whether the two articles give one remark of ``a``'s speaker in near-identical words though
        their attributions state days a day apart: the bar for two stated days (``distant``)."""
        pair = (min(a.article, b.article), max(a.article, b.article))
        if pair not in self.twinned:
            ours = [a, *(d for d, _ in self.siblings(a))]
            theirs = [b, *(d for d, _ in self.siblings(b))]
            self.twinned[pair] = any(
                stated_apart(x, y) and one_speaker(x, y) and matches(x, y) for x in ours for y in theirs
            )
        return self.twinned[pair]

    def _words(self, doc: LinkDoc) -> tuple[str, ...]:
        if doc.statement not in self.words:
            row = self.db.execute("SELECT text FROM statements WHERE id = ?", (doc.statement,)).fetchone()
            self.words[doc.statement] = all_words(str(row[0]) if row else "", doc.lang)
        return self.words[doc.statement]

    def _core(self, ids: Iterable[str]) -> list[str]:
        docs = [d for sid in dict.fromkeys(ids) if (d := self.doc(sid)) is not None]
        return [d.statement for d in sorted(docs, key=_size, reverse=True)]

    def _alike(self, a: LinkDoc, b: LinkDoc) -> bool:
        """Same language and same kind (direct, indirect): reports measured like against like."""
        return a.lang == b.lang and self._kind(a) == self._kind(b)

    def _leads(self, core: Sequence[str], article: str, like: LinkDoc, cluster: str = "") -> list[str]:
        """The core members that stand for a cluster against ``like``: the fullest from another
        article (statements of one article are different parts of a remark, never two reports of
        one part), else the fullest. When that one is a paraphrase or a translation and ``like`` is
        not, the core members from another article of ``like``'s language and kind follow it: a
        direct quote shares fewer words with a paraphrase of its passage, or a translation, than
        with another outlet's quote of it. A core of paraphrases only (leads that restate the
        remark at length) leaves out the cluster's quotes: then its fullest member of ``like``'s
        language and kind from another article follows (:meth:`_fullest_alike`)."""
        others = [d for sid in core if (d := self.doc(sid)) is not None and d.article != article]
        if not others:
            return list(core[:1])
        first, *rest = others
        if self._alike(first, like):
            return [first.statement]
        alike = [d.statement for d in rest if self._alike(d, like)]
        if not alike and cluster:
            alike = self._fullest_alike(cluster, article, like)
        return [first.statement, *alike]

    def _fullest_alike(self, cluster: str, article: str, like: LinkDoc) -> list[str]:
        """The cluster's fullest member from another article than ``article`` of ``like``'s
        language and kind, if any (one: a cluster is one remark, its quotes agree)."""
        found = [d for d in self._members(cluster) if d.article != article and self._alike(d, like)]
        return [max(found, key=_size).statement] if found else []

    def _agreeing_leads(
        self, doc: LinkDoc, other: LinkDoc, cores: tuple[list[str], list[str]]
    ) -> tuple[str, str] | None:
        """The first pair of core members standing for the two clusters (:meth:`_leads`; ``doc``
        itself when it is one of its cluster's core) that report one remark."""
        my_core, their_core = cores
        mine, theirs = cluster_of(self.db, doc.statement), cluster_of(self.db, other.statement)
        mine_leads = (
            [doc.statement] if doc.statement in my_core else self._leads(my_core, other.article, other, mine)
        )
        for mine_lead in mine_leads:
            mine_doc = self.doc(mine_lead)
            if mine_doc is None:
                continue
            their_leads = self._leads(their_core, mine_doc.article, mine_doc, theirs)
            their_leads = self._with_partner(their_leads, other, their_core)
            if mine_lead == doc.statement and self._part_joined(doc, other, theirs):
                their_leads = [*their_leads, other.statement]
            for their_lead in their_leads:
                if self._agrees(mine_lead, their_lead):
                    return mine_lead, their_lead
        return None

    def _part_joined(self, doc: LinkDoc, other: LinkDoc, cluster: str) -> bool:
        """Whether ``doc`` and ``other`` (of ``cluster``, not yet among the leads) are direct quotes
        and another direct quote of ``doc``'s article, by its speaker, is already in ``cluster``:
        the article quotes the remark in parts, so the quote ``doc`` matched stands for the cluster
        as its fullest report does (an English page gives an answer whole that an Indonesian outlet
        quotes in two blocks; the cluster's lead, another outlet's report of the first block,
        shares nothing with the second)."""
        if not self._kind(doc) == self._kind(other) == "direct":
            return False
        return any(
            d.article == doc.article
            and d.statement != doc.statement
            and self._kind(d) == "direct"
            and one_speaker(d, doc)
            for d in self._members(cluster)
        )

    def _with_partner(self, leads: list[str], other: LinkDoc, core: list[str]) -> list[str]:
        """``leads`` and ``other`` after them, when ``other`` is a core member of the article that
        gives the first lead: one article's quotes are parts of one report, so the part that matched
        stands for the cluster as well as the fullest part does (an English page quoting two
        sentences of an answer that an Indonesian outlet quotes in two blocks)."""
        if not leads or other.statement in leads or other.statement not in core:
            return leads
        first = self.doc(leads[0])
        return [*leads, other.statement] if first is not None and first.article == other.article else leads

    def join(self, doc: LinkDoc, other: LinkDoc) -> None:
        """Merges ``doc``'s cluster with ``other``'s when ``doc`` (or, once it has company, its
        cluster's fullest report) matches the other cluster's fullest report, or a core report of
        the same language and kind when the fullest is a paraphrase or translation (:meth:`_leads`),
        or when ``doc`` and ``other`` are two direct quotes of one speaker in one language that
        match (:meth:`_quoted_alike`): a paraphrase or a translation matching any member is not
        enough, or remarks would chain. A paraphrase in a cluster of paraphrases also stands for it
        against a quote (:meth:`_paraphrase_leads`), as it does when it comes after the quote."""
        mine, theirs = cluster_of(self.db, doc.statement), cluster_of(self.db, other.statement)
        if mine == theirs:
            return
        my_core, their_core = core_of(self.db, mine), core_of(self.db, theirs)
        leads = (
            self._agreeing_leads(doc, other, (my_core, their_core))
            or self._paraphrase_leads(doc, other, (my_core, their_core))
            or self._one_answer(doc, other)
        )
        if leads is None and self._quoted_alike(doc, other):
            leads = doc.statement, other.statement
        if leads is None:
            return
        if not self._compatible(mine, theirs) or self._bridges_quotes(mine, theirs, leads):
            return
        if self._splits_remarks(mine, theirs):
            if self._copies(doc.statement, other.statement):
                self.unsettled.update((doc.statement, other.statement))
            return
        merge(self.db, mine, theirs, self._core([*my_core, *their_core]))

    def _paraphrase_leads(
        self, doc: LinkDoc, other: LinkDoc, cores: tuple[list[str], list[str]]
    ) -> tuple[str, str] | None:
        """The leads as :meth:`_agreeing_leads` finds them from ``other``'s side, when ``doc`` is a
        direct quote and ``other``'s cluster holds no direct quote: a paraphrase of its cluster's
        core stands for it, as it does when it is linked after the quote. From the quote's side
        alone the cluster's fullest paraphrase stood for it (nothing of the quote's kind there to
        follow it), which shares less with the quote than the paraphrase that matched, so an
        archive indexed in halves kept apart what one indexed whole joined. A quote's cluster keeps
        its guard: a paraphrase matching one member only still meets the cluster's lead."""
        if self._kind(doc) != "direct" or other.statement not in cores[1]:
            return None
        theirs = cluster_of(self.db, other.statement)
        if any(self._kind(d) == "direct" for d in self._members(theirs)):
            return None
        found = self._agreeing_leads(other, doc, (cores[1], cores[0]))
        return None if found is None else (found[1], found[0])

    def _quoted_alike(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """Whether the matching pair itself stands for its two clusters, whatever their cores: two
        direct quotes in one language credited to one known speaker (:func:`_weighed`: ``same``)
        that :func:`matches` takes. Which report came first decided a cluster's core (its fullest
        reports), and a later report of the remark that matched a member but no core report
        stayed out: the same archive indexed whole, in halves or backwards linked differently. A
        quote matching a quote of the cluster is that remark whichever came first; the guards of
        :meth:`join` (:meth:`_compatible`: no two members set apart by their days, occasions or
        channels; :meth:`_bridges_quotes`) still keep one remark per cluster. A paraphrase, a
        translation or a pair without one known speaker still goes through the cores: those
        match on topic words, and chained through members they joined remarks of other days."""
        return (
            doc.lang == other.lang
            and self._kind(doc) == self._kind(other) == "direct"
            and _weighed(doc, other) == "same"
            and self._matches(doc, other)
        )

    def _one_answer(self, doc: LinkDoc, other: LinkDoc) -> tuple[str, str] | None:
        """The matching pair itself standing for its two clusters when their leads disagree: two
        direct quotes of one speaker (or one unnamed: the pair met the stricter bar) in one language,
        nothing setting them apart (:func:`_weighed`), are one passage, so the clusters around them
        are sentences of one answer that the outlets quote apart (one quotes A and B, another B and
        C, a third A alone). Each of the two
        must still share ``ONE_ANSWER_SHARED`` terms with the other cluster's lead (:meth:`_leads`):
        a report matching a member that has nothing in common with the lead is the next link of a
        chain, not another sentence of the lead's answer. Across languages the pair stands only for one
        speaker on one known day and as whole reports (:func:`crosslang.whole_translation`): an English
        report of one sentence of an answer meets the Indonesian cluster through the outlet quoting that
        sentence, while the cluster's fullest report gives the whole answer in other words; a pair
        matching by one sentence of either may be a line the speaker said again at another event."""
        if not self._kind(doc) == self._kind(other) == "direct":
            return None
        weighed = _weighed(doc, other)
        if doc.lang != other.lang:
            one = weighed == "same" and one_day(doc, other) and whole_translation(doc, other, "same")
            if not (one or (weighed == "different" and miscredited(doc, other))):
                return None
        elif weighed not in ("same", "unknown"):
            return None  # two people credited, or a speaker's like words days apart
        mine, theirs = cluster_of(self.db, doc.statement), cluster_of(self.db, other.statement)
        for member, cluster, partner in ((doc, theirs, other), (other, mine, doc)):
            leads = self._leads(core_of(self.db, cluster), member.article, member, cluster)
            if not leads or leads[0] == partner.statement:
                continue
            lead = self.doc(leads[0])
            if lead is not None and len(_evidence(member, lead)) < ONE_ANSWER_SHARED:
                return None
        return doc.statement, other.statement

    def _kind(self, doc: LinkDoc) -> str:
        return self._kinds(doc.article).get(doc.statement, "")

    def _bridges_quotes(self, mine: str, theirs: str, leads: tuple[str, str]) -> bool:
        """Whether the join would put direct quotes of different words into one cluster: both clusters
        hold direct quotes and none of one agrees with any of the other, so only a paraphrase (an
        indirect lead on topic words: the same capital, investors, roads) links them. Two remarks of
        one speaker on one topic are two clusters; the paraphrase joins one of them. ``leads``: the
        pair that agreed; two direct quotes agreeing need no further check."""
        if all((d := self.doc(sid)) is not None and self._kind(d) == "direct" for sid in leads):
            return False
        ours = [d for d in self._members(mine) if self._kind(d) == "direct"]
        others = [d for d in self._members(theirs) if self._kind(d) == "direct"]
        if not ours or not others:
            return False
        return not any(self._agrees(a.statement, b.statement) for a in ours for b in others)

    def _members(self, cluster: str) -> list[LinkDoc]:
        ids = members(self.db, cluster)
        self.docs.update(load_docs(self.db, [sid for sid in ids if sid not in self.docs]))
        return [self.docs[sid] for sid in ids if sid in self.docs]

    def _compatible(self, mine: str, theirs: str) -> bool:
        """No two members, one of each cluster, that their stated days, occasions or channels set
        apart, or whose dates lie days apart without their words matching: a cluster is one remark,
        so an undated report matching two reports of different days must not bridge them, nor a
        quote that may be a post (:func:`posted_alike`) the post and remarks said to reporters."""
        ours, others = self._members(mine), self._members(theirs)
        copies = _said_copies([*ours, *others])
        for other in others:
            for doc in ours:
                if not occasion_agrees(doc, other):
                    return False
                if _posted_and_said(doc, other) and not {doc.statement, other.statement} & copies:
                    return False
                if copies and doc.lang != other.lang and channels_differ(doc, other):
                    return False  # a copy stands for the post: what the post's channel sets apart stays out
                apart = days_between(doc, other) > DISTANT_DAYS or published_apart(doc, other)
                if apart and not matches(doc, other):
                    return False
                if stated_apart(doc, other) and not (matches(doc, other) or self.twins(doc, other)):
                    return False
        return True

    def _said_together(self, mine: str, theirs: str) -> bool:
        """No two members, one of each cluster, whose attributions state different days or kinds of
        occasion (a day apart: unless their words or their articles' copies agree, :meth:`twins`).
        Publication dates are not weighed: a page's mistyped year must not undo a stitch."""
        ours = self._members(mine)
        for other in self._members(theirs):
            for doc in ours:
                if not occasion_agrees(doc, other):
                    return False
                if stated_apart(doc, other) and not (matches(doc, other) or self.twins(doc, other)):
                    return False
        return True

    def _kinds(self, article: str) -> dict[str, str]:
        """The article's statements in article order, each with its kind (direct, indirect)."""
        if article not in self.kinds:
            sql = "SELECT id, kind FROM statements WHERE article = ? ORDER BY start"
            rows = self.db.execute(sql, (article,))
            self.kinds[article] = {str(sid): str(kind) for sid, kind in rows}
        return self.kinds[article]

    def in_sequence(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """Whether the statement before (or after) each, of its kind, also report one remark: an
        outlet translating another's report keeps the order of its quotes, and two short remarks
        in a row matching so are one occasion, not a speaker repeating a line."""
        mine, theirs = self._kinds(doc.article), self._kinds(other.article)
        if doc.statement not in mine or other.statement not in theirs:
            return False
        order_a = [sid for sid, kind in mine.items() if kind == mine[doc.statement]]
        order_b = [sid for sid, kind in theirs.items() if kind == theirs[other.statement]]
        at, bt = order_a.index(doc.statement), order_b.index(other.statement)
        for step in (-1, 1):
            if 0 <= at + step < len(order_a) and 0 <= bt + step < len(order_b):
                one, two = self.doc(order_a[at + step]), self.doc(order_b[bt + step])
                if one is None or two is None:
                    continue
                if matches(one, two) or undated_translation(one, two):
                    return True
        return False

    def siblings(self, doc: LinkDoc) -> list[tuple[LinkDoc, bool]]:
        """The other statements of ``doc``'s article, each with whether it is of another kind
        (direct, indirect) than ``doc``."""
        kinds = self._kinds(doc.article)
        ids = [sid for sid in kinds if sid != doc.statement]
        self.docs.update(load_docs(self.db, [sid for sid in ids if sid not in self.docs]))
        mine = kinds.get(doc.statement)
        return [(d, kinds[sid] != mine) for sid in ids if (d := self.docs.get(sid)) is not None]

    def outmatched(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """Whether another statement of either's article is the better match for the other on
        nearly the same words: an article quotes two parts of a speech apart, and a report of
        one part is not also the other part because the speaker repeated a phrase in both
        (``membuka lapangan kerja`` in two sentences of one speech). An indirect lead that
        restates the article's own direct quote (or the reverse) is that quote, not another part;
        a sibling of the other kind only as strong as the statement matching a report of its own
        kind (an outlet's lead summing up the quote in other words) is no better a match."""
        for mine, theirs in ((doc, other), (other, doc)):
            evidence = _evidence(mine, theirs)
            strength = _strength(mine, theirs)
            for sibling, other_kind in self.siblings(mine):
                if len(evidence & _evidence(sibling, theirs)) < SIBLING_OVERLAP * len(evidence):
                    continue  # the sibling rests on other words: two parts of one passage
                as_strong = _strength(sibling, theirs)
                if as_strong < strength or not matches(sibling, theirs):
                    continue
                if other_kind and as_strong == strength and self._kind(mine) == self._kind(theirs):
                    continue  # a summary of the article's no better than its quote: the quote is the match
                if _restates(sibling, mine, other_kind):
                    continue  # the article gives the remark twice: as a whole and a part, or indirectly
                return True
        return False

    def together(self, a: LinkDoc, b: LinkDoc) -> bool:
        """Whether the two reports' articles already share a cluster through other statements: two
        outlets reporting one occasion, so the rest of what they quote needs no two dates to be
        placed on one day (an English outlet's page often gives none). Only a direct quote shared
        counts: a paraphrase on the subject (a two-state solution, support for the plan) is said at
        every occasion, and through such a cluster a leader's speeches of consecutive days lent each
        other the bar of one day. Reads two articles' memberships: its cost does not grow with the
        archive."""
        if a.article == b.article:
            return False
        pair = (min(a.article, b.article), max(a.article, b.article))
        if pair in self.paired:
            return True
        row = self.db.execute(
            "SELECT 1 FROM statements s1 JOIN link_members m1 ON m1.statement = s1.id "
            "JOIN link_members m2 ON m2.cluster = m1.cluster JOIN statements s2 ON s2.id = m2.statement "
            "WHERE s1.article = ? AND s2.article = ? AND s1.id NOT IN (?, ?) AND s2.id NOT IN (?, ?) "
            "AND s1.kind = 'direct' AND s2.kind = 'direct' LIMIT 1",
            (a.article, b.article, a.statement, b.statement, a.statement, b.statement),
        ).fetchone()
        if row is not None:
            self.paired.add(pair)
        return row is not None

    def _together_match(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """An undated pair that matches once its articles are known to report one occasion; a pair
        that would is kept for :meth:`retry`, as the remark that pairs the articles may come later."""
        if not undated_only(doc, other) or not matches(doc, other, together=True):
            return False
        if self.together(doc, other):
            return True
        self.pending.append((doc.statement, other.statement))
        return False

    def retry(self) -> None:
        """Tries again the undated pairs :meth:`_together_match` kept, until none joins."""
        while self.pending:
            pending, self.pending = self.pending, []
            joined = False
            for first, second in pending:
                doc, other = self.doc(first), self.doc(second)
                if doc is None or other is None or not self.together(doc, other):
                    continue
                if not self.outmatched(doc, other):
                    before = cluster_of(self.db, doc.statement)
                    self.join(doc, other)
                    joined = joined or cluster_of(self.db, doc.statement) != before
            if not joined:
                return

    def _shortlist(self, doc: LinkDoc, *, keep: bool = False) -> list[LinkDoc]:
        """``doc``'s candidates (:func:`shortlist.candidate_docs`); ``keep``: read ahead of ``doc``'s
        own turn (:meth:`claimed`), kept until :meth:`link` takes them, so none is read twice."""
        found = self.shortlists.get(doc.statement) if keep else self.shortlists.pop(doc.statement, None)
        if found is None:
            found = candidate_docs(self.db, doc)
            if keep:
                self.shortlists[doc.statement] = found
        return found

    def link(self, doc: LinkDoc) -> None:
        self.docs[doc.statement] = doc
        tries = 0
        shortlist = self._shortlist(doc)
        posts = self._posts_copying(doc, shortlist)
        for other in shortlist:
            self.docs.setdefault(other.statement, other)
            if (
                self._matches(doc, other)
                or (undated_translation(doc, other) and self.in_sequence(doc, other))
                or self._together_match(doc, other)
                or self.copied(doc, other)
                or self.miscopied(doc, other)
                or self.edition_dated(doc, other)
                or self.encoded(doc, other)
            ):
                if any(channels_differ(post, other) for post in posts if post is not other):
                    continue  # ``doc`` is a copy of a post still to come; ``other`` is not that post
                if not self.outmatched(doc, other) and not self.claimed(doc, other):
                    if self._loose(doc, other):
                        self.loose.append((doc.statement, other.statement))
                    else:
                        self.join(doc, other)
            elif tries < MAX_TRIES and one_speaker(doc, other):
                tries += 1
                if other.lang == doc.lang:
                    self._stitch(doc, other)
                else:
                    self._stitch_across(doc, other)
        self.waiting.discard(doc.statement)

    def _posts_copying(self, doc: LinkDoc, shortlist: Sequence[LinkDoc]) -> list[LinkDoc]:
        """The reports still waiting in this batch that name a post as their source and give
        ``doc``'s words, said to reporters, as one (:func:`said_copied`): ``doc`` is another
        outlet's copy of that post, so a report the post's channel sets apart (the remarks said to
        reporters that day in other words, or their translation) must not take ``doc`` before the
        post's reports come to claim it."""
        if doc.channel != TOLD:
            return []
        waiting = [other for other in shortlist if other.statement in self.waiting]
        return [other for other in waiting if said_copied(doc, other)]

    def _loose(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """Two direct quotes in one language that match without copying each other's words
        (:meth:`_copies`): joined after the batch's copied pairs (:meth:`join_loose`), so
        that two remarks' copied groups have formed before a topic-word match could bridge them."""
        if doc.lang == other.lang and (not doc.day or not other.day) and not self.together(doc, other):
            return True  # an undated report waits: a match in an article sharing its remarks joins first
        if doc.lang != other.lang or not self._kind(doc) == self._kind(other) == "direct":
            return False
        return not self._copies(doc.statement, other.statement)

    def join_loose(self) -> None:
        """Joins the matching pairs :meth:`_loose` held back, in the order they matched."""
        loose, self.loose = self.loose, []
        for first, second in loose:
            doc, other = self.doc(first), self.doc(second)
            if doc is not None and other is not None and not self._days_apart(doc, other):
                self.join(doc, other)

    def _days_apart(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """Whether the days the two reports' articles know for them (:mod:`article_days`) differ."""
        days = (self._known_day(doc), self._known_day(other))
        return told_apart(doc, other, days)

    def _known_day(self, doc: LinkDoc) -> int:
        if doc.stated:
            return doc.stated
        siblings = [d for sid in self._kinds(doc.article) if (d := self.doc(sid)) is not None]
        return known_day(doc, siblings, lambda d: self._members(cluster_of(self.db, d.statement)))

    def _runs(self, sid: str) -> frozenset[Run]:
        if sid not in self.runs:
            doc = self.doc(sid)
            self.runs[sid] = runs(self._words(doc)) if doc is not None else frozenset()
        return self.runs[sid]

    def _copies(self, a: str, b: str) -> bool:
        return not self._runs(a).isdisjoint(self._runs(b))

    def _splits_remarks(self, mine: str, theirs: str) -> bool:
        """Whether joining the two clusters would put two groups of copied direct quotes of one
        language in one cluster that were not both there already (:mod:`coherence`): two remarks
        of one speaker on one topic, bridged by topic terms."""
        ours, others = self._members(mine), self._members(theirs)
        for lang in {d.lang for d in ours} & {d.lang for d in others}:
            sides = [
                [(d.statement, d.article) for d in side if d.lang == lang and self._kind(d) == "direct"]
                for side in (ours, others)
            ]
            if sides[0] and sides[1] and self.groups.splits(sides[0], sides[1], self._runs):
                return True
        return False

    def claimed(self, doc: LinkDoc, other: LinkDoc) -> bool:
        """Whether a report still waiting in this batch to be linked (any report, when ``other`` is
        still waiting itself) matches ``other`` in more words than ``doc`` does (:func:`_overlap`;
        all three in one language: a lexicon's overlap across languages does not weigh against
        words shared as written) and is of another occasion than ``doc``'s cluster
        (:meth:`_compatible`): ``other`` is that report's remark, and joining ``doc`` first would
        keep the better match out. Reports are linked best-dated first, so a remark of a year
        before sharing four topic words with an undated quote would otherwise take the quote from
        the day's report giving the same sentence. Only matching pairs about to join read
        ``other``'s candidates, kept for its own turn (:meth:`_shortlist`)."""
        if not self.waiting or doc.lang != other.lang:
            return False
        mine, theirs = cluster_of(self.db, doc.statement), cluster_of(self.db, other.statement)
        if mine == theirs:
            return False
        strength = _overlap(doc, other)
        later = other.statement in self.waiting  # its own turn reaches a report of an earlier batch
        for third in self._shortlist(other, keep=later):
            if third.lang != other.lang or not (later or third.statement in self.waiting):
                continue
            if third.article in (doc.article, other.article):
                continue
            self.docs.setdefault(third.statement, third)
            if _overlap(other, third) <= strength or not matches(other, third):
                continue
            rival = cluster_of(self.db, third.statement)
            if rival != mine and not self._compatible(mine, rival):
                return True
        return False

    def _stitch(self, doc: LinkDoc, other: LinkDoc) -> None:
        """Joins a report to two neighbouring statements of another that together say it
        (:mod:`stitched`; next to each other, or of one kind with a paraphrase between:
        :meth:`_kin_pairs`), ``doc`` being either the whole or one half."""
        for whole, half in ((doc, other), (other, doc)):
            if not could_be_half(whole, half):
                continue
            for first, second in [*self.neighbours.pairs(half, self.doc), *self._kin_pairs(half)]:
                if stitched(whole, first, second):
                    self.stitch_join(whole, first, second)
                    return

    def _kin_pairs(self, half: LinkDoc) -> list[tuple[LinkDoc, LinkDoc]]:
        """``half`` with the statement of its kind (direct, indirect) just before it, and just after,
        when one speaker said both and another statement lies between: an article quotes an answer
        in two paragraphs with a paraphrase between them."""
        kinds = self._kinds(half.article)
        if half.statement not in kinds:
            return []
        alike = [sid for sid, kind in kinds.items() if kind == kinds[half.statement]]
        at = alike.index(half.statement)
        order = list(kinds)
        found = []
        for near, half_first in ((at - 1, False), (at + 1, True)):
            if not 0 <= near < len(alike) or abs(order.index(alike[near]) - order.index(half.statement)) == 1:
                continue  # none of its kind there, or next to it: :meth:`Neighbours.pairs` has it
            other = self.doc(alike[near])
            if other is not None and one_speaker(half, other):
                found.append((half, other) if half_first else (other, half))
        return found

    def _stitch_across(self, doc: LinkDoc, other: LinkDoc) -> None:
        """Joins a translation to two neighbouring statements of another article in the other
        language (next to each other, or of one kind with a statement between: :meth:`_kin_pairs`)
        that together say it (:func:`stitched.halves_across`, then :func:`matches` on the
        two read as one), when neither alone matches it."""
        for whole, half in ((doc, other), (other, doc)):
            if not could_be_half_across(whole, half):
                continue
            for first, second in [*self.neighbours.pairs(half, self.doc), *self._kin_pairs(half)]:
                if not halves_across(whole, first, second):
                    continue
                if matches(whole, first) or matches(whole, second):
                    continue
                if matches(whole, joined(first, second)):
                    self.stitch_join(whole, first, second)
                    return

    def stitch_join(self, whole: LinkDoc, first: LinkDoc, second: LinkDoc) -> None:
        """Joins a report to the two halves another article gives of it, unless the attributions of
        a member of either cluster and one of the other state different days or occasions
        (:meth:`_said_together`): the halves' words agree, but the days may say another remark."""
        clusters = {cluster_of(self.db, d.statement) for d in (whole, first, second)}
        mine = cluster_of(self.db, whole.statement)
        if all(self._said_together(mine, other) for other in clusters - {mine}):
            self.force(whole.statement, first.statement)
            self.force(whole.statement, second.statement)

    def force(self, a: str, b: str) -> None:
        """Joins two statements that are one utterance by construction (a split quote's halves)."""
        mine, theirs = cluster_of(self.db, a), cluster_of(self.db, b)
        if mine != theirs:
            merge(self.db, mine, theirs, self._core([*core_of(self.db, mine), *core_of(self.db, theirs)]))


def unlinked(db: sqlite3.Connection) -> list[str]:
    """Statements inserted since the linker last ran (an older archive, or a batch cut short by a
    crash): those past the watermark of ``statements``' rowids that the linker never read (no
    ``link_docs`` row: a statement alone has no cluster row, see :mod:`members`)."""
    ensure_schema(db)
    seen = int(meta(db, "rowid_seen") or 0)
    return [
        r[0]
        for r in db.execute(
            "SELECT s.id FROM statements s LEFT JOIN link_docs d ON d.statement = s.id "
            "WHERE s.rowid > ? AND d.statement IS NULL",
            (seen,),
        )
    ]


def _watermark(db: sqlite3.Connection) -> None:
    top = db.execute("SELECT max(rowid) FROM statements").fetchone()[0]
    set_meta(db, "rowid_seen", str(top or 0))


def update_links(db: sqlite3.Connection, added: Iterable[str], removed: Iterable[str] = ()) -> None:
    """Links newly inserted statements and relinks the clusters deleted ones leave behind.

    ``added``: ids of statements now in ``statements`` (new or re-inserted);
    ``removed``: ids deleted since the last call (their rows may already be gone).
    Statements inserted since the last call but never linked are linked too, so a
    crash between the store's commit and this call heals on the next batch. Run it
    inside one transaction (``DocStore.transaction()``).
    """
    ensure_schema(db)
    added_ids = list(dict.fromkeys([*added, *unlinked(db)]))
    removed = list(removed)
    forget_vectors(db, sorted(set(removed) - set(added_ids)))
    stale = list(dict.fromkeys([*removed, *added_ids]))
    orphans = [sid for sid in forget(db, stale) if sid not in set(stale)]
    delete_docs(db, stale)

    new_docs = _read_docs(db, added_ids)
    insert_docs(db, new_docs)
    # each new statement starts alone: no member row (``forget`` took any of an earlier version)
    linker = _Linker(db)
    _link_all(linker, [*new_docs, *load_docs(db, orphans).values()])
    if linker.unsettled:
        _settle(db, linker.unsettled)
    _watermark(db)


def _link_all(linker: _Linker, docs: Iterable[LinkDoc]) -> None:
    """Links ``docs``: the best-dated first, copied quote pairs before loose ones, then the undated
    pairs that wait for their articles to be paired."""
    # reports whose attributions date the remark first, then dated, then undated: clusters form
    # around the best-dated reports, and an undated one joins them rather than bridging two
    todo = sorted(docs, key=_dated_first)
    articles = sorted({d.article for d in todo})
    for first, second in split_quotes(linker.db, articles):
        linker.force(first, second)
    linker.waiting = {doc.statement for doc in todo}
    for doc in todo:
        linker.link(doc)
    linker.join_loose()
    linker.retry()


def _dated_first(doc: LinkDoc) -> tuple[bool, bool, int, str]:
    """Reports stating a day first (a weekday alone names none), then dated ones, then undated."""
    return (not doc.stated or weekday_only(doc.stated), not doc.month, doc.month, doc.statement)


def _settle(db: sqlite3.Connection, unsettled: Iterable[str]) -> None:
    """Relinks, as one batch, the clusters of copied pairs a join refused
    (:meth:`_Linker._splits_remarks`): an earlier batch joined two remarks' first reports on topic
    terms, before the reports copying each came to tell them apart. Linked together, the copied
    pairs join first and the loose join is refused, as when the archive is indexed whole. Once per
    batch: the relink records nothing further."""
    ids = sorted(unsettled)
    _link_all(_Linker(db), load_docs(db, [*ids, *forget(db, ids)]).values())
