"""The person a narrative sentence is about, so that a pronoun in a later sentence can find them.

Shapes read: ``Name predicate``, ``Role Name predicate``, ``Name, apposition, predicate``,
``Role, Name, predicate`` (``Ketua BEM, Nadia, menilai``), ``Name – aside – predicate``, a short
lowercase description before a recognised name (``Street vendor Mitali Das sells``), each
possibly after a fronted place or time phrase and its comma (``Outside the gate, Farid …``),
and the agent of a passive verb near the start (``Pendapat itu dibagikan oleh Fulanah``).
"""

from __future__ import annotations

import itertools
import re

from .attribution import apposition_like
from .brackets import after_bracket, before_open_bracket
from .connectives import after_connective
from .lead import lead_words as _lead
from .lexicon import lexicon
from .namely import namely_named
from .names import NameBook
from .office_list import after_dateline
from .people import nominalised
from .phrase import ROLE_GLUE
from .regimes import government_of
from .speaker_ref import SpeakerRef
from .text import Token, tokens

_MAX_FRONTED_WORDS = 8
_MAX_FRONTED_CLAUSE_WORDS = 14
_MAX_APPOSITION_WORDS = 12
_MAX_RELATIVE_WORDS = 20
_MAX_NAME_PIECE_WORDS = 6
_MAX_DESCRIPTION_WORDS = 3
_MAX_FRONTED_COMMAS = 2
_DASHES = "—–"
_LIST_ENDS = frozenset({"dan", "serta", "atau", "and", "or", "&"})  # before a list's last item


def subject_person(
    book: NameBook, start: int, end: int, marks: list[tuple[int, int]], *, reporting: bool = False
) -> SpeakerRef | None:
    """The person ``body[start:end]`` is about, or None.

    A name must be followed by its predicate, and one capitalised word that opens the sentence
    counts only when the recogniser knows it as a person (else "Rescue teams …" would be someone).
    ``reporting``: an earlier sentence of the paragraph is someone's statement, so the sentence
    may go on relaying it; the agent of a passive that is no speech verb (``Anggarannya sudah
    disetujui oleh Presiden X`` after ``Menurut dia, …``) is then what the speaker told, not
    whom the passage turns to.
    """
    body = book.body
    if any(s <= start < e for s, e in marks):
        return None  # a sentence that opens with a quotation is someone speaking, not narration
    if body[start:end].rstrip().endswith("?"):
        return None  # a question (a page's related-questions box: "Siapa ...?") narrates no one
    # "SURABAYA, Kabar.com - Kapolda Fulan menyayangkan …": the story's lead starts after its dateline
    start = after_dateline(body, start, end)
    toks = tokens(body, start, min(end, start + 240))
    if not toks:
        return None
    if lexicon().is_a(toks[0].text, "personal"):
        return None  # "Ia juga percaya, Fulan bisa …": the pronoun's person stays; Fulan is what they think
    starts = _starts(body, toks)
    for n, k in enumerate(starts):
        if lexicon().is_a(toks[k].text, "personal"):
            # "Warga desa itu tiba-tiba sadar, ia salah mengira Fulan …": the clause after the
            # comma is the pronoun's, and a name after it is what they think or do, no new subject
            starts = starts[:n]
            break
    for a, b in itertools.pairwise(starts):
        # "His wife, Sri Lestari, dries …": a description, then the name between commas, maybe
        # after a fronted phrase ("Atas kemenangan ini, Pelatih tim, Fulan, mengapresiasi …")
        named = _named_apposition(book, toks[a:], b - a)
        if named is not None:
            return named
    for k in starts:
        if government_of(_lead(body, toks[k:])):
            continue  # "Pemerintah Fulan Hidayat menjamin …": the government is the subject
        ref = (
            _led_by_name(book, toks[k:], start)
            or _described(book, toks[k:], fronted=k > 0)
            or _named_after_description(book, toks[k:])
        )
        if ref is not None:
            return ref
    for k in starts:
        # "Kiper utama absen pekan ini, dijelaskan pelatih Fulan …": after a fronted clause
        ref = _passive_agent(book, toks[k:], speech_only=reporting)
        if ref is not None:
            return ref
    return None


