"""The clause around a quotation's cue: the subject a verb shares with its sentence's first
clause, and whether a quotation is a whole sentence or a fragment the narrative quotes."""

from __future__ import annotations

from .found import Found
from .lexicon import lexicon
from .marks import Quotation
from .names import NameBook
from .speaker_ref import NONE, UNNAMED, SpeakerRef
from .text import Token

_MAX_OPENER_WORDS = 3  # "In a statement, Fulan …": a short opener set off by a comma
_MAX_SUBJECT_WORDS = 6  # "described it as the country's "…"": the thing named sits between


def clause_subject(book: NameBook, floor: int, before: list[Token], verb: Token) -> tuple[SpeakerRef, int]:
    """The subject of a verb that shares it with an earlier clause of its sentence:
    ``Fulan reiterated X, and stated that "…"`` / ``Fulan explained the plan, saying "…"``.

    Only when a conjunction or a comma stands right before the verb, and the sentence opens
    with a person (or a pronoun) who does the first verb."""
    lex = lexicon()
    body = book.body
    if not before:
        return NONE, verb.start
    quoted = quoted_object(book, before)
    if quoted is not None:
        return quoted
    last = before[-1]
    coordinated = lex.is_a(last.text, "conjunction") and "," in body[max(floor, last.start - 2) : last.start]
    coordinated = coordinated or lex.is_a(last.text, "sequence")  # "Fulan terdiam lalu menjawab"
    if not ("," in body[last.end : verb.start] or coordinated):
        return NONE, verb.start
    lead = before
    for k in range(min(_MAX_OPENER_WORDS, len(before) - 1)):
        if "," in body[before[k].end : before[k + 1].start]:
            lead = before[k + 1 :]  # "Previously, Fulan reiterated …"
            break
    subject = _lead_subject(book, lead)
    if subject.kind == "none" and lead is not before:
        # "Fulan, the head of the board, backed it, stating "…"": the comma closed the name, and
        # what followed it was an apposition, not the clause after a fronted phrase
        subject = _lead_subject(book, before)
    if subject.kind == "none" and lead is before:
        # "Speaking to Badu by the stage, Fulan names a road … and then asks": a longer opener
        for k in range(len(before) - 1):
            if "," in body[before[k].end : before[k + 1].start] and before[k + 1].capitalised:
                subject = _lead_subject(book, before[k + 1 :])
                if subject.kind != "none":
                    break
    return subject, verb.start


def quoted_object(book: NameBook, before: list[Token]) -> tuple[SpeakerRef, int] | None:
    """``The report quoted a Sukamaju official as saying "…"``: the object of ``quoted`` (or
    ``cited``) before ``as`` says it, named or not; None when the words before the participle
    are no such object."""
    if len(before) < 3 or before[-1].text.casefold() != "as":
        return None
    for k in range(len(before) - 2, max(0, len(before) - 2 - _MAX_OBJECT_WORDS), -1):
        if before[k - 1].text.casefold() in _QUOTING:
            if lexicon().is_a(before[k].text, "singular_indefinite"):
                return UNNAMED, before[k].start  # "quoted an official as saying": nobody named
            ref, _s, _e = book.analyse(before[k].start, before[-2].end)
            return (ref if ref.kind == "person" else UNNAMED), before[k].start
    return None


_QUOTING = frozenset({"quoted", "cited", "quotes", "cites"})
_MAX_OBJECT_WORDS = 6


def _without_epithet(lead: list[Token]) -> list[Token]:
    """``an emotional Fulan``, ``the jubilant Fulan``: an article and a word or two in lower case
    before a name only say how the person was; the name opens the clause."""
    if len(lead) < 3 or not lexicon().is_any(lead[0].text, ("singular_indefinite", "anaphor_pre")):
        return lead
    for k in range(2, min(len(lead), 2 + _MAX_EPITHET_WORDS)):
        if lead[k].capitalised:
            return lead[k:] if all(t.text.islower() for t in lead[1:k]) else lead
    return lead


_MAX_EPITHET_WORDS = 2


def _lead_subject(book: NameBook, lead: list[Token]) -> SpeakerRef:
    """The person (or pronoun) that opens clause ``lead`` and does its first verb, else NONE."""
    lex = lexicon()
    body = book.body
    lead = _without_epithet(lead)
    run = [lead[0]]
    while len(run) < len(lead) and len(run) < _MAX_SUBJECT_WORDS and lead[len(run)].capitalised:
        if body[run[-1].end : lead[len(run)].start].strip():
            break
        run.append(lead[len(run)])
    if len(run) == len(lead) or not (run[0].capitalised or lex.is_a(run[0].text, "pronoun")):
        return NONE  # the subject must be followed by its own (first) verb
    subject, _s, _e = book.analyse(run[0].start, run[-1].end, prefer_last=True)
    return subject if subject.kind in ("person", "pronoun", "anaphor") else NONE


def sentence_like(body: str, q: Quotation) -> bool:
    """Whether quotation ``q`` is a whole sentence, however short: it opens with a capital, or
    ends in a full stop, question or exclamation mark or a comma before its closing mark
    (``"Can I go?"``, ``"We'll find a room,"``); a scare-quoted term or fragment is none."""
    text = body[q.start : q.end].strip()
    return bool(text) and (text[0].isupper() or text[-1] in ".?!,")


def narrative_floor(out: list[Found], quotes: list[Quotation], i: int, sent_start: int) -> int:
    """Where the narrative before quotation ``i`` starts when the quotations before it in the
    sentence were credited to no one (fragments the narrative quotes): the sentence's start, or
    the end of the latest quotation that was found as a statement."""
    credited = {f.start for f in out}
    k = i - 1
    while k >= 0 and quotes[k].start not in credited:
        k -= 1
    return quotes[k].mark_end if k >= 0 else sent_start
