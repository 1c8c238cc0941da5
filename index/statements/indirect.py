"""Reported speech without quotation marks: ``X mengatakan (bahwa) …``, ``…, kata X``,
``menurut X, …``, ``Hal itu disampaikan X``, ``X said (that) …``, ``according to X``.
"""

from __future__ import annotations

import bisect
from functools import cache

from .according_clause import inside_clause, object_pronoun
from .attribution import apposition_like, negated, subject_before
from .found import Found
from .lexicon import lexicon, verbs_of
from .marks import Quotation
from .names import NameBook
from .post_phrase import np_after
from .provenance import via_in
from .speaker_ref import CROWD, SpeakerRef
from .text import WORD, Token, tokens

_MAX_LEAD_WORDS_TO_COMMA = 8
_MAX_LEAD_WORDS_TO_THAT = 12
_MIN_CONTENT_WORDS = 2
_MAX_APPOSITION_WORDS = 16  # "Name, a spokesperson for the X Centre of Y and Z, said": an office can be long
_AFTER_ANY = 1 << 62
_VIA_WINDOW = 300  # a provenance phrase ("dilansir AP") sits close to the statement it covers
_TRAILING = frozenset(".,;:!?\"'“”‘’")
_ANAPHORIC_OPENERS = frozenset(
    {"hal", "pernyataan", "demikian", "keterangan", "penjelasan", "itu", "ini", "that", "this", "the"}
)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted by start, not overlapping), by bisection."""
    k = bisect.bisect_right(spans, (pos, _AFTER_ANY)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _has_words(body: str, start: int, end: int, n: int) -> bool:
    """Whether ``body[start:end]`` holds at least ``n`` words, reading no further than the n-th."""
    return any(k + 1 >= n for k, _m in zip(range(n), WORD.finditer(body, start, end), strict=False))


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start].isspace() or body[start] in ",:;)"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in _TRAILING):
        end -= 1
    return start, end


def _content_after(body: str, toks: list[Token], k: int, end: int) -> tuple[int, int] | None:
    """What follows a speech verb: after ``bahwa``/``that`` or a short adverbial and a comma."""
    lex = lexicon()
    start = toks[k].end
    rest = [t for t in toks[k + 1 : k + 1 + _MAX_LEAD_WORDS_TO_THAT] if t.start < end]
    prev_end = start
    for n, tok in enumerate(rest[:_MAX_LEAD_WORDS_TO_THAT]):
        gap = body[prev_end : tok.start]
        if "," in gap and n <= _MAX_LEAD_WORDS_TO_COMMA:
            start = prev_end + gap.index(",") + 1
            break
        if lex.is_verb(tok.text):
            break
        if lex.is_a(tok.text, "complementiser") and not (n and lex.is_a(rest[n - 1].text, "conjunction")):
            start = tok.end
            break
        prev_end = tok.end
    while True:
        lead = tokens(body, start, end)[:1]
        if not lead or not lex.is_a(lead[0].text, "adverb"):
            break
        start = lead[0].end
    rest = tokens(body, start, end)
    lead = rest[:1]
    if lead and lex.is_a(lead[0].text, "conjunction"):
        return None  # "reiterated its support, and stated that …": a second clause, not what was said
    if rest and start > toks[k].end and all(t.capitalised or t.text.isdigit() for t in rest):
        return None  # "… korban banjir di Kampung X, Jakarta Timur.": the comma closed a place, not a lead
    s, e = _trim(body, start, end)
    return (s, e) if _has_words(body, s, e, _MIN_CONTENT_WORDS) else None


def _content_before(body: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """``<content>, kata X`` / ``<content>, Smith said``: the clause before the comma."""
    head = body[floor:cue_start].rstrip()
    if not head.endswith(","):
        return None
    s, e = _trim(body, floor, floor + len(head) - 1)
    return (s, e) if _has_words(body, s, e, _MIN_CONTENT_WORDS) else None


_MAX_SPLIT_LEAD_WORDS = 3
_MIN_SPLIT_CONTENT_WORDS = 4


def _content_split(body: str, floor: int, cue_start: int, np_end: int, end: int) -> tuple[int, int] | None:
    """``Alasannya, kata Fulan, <content>`` / ``Selain itu, kata dia, <content>``: a cue set off by
    commas after a short lead reports what follows it; the lead only frames it."""
    if not body[np_end:end].lstrip(" \u00a0").startswith(","):
        return None
    if _has_words(body, floor, cue_start, _MAX_SPLIT_LEAD_WORDS + 1):
        return None
    s, e = _trim(body, np_end, end)
    return (s, e) if _has_words(body, s, e, _MIN_SPLIT_CONTENT_WORDS) else None


_MAX_EMBEDDED_LEAD_WORDS = 6


def _content_embedded(body: str, floor: int, cue_start: int, np_end: int, end: int) -> tuple[int, int] | None:
    """``Presiden Fulan kata Badu, meminta <content>``: a cue between a subject and its predicate
    (the comma before it left out) reports the sentence for Badu; the subject is whom it tells of,
    so what follows the cue's comma is Badu's account, as after ``Presiden Fulan, kata Badu,``.
    Indonesian only: ``Fulan said Monday, …`` puts no other speaker after an English verb."""
    if not body[np_end:end].lstrip(" \u00a0").startswith(","):
        return None
    lead = tokens(body, floor, cue_start)
    if not lead or len(lead) > _MAX_EMBEDDED_LEAD_WORDS or any(lexicon().is_verb(t.text) for t in lead):
        return None
    s, e = _trim(body, np_end, end)
    return (s, e) if _has_words(body, s, e, _MIN_SPLIT_CONTENT_WORDS) else None


def _apposed_subject(book: NameBook, floor: int, verb: Token) -> bool:
    """``Name, a hydrologist at X, said the …``: the comma before the verb closes an apposition.

    English verbs such as *said* and *told* may also follow what was said (``…, said Name``);
    the apposition reading wins when the clause before the verb is a named person and a role.
    """
    lex = lexicon()
    if verb.text.casefold() not in lex.active:
        return False
    body = book.body
    last_comma = body.rfind(",", floor, verb.start)
    # the piece and the one before it start at the sentence's floor when no comma stands before them
    opens = max(floor, body.rfind(",", floor, last_comma) + 1)
    piece = tokens(body, opens, last_comma) if last_comma >= 0 else []
    described = apposition_like(piece) or _apposed_name(book, floor, piece)
    if len(piece) > _MAX_APPOSITION_WORDS or not described:
        return False  # "…, the submarine was diving at dawn, said the navy chief": what, then who
    ref, _cue = subject_before(book, floor, verb)
    return ref.kind == "person"


def _apposed_name(book: NameBook, floor: int, piece: list[Token]) -> bool:
    """``the Director General of X, Fulan Hidayat, stated …``: the piece before the verb's comma
    is a recognised person's whole name, set off after an office (an apposition itself)."""
    if not piece:
        return False
    body = book.body
    span = (piece[0].start, piece[-1].end)
    if [(ms, me) for ms, me, n in book.person_mentions(*span) if book.is_recognised(n)] != [span]:
        return False
    comma = body.rfind(",", floor, piece[0].start)
    before = tokens(body, max(floor, body.rfind(",", floor, comma) + 1), comma) if comma >= 0 else []
    return apposition_like(before)