_MAX_BEFORE_PASSIVE = 5
_PASSIVE_SHAPE = re.compile(r"di[a-z]{3,}(?:kan|i)")


def _passive_agent(book: NameBook, toks: list[Token], *, speech_only: bool = False) -> SpeakerRef | None:
    """``Pendapat lain diungkapkan Fulanah (35), guru …`` / ``Hal itu dibagikan oleh Fulan``:
    the agent of a passive verb near the start is whom the passage turns to, who speaks next.
    An Indonesian speech verb may take its agent straight after it; any other passive only after
    ``oleh`` or ``by`` (``This was conveyed by Fulan``).
    After ``yang`` the verb is a relative clause (``apa yang disampaikan Fulan itu …``: what
    Fulan said is the topic), so its agent is not who goes on."""
    lex = lexicon()
    for k, tok in enumerate(toks[: _MAX_BEFORE_PASSIVE + 1]):
        w = tok.text.casefold()
        speech = w in lex.passive
        if not (speech or (_PASSIVE_SHAPE.fullmatch(w) and not speech_only)) or k + 1 >= len(toks):
            continue
        if k > 0 and toks[k - 1].text.casefold() == "yang":
            continue
        j = k + 1
        if toks[j].text.casefold() in ("oleh", "by"):
            j += 1
        elif not (speech and w.startswith("di")):
            return None  # an English participle takes its agent after "by" only: "conveyed by X"
        lead = _lead(book.body, toks[j:])
        if not lead:
            return None
        ref, _ns, _ne = book.analyse(lead[0].start, lead[-1].end, prefer_last=True)
        if ref.kind in ("office", "org"):
            # "diupayakan oleh Menteri X dan Y (Menxy), Fulan Badu", "diungkap Kabid Humas Polda
            # X, Kombes Fulan": the office's holder is named after it, in the rest of the clause
            ref, _ns, _ne = book.analyse(lead[0].start, toks[-1].end)
        if ref.kind == "person" and ref.name is not None and book.is_recognised(ref.name):
            return ref
        return None
    return None


def _starts(body: str, toks: list[Token]) -> list[int]:
    """Where the subject may begin: the sentence start, then after each comma of a fronted phrase."""
    # a fronted subordinate clause ("While the focus is on Fulan and Badu, Rina …") may run longer
    # than a fronted place or time phrase: its subordinator says the subject comes after its comma
    subordinate = bool(toks) and lexicon().is_a(toks[0].text, "subordinator")
    reach = _MAX_FRONTED_CLAUSE_WORDS if subordinate else _MAX_FRONTED_WORDS
    head = toks[: reach + 1]
    commas = [k for k in range(1, len(head)) if "," in body[head[k - 1].end : head[k].start]]
    # "Dalam kunjungan ke Kabupaten X, Provinsi Y, Menteri Z …": a fronted place may hold a comma
    linked = after_connective(body, toks)  # "Sementara itu Ketua DPR Fulan …": no comma at all
    return [0, *([linked] if linked else []), *commas[:_MAX_FRONTED_COMMAS]]


