"""A pronoun cue before anyone was put forward: ``"…," katanya`` right after a lead or a headline
whose subject the grammar could not read (``Ketua Bidang X dan Y DPP Z Fulan Hidayat kecewa …``,
``Serikat Buruh Fulan Bakal Gugat …``). The pronoun can only mean someone the text has named, and
when it has named exactly one person so far, it is them; two or more, or none, stay unknown."""

from __future__ import annotations

from .found import Found
from .lexicon import lexicon
from .memory import SpeakerMemory
from .names import NameBook


def sole_person_before(book: NameBook, f: Found, memory: SpeakerMemory) -> str | None:
    """The one person named before ``f`` when its pronoun or description cue (``ujar pria itu``)
    has no one to point at, else None."""
    if f.ref.kind not in ("pronoun", "anaphor") or memory.spoken or memory.people or memory.focus is not None:
        return None
    return person_before_found(book, f)


def person_before_found(book: NameBook, f: Found) -> str | None:
    """:func:`only_person_before` the statement ``f`` and its cue."""
    return only_person_before(book, min(f.start, f.cue[0]) if f.cue else f.start)


def only_person_before(book: NameBook, at: int) -> str | None:
    """The one person the body names before ``at``, read as fully as it names them, else None."""
    # a name alone on its line (a byline left in the body) puts no one forward
    mentions = [m for m in book.person_mentions(0, at) if not alone_on_line(book.body, m[0], m[1])]
    if len({name for _s, _e, name in mentions}) != 1:
        return None
    # read as the grammar reads a subject, so the name is as full as the body makes it ("Iqbal" in
    # a headline, "Said Iqbal" below)
    ref, _ns, _ne = book.analyse(mentions[-1][0], mentions[-1][1], prefer_last=True)
    name = ref.name if ref.kind == "person" and ref.name else mentions[-1][2]
    return name if book.is_person(name) else None


def alone_on_line(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` is the whole of its line (a byline or credit line)."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    return not body[line_start:start].strip() and not body[end:line_end].strip(" \t\u00a0.,")


def pronoun_cue(cue: str | None) -> bool:
    """Whether a cue points back through a pronoun (``tambahnya``, ``kata dia``, ``he said``)."""
    lex = lexicon()
    words = [w.casefold() for w in (cue or "").replace(",", " ").split()]
    return bool(words) and any(w in lex.clitic or lex.is_a(w, "personal") for w in words)