@cache
def _cue_words() -> frozenset[str]:
    """Every word that can open one of :func:`reported`'s cues: any other word is passed over."""
    lex = lexicon()
    return lex.clitic | lex.post | lex.active | lex.according | lex.passive


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted and joined where they overlap, so that one bisection answers "inside?"."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def reported(
    book: NameBook,
    sent: tuple[int, int],
    *,
    quotes: list[Quotation],
    consumed: list[tuple[int, int]],
    prev_sentence: tuple[int, int] | None,
    para: int,
) -> list[Found]:
    """Reported statements of one sentence; cues already used by quotations are skipped."""
    lex = lexicon()
    body = book.body
    marks = sorted((q.open, q.mark_end) for q in quotes)
    opens = [s for s, _e in marks]
    ends = sorted(e for _s, e in marks)
    taken = _merged(consumed)
    toks = tokens(body, *sent)
    if taken:  # nothing taken (most sentences): every word stays, no bisection a word
        toks = [t for t in toks if not _inside(t.start, taken)]
    out: list[Found] = []

    def floor_at(pos: int) -> int:
        k = bisect.bisect_right(ends, pos)
        return max(sent[0], ends[k - 1]) if k else sent[0]

    def limit_at(pos: int) -> int:
        k = bisect.bisect_right(opens, pos)
        return min(sent[1], opens[k]) if k < len(opens) else sent[1]

    def add(span: tuple[int, int] | None, ref: SpeakerRef, cue: tuple[int, int]) -> None:
        if span is None or ref.kind == "none" or ref == CROWD or _inside(span[0], marks):
            return
        via = via_in(body, max(sent[0], span[0] - _VIA_WINDOW), span[0]) or via_in(
            body, span[1], min(sent[1], span[1] + _VIA_WINDOW)
        )
        out.append(Found("indirect", span[0], span[1], ref, cue, via, para))

    cue_words = _cue_words()
    told: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        w = tok.text.casefold()
        if w not in cue_words or (tok.capitalised and book.person_mention_at(tok.start)):
            continue  # "Presiden KSPI Said Iqbal menilai": a given name spelt like "said" cues nothing
        floor = floor_at(tok.start)
        after_comma = body[floor : tok.start].rstrip().endswith(",")
        if w in lex.clitic and after_comma:
            clitic = SpeakerRef("pronoun", words=(w,))
            add(_content_before(body, floor, tok.start), clitic, (tok.start, tok.end))
        elif w in lex.post and after_comma and k + 1 < len(toks) and not _apposed_subject(book, floor, tok):
            ref, np_end = np_after(book, toks, k + 1, limit_at(tok.start))
            span = _content_split(body, floor, tok.start, np_end, limit_at(tok.start))
            add(span or _content_before(body, floor, tok.start), ref, (tok.start, np_end))
        elif w in lex.post and w in verbs_of("id") and book.lang == "id" and 0 < k < len(toks) - 1:
            limit = limit_at(tok.start)
            ref, np_end = np_after(book, toks, k + 1, limit)
            add(_content_embedded(body, floor, tok.start, np_end, limit), ref, (tok.start, np_end))
        elif (
            w in lex.active
            and not inside_clause(tok.start, told)
            and not negated(book, floor, tok, to_come=True)
        ):
            ref, cue_start = subject_before(book, floor, tok)
            span = _content_after(body, toks, k, limit_at(tok.start))
            if span is None:
                span = _content_before(body, floor, cue_start)
            add(span, ref, (cue_start, tok.end))
        elif w in lex.according and k + 1 < len(toks):
            i = k + 2 if toks[k + 1].text.casefold() == "to" else k + 1
            if i >= len(toks):
                continue
            ref, np_end = object_pronoun(toks, i) or np_after(book, toks, i, limit_at(tok.start))
            before = _content_before(body, floor, tok.start)
            if before is None and body[np_end : np_end + 2].startswith(","):
                s, e = _trim(body, np_end, limit_at(tok.start))
                span = (s, e) if _has_words(body, s, e, _MIN_CONTENT_WORDS) else None
            else:
                span = before
            if span is not None and span[0] > tok.start:
                told.append(span)  # "According to him, Fulan had asked …": "asked" is what he told
            add(span, ref, (tok.start, np_end))
        elif w in lex.passive and prev_sentence and toks and toks[0].text.casefold() in _ANAPHORIC_OPENERS:
            i = k + 1
            if i < len(toks) and toks[i].text.casefold() in {"oleh", "by"}:
                i += 1
            if i >= len(toks):
                continue
            ref, np_end = np_after(book, toks, i, sent[1])
            s, e = _trim(body, *prev_sentence)
            add((s, e) if e > s else None, ref, (toks[0].start, np_end))
    return out