def _led_by_name(book: NameBook, toks: list[Token], sent_start: int) -> SpeakerRef | None:
    body = book.body
    lead = _lead(body, toks)
    if not lead or len(lead) == len(toks):
        return None
    if len(lead) > 1 and _thing_named_after(lead[0]):
        return None  # "Kunjungan Fulan sendiri bertepatan …": the visit is the subject, not Fulan
    lead = before_open_bracket(body, lead, toks[len(lead)])
    if lead[-1].text.casefold() in ROLE_GLUE:
        # "Mantan Menteri X di era Presiden Y itu tampak …": the phrase runs on past a preposition
        # in lower case, so the word after it is no predicate and the capitals are no subject
        return None
    gap = body[lead[-1].end : toks[len(lead)].start].strip()
    after: Token | None = toks[len(lead)]
    if not gap and lexicon().is_a(toks[len(lead)].text, "pronoun_det"):
        return None  # "Mantan Bupati Sukamaju itu …": a description, its capitals an office's place
    k = len(lead)
    if gap.startswith(")") and "(" in body[lead[0].end : lead[-1].start]:
        # "Presiden Fulan Hidayat (Fulan) menilai …": the bracket's short name ran into the lead,
        # and its predicate follows the closing bracket
        gap = gap[1:].strip()
    if gap == "(":
        # "Fulan Hidayat (52), nelayan di X, sudah …" / "Fulan (52) masih menunggu": the bracket
        # says how old or which party, and the clause goes on after it
        k = after_bracket(body, toks, k)
        if k >= len(toks):
            return None
        gap = body[toks[k - 1].end : toks[k].start].strip().lstrip(")").strip()
        after = toks[k]
        if not gap and after.capitalised:
            # "Direktur Jenderal Perdagangan (dirjen dag) Fulan Hidayat mengumumkan …": the
            # bracket gave the office's short form, and the holder's name follows it
            holder = _led_by_name(book, toks[k:], sent_start)
            if holder is None or holder.name is None or not book.is_recognised(holder.name):
                return None
            return SpeakerRef("person", holder.name, holder.role or body[lead[0].start : lead[-1].end])
    if gap == ",":
        if k == len(lead):
            named = _named_apposition(book, toks, k)
            if named is not None:
                return named
        after = _after_apposition(body, toks, k)
        gap = ""
    elif gap and gap[0] in _DASHES:
        after = _after_aside(body, toks, len(lead))
        gap = ""
    if after is None or after.capitalised or gap:
        return None
    determined = lexicon().is_a(lead[0].text, "anaphor_pre")
    if determined and k == len(lead) and _heads_person(after, names_only=True):
        return None  # "The Ducati rider also weighed in": a description, its capitals a team's
    ref = _person(book, lead, sent_start)
    if _office_goes_on(toks, k) and not book.person_mentions(lead[0].start, lead[-1].end):
        # "Fisheries and Maritime Affairs Minister Fulan …", "Youth and Sports Minister Fulan …":
        # the office's name runs on to its holder, whether or not its first words read as a name
        # ("Fulan dan Rina mengobrol" names two people, and stays as read)
        holder = _led_by_name(book, toks[k + 1 :], sent_start)
        return holder if holder is not None and holder.role else ref
    return ref


_AND = frozenset({"and", "dan", "serta", "&"})
_PERSON_HEADS = ("role", "kin", "person_noun", "person_kind", "occupation", "proxy", "honorific", "rank")
_PERSON_OR_TIME_HEADS = (*_PERSON_HEADS, "time", "time_mod", "indefinite")


def _heads_person(tok: Token, *, names_only: bool = False) -> bool:
    """A word of a description that may stand before a person's name: a kind of person, a role,
    or (unless ``names_only``) a time (``sore harinya``) or indefinite word that leaves the name
    the subject."""
    lex = lexicon()
    classes = _PERSON_HEADS if names_only else _PERSON_OR_TIME_HEADS
    return lex.is_any(tok.text, classes)


def _thing_named_after(tok: Token) -> bool:
    """Whether a noun phrase opening with ``tok`` is a thing a person's name only qualifies: an
    everyday noun made from a verb (``Kunjungan``, ``Pernyataan``, ``Penganiayaan``, as
    :func:`.people.nominalised` reads them) that no person class holds (``Perempuan``, ``Keponakan``
    name people)."""
    lex = lexicon()
    word = tok.text.casefold()
    return nominalised(word) and not lex.is_any(word, _PERSON_HEADS)


def _office_goes_on(toks: list[Token], k: int) -> bool:
    """Whether ``and`` and a capitalised word follow the lead: the capitals named a body or an
    office's fields, not a person followed by their predicate."""
    return k + 1 < len(toks) and toks[k].text.casefold() in _AND and toks[k + 1].capitalised


