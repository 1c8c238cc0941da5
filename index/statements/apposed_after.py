"""The speaker after a quotation set off by commas before the verb: ``"…," Name, the diplomat who
leads X, told Reuters`` (a name, then its apposition) or ``"…," spokesperson of the Foreign
Ministry, Fulan Hidayat, told Reuters`` (an office, then its holder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicon
from .ranked import ranked_end
from .speaker_ref import SpeakerRef
from .text import Token

if TYPE_CHECKING:
    from .names import NameBook

_MAX_NAME_WORDS = 5
_MAX_APPOSITION_WORDS = 24
_MAX_OFFICE_WORDS = 12


def apposed_after(book: NameBook, toks: list[Token]) -> tuple[SpeakerRef, int] | None:
    """The speaker and the verb's end, when the words after a quotation are a name and an
    apposition, or an office opening with a role word and then its holder's name, each set off
    by a comma, and then a speech verb."""
    lex = lexicon()
    body = book.body
    reach = min(len(toks), _MAX_APPOSITION_WORDS)
    commas = [k for k in range(1, reach) if "," in body[toks[k - 1].end : toks[k].start]]
    if len(commas) < 2:
        return None
    verb = toks[commas[1]]
    if verb.text.casefold() not in lex.active and verb.text.casefold() not in lex.post:
        return None
    first = body[toks[0].start : toks[commas[0] - 1].end]
    second = body[toks[commas[0]].start : toks[commas[1] - 1].end]
    if commas[0] <= _MAX_NAME_WORDS:
        ref, _s, _e = book.analyse(toks[0].start, toks[commas[0] - 1].end)
        if ref.kind == "person":
            return SpeakerRef("person", ref.name, ref.role or second), verb.end
    if commas[0] > _MAX_OFFICE_WORDS or not lex.is_a(toks[0].text, "role"):
        return None
    if commas[1] - commas[0] > _MAX_NAME_WORDS:
        return None
    holder, _s, _e = book.analyse(toks[commas[0]].start, toks[commas[1] - 1].end)
    if holder.kind != "person":
        return None
    return SpeakerRef("person", holder.name, holder.role or first), verb.end


def holder_follows(toks: list[Token]) -> bool:
    """Whether the phrase before a comma is an office whose holder the name after it is: a
    :func:`determined_role`, or one a rank closes (``kata Kasi Humas Kapten Inf, Fulan``: only a
    person's name follows a rank)."""
    return determined_role(toks) or ranked_end(toks)


def determined_role(toks: list[Token]) -> bool:
    """An English description opening with ``the`` or a possessor (``Fulan's``) and holding a role
    word (``the party chairman``, ``Fulan's campaign chief``): before a comma and a name it is
    that person's office, as a role word or an indefinite opens one (``a spokesman, Fulan``); the
    possessor is someone else."""
    lex = lexicon()
    if len(toks) < 2:
        return False
    head = 1 if lex.is_a(toks[0].text, "anaphor_pre") else _possessor_end(toks)
    if head == 0:
        return False
    rest = toks[head:]
    if head == 1 and _capitalised_office(rest):
        return True  # "said the Minister of Fisheries, Fulan": the office by its capitals
    return bool(rest) and any(lex.is_a(t.text, "role") for t in rest) and all(t.text.islower() for t in rest)


_OFFICE_JOINERS = frozenset({"of", "the", "and", "for"})


def _capitalised_office(toks: list[Token]) -> bool:
    """An office written by its title after ``the``: a capitalised role word first, then the
    body's capitals joined by ``of``/``the``/``and``/``for`` (``Minister of Home Affairs``)."""
    lex = lexicon()
    return (
        bool(toks)
        and toks[0].capitalised
        and lex.is_a(toks[0].text, "role")
        and all(t.capitalised or t.text in _OFFICE_JOINERS for t in toks[1:])
    )


def _possessor_end(toks: list[Token]) -> int:
    """Where a possessor opening ``toks`` ends: after its word with ``'s``, all its words
    capitalised (``Badu's``, ``Fulan Badu's``: a full name owns the office too); 0 for none."""
    for k, tok in enumerate(toks):
        if not tok.text[:1].isupper():
            return 0
        if tok.text.endswith(("'s", "’s")):
            return k + 1
    return 0


def relation_of_someone(toks: list[Token]) -> bool:
    """A piece naming someone's relation (``But Fulan's running mate``, ``Badu's lawyer``): a
    possessor, then lower-case words only. It describes whoever the next piece names, as a role
    does; the possessor is someone else."""
    for k, tok in enumerate(toks[:-1]):
        if tok.text.endswith(("'s", "’s")):
            return all(t.text.islower() for t in toks[k + 1 :])
    return False
