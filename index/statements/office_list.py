"""An office spelt out with commas before its holder's name: ``said Deputy for Protocol,
Press, and Media of the Secretariat Fulan Hidayat``. The cue's phrase stops at the first
comma, so without this the speaker would be a field of the office (``Protocol``) or nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .speaker_ref import SpeakerRef
from .text import Token

if TYPE_CHECKING:
    from .names import NameBook

_MAX_OFFICE_LIST_WORDS = 16
_LIST_GLUE = frozenset({"and", "of", "for", "the", "dan", "serta", "untuk", "&"})


def office_list_name(book: NameBook, toks: list[Token], i: int, j: int) -> tuple[SpeakerRef, int] | None:
    """``said Deputy for Protocol, Press, and Media of the Secretariat Fulan Hidayat``: an office
    whose fields are listed with commas, then the name that closes it; only capitalised words
    and joiners stand between, and the name must be a recognised person's."""
    body = book.body
    k = j
    while k < len(toks) and k - i < _MAX_OFFICE_LIST_WORDS:
        tok = toks[k]
        if not (tok.capitalised or tok.text.casefold() in _LIST_GLUE):
            break
        if not all(c in " ,\u00a0" for c in body[toks[k - 1].end : tok.start]):
            break
        k += 1
    if k == j or toks[k - 1].text.casefold() in _LIST_GLUE:
        return None
    end = toks[k - 1].end
    persons = [p for p in book.person_mentions(toks[j].start, end) if book.is_person(p[2])]
    if not persons or persons[-1][1] != end:
        return None
    ms, _me, name = persons[-1]
    role = body[toks[i].start : ms].rstrip(" ,\u00a0")
    return SpeakerRef("person", name, role or None), end