def _person(book: NameBook, lead: list[Token], sent_start: int) -> SpeakerRef | None:
    # one capitalised word opening the sentence (maybe with lowercase glue: "Sudah di") counts only
    # when recognised (below), so the recogniser's costlier check is not asked about it
    opener_only = lead[0].start == sent_start and not any(t.capitalised for t in lead[1:])
    ref, ns, ne = book.analyse(lead[0].start, lead[-1].end, prefer_last=True, listed_only=opener_only)
    if ref.kind == "office" and any(t.capitalised for t in lead):
        # "Kini Menkominfo muncul …": the office the article gave someone earlier is that someone
        # (a lower-case "presiden" in passing is the office in general)
        named = book.describe(lead[0].start, ref.words, [])
        if named and _apposed_to(book, lead[0].start, named):
            return None  # "… adik dari Fulan, anggota DPRD setempat.": Fulan's apposition, no new subject
        return SpeakerRef("person", named) if named else None
    if ref.kind != "person" or ref.name is None:
        return None
    single = len(tokens(book.body, ns, ne)) == 1
    if single and ns == sent_start and not book.is_recognised(ref.name):
        return None
    return ref


def _apposed_to(book: NameBook, pos: int, name: str) -> bool:
    """Whether the office at ``pos`` follows ``name`` and a comma: it describes that mention."""
    head = book.body[max(0, pos - _APPOSED_REACH) : pos].rstrip()
    if not head.endswith(","):
        return False
    comma = pos - (len(book.body[:pos]) - len(book.body[:pos].rstrip())) - 1
    mentions = book.person_mentions(max(0, comma - _APPOSED_REACH), comma)
    return bool(mentions) and mentions[-1][1] == comma and mentions[-1][2] == name


_APPOSED_REACH = 80


def _named_apposition(book: NameBook, toks: list[Token], k: int) -> SpeakerRef | None:
    """``Role, Name, predicate``: the comma piece after an office (or a description) names the
    person. It must be a name only, no item of a list (``Kementerian Pendidikan, Sains, dan
    Teknologi``), and the words before it must name no one themselves."""
    body = book.body
    piece = _lead(body, toks[k:])
    if not piece or len(piece) > _MAX_NAME_PIECE_WORDS or k + len(piece) >= len(toks):
        return None
    nxt = toks[k + len(piece)]
    if body[piece[-1].end : nxt.start].strip() != "," or nxt.capitalised or nxt.text in _LIST_ENDS:
        return None
    namely = namely_named(book, toks, k + len(piece))
    if namely is not None:
        return namely  # "Kuasa hukum keluarga Badu, yaitu Fulan, meminta …": Fulan is the lawyer
    front, _s, _e = book.analyse(toks[0].start, toks[k - 1].end, prefer_last=True)
    named_front = front.kind == "person" and front.name is not None and book.is_recognised(front.name)
    if named_front and not (apposition_like(toks[:k]) or _possessive(toks[:k])):
        return None  # but "Fulan's father, Badu Santoso, said": the piece is the father
    ref, _ns, _ne = book.analyse(piece[0].start, piece[-1].end, prefer_last=True)
    if ref.kind != "person" or ref.name is None:
        return None
    role = body[toks[0].start : toks[k - 1].end] if apposition_like(toks[:k]) else None
    return SpeakerRef("person", ref.name, ref.role or role)


def _possessive(toks: list[Token]) -> bool:
    """``Fulan's father`` / ``the minister's aide``: a relation of someone, who is someone else."""
    return len(toks) >= 2 and toks[-2].text.endswith(("'s", "’s")) and toks[-1].text.islower()


def _after_apposition(body: str, toks: list[Token], k: int) -> Token | None:
    """The predicate after ``Name, apposition,``: ``Joanna Reyes, a 24-year-old nurse, waited``.

    The apposition must describe (an age, a role, a relative clause), not start a new clause; a
    relative clause may run longer (``Fulan, who hosts a show with more than ten million …, took``).
    """
    relative = k < len(toks) and lexicon().is_a(toks[k].text, "relative")
    reach = _MAX_RELATIVE_WORDS if relative else _MAX_APPOSITION_WORDS
    for j in range(k + 1, min(len(toks), k + reach + 1)):
        if "," in body[toks[j - 1].end : toks[j].start]:
            if not apposition_like(toks[k:j]):
                return None
            return toks[j]
    return None


