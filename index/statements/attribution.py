"""Reads the speech cue around a quotation or a reported clause and finds who it names.

Grammar covered: ``"…," kata X`` / ``said X`` (verb first), ``"…," X said`` (name first),
``"…," katanya`` (clitic), ``X mengatakan(, bahwa) …`` (subject before verb, with appositions
``Role, Name, mengatakan`` and ``Name, role, mengatakan``), ``menurut X`` / ``according to X``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .apposed_after import apposed_after, relation_of_someone
from .asides import participial, without_modifiers
from .cue_parts import apposition, quoted_as
from .inverted_cue import inverted_cue
from .lexicon import lexicon
from .long_office import holder_ends
from .names import NameBook
from .office_list import after_dateline, office_run
from .post_phrase import DESCRIBING as _DESCRIBING  # noqa: F401  (the speed test asks it here)
from .post_phrase import np_after
from .relative import relative_clause
from .speaker_ref import INHERIT, NONE, UNNAMED, SpeakerRef
from .text import Token, tokens
from .unnamed import common_noun, indefinite_someone, unnamed_phrase

_GAP = frozenset(" \t\u00a0,.;:—–-")
_SUBJECT_END = ("pronoun", "pronoun_det", "role", "with_prev", "crowd")
_DASHES = frozenset("—–-")
_MAX_NAME_FIRST_WORDS, _MAX_OFFICE_FIRST_WORDS = 9, 20
_SUBJECT_WINDOW = 600  # a subject and its appositions sit within a few dozen words of the verb
_NEGATION_WINDOW = 40
_NEGATION = frozenset({"tidak", "tak", "belum", "bukan", "not", "never", "didn't", "yang"})
_TO_COME = frozenset({"akan", "will", "hendak"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said it and where the cue is written (``speaker_as_written``)."""

    ref: SpeakerRef
    cue_start: int
    cue_end: int


def _only_gap(text: str) -> bool:
    return all(c in _GAP for c in text)


def after_quote(book: NameBook, start: int, end: int) -> Attribution | None:
    """The cue right after a closing mark, up to ``end`` (sentence end or next quotation)."""
    lex = lexicon()
    toks = tokens(book.body, start, end)
    if not toks or not _only_gap(book.body[start : toks[0].start]):
        return None
    w0 = toks[0].text.casefold()
    if w0 in lex.clitic:
        return Attribution(SpeakerRef("pronoun", words=(w0,)), toks[0].start, toks[0].end)
    if w0 in lex.according and len(toks) > 1:
        i = 2 if toks[1].text.casefold() == "to" else 1
        if i < len(toks):
            ref, np_end = np_after(book, toks, i, end)
            return Attribution(ref, toks[0].start, np_end) if ref.kind != "none" else None
    if lex.is_a(w0, "summing"):
        return _summing(book, toks, end)
    if w0 in lex.post and len(toks) > 1:
        someone = indefinite_someone(book.body, toks, book.is_person)
        if someone is not None:
            return Attribution(UNNAMED, toks[0].start, someone)  # "wrote an X user": not X
        ref, np_end = np_after(book, toks, 1, end)
        if ref.kind != "none":
            return Attribution(_continues(ref, w0), toks[0].start, np_end)
        if common_noun(toks[1].text):
            unnamed = unnamed_phrase(book.body, toks)
            if unnamed is not None:
                return Attribution(UNNAMED, toks[0].start, unnamed)
    # name first: "…," Blinken menambahkan / "…," the minister said / "…," a long office, its holder, said
    for k in range(1, min(len(toks), _MAX_OFFICE_FIRST_WORDS)):
        word = toks[k].text.casefold()
        verb = quoted_as(toks, k)  # "…," Fulan was quoted as saying: the verb is "saying"
        if verb is None and (word in lex.active or word in lex.post):
            verb = k
        if verb is not None and (
            k < _MAX_NAME_FIRST_WORDS or office_run(toks[:k]) or holder_ends(book, toks, k)
        ):
            ref, _s, name_end = book.analyse(toks[0].start, toks[k - 1].end)
            if ref.kind == "person" and ref.role is None:
                # "…," Bonifasius Tarigan, Indonesia's chief negotiator, told …
                appositive = apposition(book.body, name_end, toks[k].start)
                ref = SpeakerRef("person", ref.name, appositive) if appositive else ref
            if ref.kind != "none":
                return Attribution(_continues(ref, word), toks[0].start, toks[verb].end)
            break
    return _apposed_after(book, toks) or _inverted(book, start, toks)


