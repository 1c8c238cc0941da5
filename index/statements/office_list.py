"""Where a speaker's office is spelt out around commas and dashes.

``said Deputy for Protocol, Press, and Media of the Secretariat Fulan Hidayat``: the cue's
phrase stops at the first comma, so without :func:`office_list_name` the speaker would be a
field of the office (``Protocol``) or nobody. ``SURABAYA, KOMPAS.com - Kapolda Sukamaju, Irjen
Fulan, mengaku``: the dateline's commas are no appositions (:func:`after_dateline`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import lexicon
from .people import known_place
from .speaker_ref import SpeakerRef
from .text import Token

if TYPE_CHECKING:
    from .names import NameBook

_DATELINE = re.compile(r"\s*(?P<line>[A-Za-z][\w.,()/'’ ]{0,60}?)\s[-—–]+\s+")
# "Jakarta: Presiden Fulan menilai …" / "NEW YORK: …": a town and a colon open the lead
_PLACE_COLON = re.compile(r"\s*(?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}):\s+(?=[A-Z])")
_MAX_OFFICE_LIST_WORDS = 16
_LIST_GLUE = frozenset({"and", "of", "for", "the", "dan", "serta", "untuk", "&"})
_RUN_GLUE = _LIST_GLUE | {"on", "at", "in", "di", "dari"}


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


def office_run(toks: list[Token]) -> bool:
    """``Chief of the Public Information Bureau of the National Police Brigadier General Fulan``:
    capitalised words and the joiners of an office's name only, so the verb after such a long run
    still has its subject right before it; English writes the office's head noun in lower case
    after its body (``Bali Ministry of Law and Human Rights head Fulan``)."""
    lex = lexicon()
    return all(t.capitalised or t.text.casefold() in _RUN_GLUE or lex.is_a(t.text, "role") for t in toks)


def after_dateline(body: str, floor: int, end: int) -> int:
    """Where the subject may start: after the dateline opening the paragraph (``SURABAYA,
    KOMPAS.com - Kapolda Sukamaju, Irjen Fulan, mengaku``, or a known town and a colon:
    ``Jakarta: Presiden Fulan menilai``), which names a town and an outlet, never the speaker;
    ``floor`` itself when none stands there."""
    if floor and body[floor - 1] != "\n":
        return floor
    colon = _PLACE_COLON.match(body, floor, end)
    if colon is not None and known_place(colon.group("place")):
        return colon.end()
    m = _DATELINE.match(body, floor, end)
    if m is None:
        return floor
    line = m.group("line")
    caps = re.search(r"\b[A-Z]{3,}\b", line) is not None
    domain = re.search(r"\w\.(?:com|co|id|net)\b", line, re.IGNORECASE) is not None
    return m.end() if caps or domain or _town_and_outlet(line) or known_place(line.strip()) else floor


def _town_and_outlet(line: str) -> bool:
    """``Jakarta, IO``: a known town, a comma, then a short outlet name in capitals (two letters
    are enough after the town)."""
    town, _, rest = line.partition(",")
    return bool(_SHORT_OUTLET.fullmatch(rest.strip())) and known_place(town.strip())


_SHORT_OUTLET = re.compile(r"[A-Z]{2}[A-Za-z.]{0,12}")


def ballot_number(lead: list[Token], tok: Token) -> bool:
    """Whether ``tok`` goes on a candidate's ballot number after an office (``Calon presiden
    nomor urut 02 Fulan Hidayat``): a numbering word after the office or another numbering word,
    or a short number after one; the lead then goes on to the name."""
    if not lead:
        return False
    lex = lexicon()
    prev = lead[-1].text
    if lex.is_a(tok.text, "numbering"):
        return lex.is_a(prev, "role") or lex.is_a(prev, "numbering")
    return tok.text.isdigit() and len(tok.text) <= 2 and lex.is_a(prev, "numbering")