def _after_aside(body: str, toks: list[Token], k: int) -> Token | None:
    """The predicate after ``Name – an aside –``."""
    for j in range(k + 1, min(len(toks), k + _MAX_APPOSITION_WORDS + 1)):
        gap = body[toks[j - 1].end : toks[j].start]
        if any(c in _DASHES for c in gap):
            return toks[j]
        if gap.strip():
            return None
    return None


def _described(book: NameBook, toks: list[Token], *, fronted: bool = False) -> SpeakerRef | None:
    """``Street vendor Mitali Das sells …``: a short description glued before a recognised name.

    After a fronted phrase's comma the description is lowercase (``Sementara itu, kapten tim
    Fulan Hidayat menyesalkan …``); at the sentence start its first word is capitalised."""
    lex = lexicon()
    body = book.body
    if not toks or not (toks[0].capitalised or (fronted and not lex.is_a(toks[0].text, "function"))):
        return None
    if _thing_named_after(toks[0]):
        return None  # "Pembicaraan antara Fulan dan Badu makin lengkap": the talk, not Fulan
    for k in range(1, min(len(toks), _MAX_DESCRIPTION_WORDS + 1)):
        tok = toks[k]
        if body[toks[k - 1].end : tok.start].strip():
            return None
        if lex.is_a(toks[k - 1].text, "function") or lex.is_verb(toks[k - 1].text):
            return None
        if not tok.capitalised:
            continue
        if book.lang == "id" and toks[0].text[0].islower() and not any(_heads_person(t) for t in toks[:k]):
            # "Di sisi belanja, program prioritas Presiden Fulan seperti …": after a fronted phrase,
            # lower-case words naming no kind of person nor a time (``sore harinya Fulan …``)
            # are a thing the name only qualifies
            return None
        name = _lead(body, toks[k:])
        if not name or k + len(name) >= len(toks):
            return None
        after: Token | None = toks[k + len(name)]
        if body[name[-1].end : toks[k + len(name)].start].strip() == ",":
            # "Television host Fulan Hidayat, who runs a show of her own, took to …"
            after = _after_apposition(body, toks, k + len(name))
        elif body[name[-1].end : toks[k + len(name)].start].strip():
            return None
        if after is None or after.capitalised or lex.is_a(after.text, "pronoun_det"):
            return None  # "Mantan Bupati Sukamaju itu": a description, not a name
        ref, _ns, _ne = book.analyse(name[0].start, name[-1].end, prefer_last=True)
        if ref.kind == "person" and ref.name is not None and book.is_recognised(ref.name):
            return ref
        return None
    return None


def _named_after_description(book: NameBook, toks: list[Token]) -> SpeakerRef | None:
    """``Warga Sukamaju bernama Fulan Hidayat mengapresiasi …``: a short description, a naming word,
    then a recognised name and its predicate (maybe after a bracket: ``bernama Fulan (45) …``)."""
    lex = lexicon()
    body = book.body
    for k, tok in enumerate(toks[: _MAX_NAMED_DESCRIPTION + 1]):
        if k > 0 and body[toks[k - 1].end : tok.start].strip():
            return None  # the description runs on without a comma or a bracket
        if not lex.is_a(tok.text, "naming"):
            if lex.is_verb(tok.text) or (k > 0 and lex.is_a(tok.text, "function")):
                return None
            continue
        if k == 0:
            return None
        name = _lead(body, toks[k + 1 :])
        end = k + 1 + len(name)
        if not name or end >= len(toks):
            return None
        gap = body[name[-1].end : toks[end].start].strip()
        if toks[end].capitalised or gap not in ("", "("):
            return None
        ref, _ns, _ne = book.analyse(name[0].start, name[-1].end, prefer_last=True)
        if ref.kind == "person" and ref.name is not None and book.is_recognised(ref.name):
            return ref
        return None
    return None


_MAX_NAMED_DESCRIPTION = 5