def _inverted(book: NameBook, start: int, toks: list[Token]) -> Attribution | None:
    """``"…," seloroh Fulan``: an unlisted verb read by its place (see :mod:`.inverted_cue`)."""
    found = inverted_cue(book, start, toks, np_after)
    return Attribution(found[0], found[1], found[2]) if found else None


def _continues(ref: SpeakerRef, verb: str) -> SpeakerRef:
    """``"…," tambah dia`` / ``"…," he added``: a pronoun with a verb that goes on with the running
    speaker carries the verb, so the pronoun means whoever spoke last (see SpeakerMemory.resolve)."""
    if ref.kind != "pronoun" or verb not in lexicon().continuing:
        return ref
    return SpeakerRef("pronoun", words=(*ref.words, verb))


def _summing(book: NameBook, toks: list[Token], end: int) -> Attribution | None:
    """``"…," demikian keterangan tertulis X`` / ``demikian disampaikan X`` / ``demikian kata X``."""
    lex = lexicon()
    i = 1
    while i < len(toks) and (
        lex.is_a(toks[i].text, "statement_noun")
        or toks[i].text.casefold() in lex.passive
        or toks[i].text.casefold() in lex.post
    ):
        i += 1
    if i == 1 or i >= len(toks):
        return None
    ref, np_end = np_after(book, toks, i, end)
    return Attribution(ref, toks[0].start, np_end) if ref.kind != "none" else None


def _apposed_after(book: NameBook, toks: list[Token]) -> Attribution | None:
    """A name and its apposition, or an office and its holder, set off by commas before the verb."""
    found = apposed_after(book, toks)
    return Attribution(found[0], toks[0].start, found[1]) if found else None


def subject_before(book: NameBook, floor: int, verb: Token) -> tuple[SpeakerRef, int]:
    """The subject of an active speech verb, read backwards from it; returns (ref, cue start)."""
    lex = lexicon()
    body = book.body
    floor = _window_floor(body, floor, verb.start)
    toks = tokens(body, floor, verb.start)
    toks = without_modifiers(toks)
    if not toks:
        return NONE, verb.start
    last = toks[-1]
    closes_apposition = "," in body[last.end : verb.start]  # "Name, head of the water board, told"
    if not (last.capitalised or closes_apposition or lex.is_any(last.text, _SUBJECT_END)):
        relative = relative_clause(body, toks, book.lang)
        if relative is not None:
            return subject_before(book, floor, relative)
        return NONE, verb.start
    if lex.is_a(toks[-1].text, "with_prev"):
        return INHERIT, toks[-1].start
    last_end = toks[-1].end
    tail = body[last_end : verb.start]
    if "," in tail:
        return _apposed_subject(book, floor, last_end)
    relative = relative_clause(body, toks, book.lang) if last.capitalised else None
    named, named_at = subject_before(book, floor, relative) if relative else (NONE, 0)
    if named.kind == "person":  # "Fulan yang juga kuasa hukum Badu menyatakan": Fulan speaks
        return named, named_at
    # plain subject: the clause after the last comma or conjunction, at most ten words
    seg_start = body.rfind(",", floor, last_end) + 1 or floor
    seg = [t for t in toks if t.start >= seg_start]
    for k in range(len(seg) - 1, -1, -1):
        joins_names = 0 < k < len(seg) - 1 and seg[k - 1].capitalised and seg[k + 1].capitalised
        if joins_names and seg[k].text.islower():
            continue  # "Agriculture and Food Security Ministry", "Kittisak and Supat": one subject
        if lex.is_a(seg[k].text, "conjunction") or lex.is_a(seg[k].text, "complementiser"):
            seg = seg[k + 1 :]
            break
    seg = seg[-10:]
    for k in range(len(seg) - 1, 0, -1):
        if any(c in _DASHES for c in body[seg[k - 1].end : seg[k].start]):
            seg = seg[k:]  # a dateline before the subject: "SINGAPORE (Reuters) — The chief negotiator"
            break
    if len(seg) > 1 and lex.is_a(seg[0].text, "anaphor_pre") and not seg[1].capitalised:
        # "The chief Nordic negotiator in trade talks with Indonesia said": the head noun phrase only
        stop = next((k for k in range(1, len(seg)) if lex.is_a(seg[k].text, "np_stop")), len(seg))
        seg = seg[:stop]
    if not seg:
        return NONE, verb.start
    ref, ns, _ne = book.analyse(seg[0].start, seg[-1].end, prefer_last=True)
    if ref.kind == "none" and book.lang == "id" and seg_start > floor and lex.is_a(seg[0].text, "indefinite"):
        # "Fulan, salah satu pembeli di Pasar X mengatakan": the description's comma never
        # closed, so the name before it is the subject, as with the comma (English closes it)
        before, before_at = _apposed_subject(book, floor, last_end)
        if before.kind == "person" and book.is_person(before.name):
            ref, ns = before, before_at
    if ref.kind == "none" or (ref.kind == "person" and len(seg) == 1 and book.common_opener(seg)):
        return NONE, verb.start
    cue = seg[0].start if ref.role or ref.kind in ("anaphor", "org") else ns
    return ref, cue


def _segments(body: str, floor: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated pieces of ``body[floor:end]`` (commas inside brackets do not split)."""
    out: list[tuple[int, int]] = []
    depth, seg_start = 0, floor
    for i in range(floor, end):
        ch = body[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append((seg_start, i))
            seg_start = i + 1
    out.append((seg_start, end))
    return out


def _circumstantial(toks: list[Token]) -> bool:
    """An apposition saying only when or how old: ``Selasa``, ``Senin (25/11)``, ``61``, ``46 tahun``."""
    lex = lexicon()
    return bool(toks) and all(
        t.text.isdigit() or lex.is_a(t.text, "time") or lex.is_a(t.text, "time_mod") for t in toks
    )


def apposition_like(toks: list[Token]) -> bool:
    """A piece between commas that describes the subject rather than naming it."""
    lex = lexicon()
    if not toks:
        return False
    lead = toks[1:2] if lex.is_a(toks[0].text, "indefinite") and len(toks) > 1 else toks[:1]
    return (
        _circumstantial(toks)
        or lex.is_a(toks[0].text, "relative")
        or (bool(lead) and lex.is_a(lead[0].text, "role"))
        or _descriptive(toks)
    )


def _name_part(book: NameBook, start: int, end: int) -> int:
    """Where the naming part of a piece ends: before a circumstance (``saat dihubungi dari X``)."""
    lex = lexicon()
    toks = tokens(book.body, start, end)
    for k in range(1, len(toks)):
        if lex.is_a(toks[k].text, "circumstance"):
            return toks[k - 1].end
    return end


_MAX_APPOSED_PIECES = 5


def _role_text(body: str, piece: tuple[int, int]) -> str | None:
    toks = tokens(body, *piece)
    if not any(lexicon().is_a(t.text, "role") for t in toks):
        return None
    return body[piece[0] : piece[1]].strip() or None


def _apposed_subject(book: NameBook, floor: int, last_end: int) -> tuple[SpeakerRef, int]:
    """The subject when a comma stands right before the verb: the piece naming someone, read
    backwards over appositions (``Name, 61, who sells noodles, said``, ``Name, role, mengatakan``,
    ``Role, Name, mengatakan``, ``Name saat dihubungi dari Jakarta, Selasa, mengatakan``).

    A piece led by a role is an apposition unless nothing earlier names anyone; a piece that
    names nobody and describes nothing ends the walk, unless it stands right before the verb.
    """
    lex = lexicon()
    body = book.body
    pieces = _segments(body, after_dateline(body, floor, last_end), last_end)
    last = len(pieces) - 1
    described: tuple[int, int] | None = None  # the nearest role apposition after the name
    fallback: tuple[SpeakerRef, int] | None = None  # a role piece that also reads as a person
    for n in range(last, max(-1, last - _MAX_APPOSED_PIECES), -1):
        p_s, p_e = pieces[n]
        p_toks = tokens(body, p_s, p_e)
        if not p_toks:
            break
        if _circumstantial(p_toks) or lex.is_a(p_toks[0].text, "relative") or participial(p_toks):
            continue
        if n < last and fallback is not None and lex.is_a(p_toks[0].text, "subordinator"):
            break  # "Sementara X belum membenarkan …, Role, Fulan, berkomentar": a fronted clause
        ref, ns, ne = book.analyse(p_s, _name_part(book, p_s, p_e), prefer_last=True)
        if ref.kind == "person" and book.checked and book.common_opener(tokens(body, ns, ne)):
            ref = NONE  # "Apart from that, …": a word opening the sentence the recogniser calls no one
        if apposition_like(p_toks):
            if (ref.kind == "person" or (n == 0 and ref.kind in ("anaphor", "office"))) and fallback is None:
                fallback = (ref, _first_token_start(body, p_s, p_e))  # n == 0: "The minister, citing X, said"
            described = described or (p_s, p_e)
            continue
        if ref.kind == "person":
            cue = _first_token_start(body, p_s, p_e)
            role = ref.role or (_role_text(body, described) if described else None)
            if role is None and n > 0:
                before = tokens(body, *pieces[n - 1])
                if before and lex.is_a(before[0].text, "role"):
                    role = body[pieces[n - 1][0] : pieces[n - 1][1]].strip()
                    cue = before[0].start
            return SpeakerRef("person", ref.name, role), cue
        if ref.kind == "org" and n == last:
            # "Name, Dirut PT X, mengatakan": an office right before the verb is the person's
            fallback = fallback or (ref, _first_token_start(body, p_s, p_e))
            described = described or (p_s, p_e)
            continue
        if ref.kind != "none":
            return ref, _first_token_start(body, p_s, p_e)
        if n < last:
            break
    return fallback or (NONE, last_end)


def _descriptive(toks: list[Token]) -> bool:
    """An apposition describing someone: ``a geologist at X``, ``who chairs X``, ``Indonesia's chief …``."""
    lex = lexicon()
    if not toks:
        return False
    first = toks[0]
    if not first.capitalised and not lex.is_a(first.text, "pronoun"):
        return True
    return relation_of_someone(toks) or any(lex.is_a(t.text, "role") and not t.capitalised for t in toks[1:3])


def _first_token_start(body: str, start: int, end: int) -> int:
    toks = tokens(body, start, end)
    return toks[0].start if toks else start


def negated(book: NameBook, floor: int, verb: Token, *, to_come: bool = False) -> bool:
    """Whether the word before ``verb`` says no statement was made (``tidak mengatakan``, a
    relative ``yang``); ``to_come`` also counts one still to come (``Fulan menyebut Rudi akan
    menyampaikan keterangan``: Rudi has said nothing yet)."""
    toks = tokens(book.body, _window_floor(book.body, floor, verb.start, _NEGATION_WINDOW), verb.start)
    words = [t.text.casefold() for t in toks]
    lex = lexicon()
    last = words[-1] if words else ""
    while words and last not in _NEGATION and not (to_come and last in _TO_COME) and lex.is_a(last, "adverb"):
        words.pop()  # "tidak pernah mengatakan": an adverb between the negation and the verb
        last = words[-1] if words else ""
    # a relative "yang" counts only right before the verb: "yang langsung dibalas Fulan" has an agent
    return (last in _NEGATION and (last != "yang" or len(words) == len(toks))) or (
        to_come and last in _TO_COME
    )


def _window_floor(body: str, floor: int, pos: int, window: int = _SUBJECT_WINDOW) -> int:
    """Where to start reading back from ``pos``: ``floor``, or a bounded window before ``pos``
    that starts on a word boundary, so a long sentence is never rescanned for every verb."""
    if pos - floor <= window:
        return floor
    start = pos - window
    while start < pos and not body[start].isspace():
        start += 1
    return start
