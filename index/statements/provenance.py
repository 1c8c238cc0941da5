"""Which agency or outlet a statement was taken from (``dilansir AP``, ``told Reuters``)."""

from __future__ import annotations

import re

from ..entities import lookup
from ..models import EntityType
from .lexicon import lexicon

_AGENCY = r"(?P<agency>(?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|&))*)"
_LEAD = r"(?:(?:kantor\s+berita|media|situs|laman|harian|surat\s+kabar|the|news\s+agency)\s+)?"
_CUE = (
    r"(?:seperti\s+)?(?:dilansir(?:\s+dari)?|dikutip(?:\s+dari)?|mengutip|melansir|dilaporkan(?:\s+oleh)?"
    r"|lapor|told|kepada|reported\s+by|quoted\s+by|cited\s+by)"
)
_MEDIUM = r"(?:kolom|artikel|tulisan|opini|wawancara|blog|column|article|op-ed|interview)"
_VIA = re.compile(rf"\b(?:{_CUE}|{_MEDIUM}\s+(?:di|dengan|kepada|untuk|with|in|for|to))\s+{_LEAD}{_AGENCY}")
_SOURCE_LEAD = re.compile(
    rf"^(?:Mengutip|Melansir|Dilansir(?:\s+dari)?|Dikutip\s+dari|Seperti\s+dilansir|Citing|According\s+to"
    rf"|Dalam\s+laporan)\s+{_LEAD}{_AGENCY}"
)


def _clean(agency: str) -> str | None:
    lex = lexicon()
    words = agency.split()
    keep: list[str] = []
    for w in words:
        bare = w.strip(".,'’")
        if lex.is_a(bare, "time") or lex.is_a(bare, "pronoun"):
            break
        keep.append(bare if w.endswith(("'", "’")) else w.rstrip(","))
    while keep and keep[-1].casefold() in {"of", "for", "and", "&"}:
        keep.pop()
    text = " ".join(keep).rstrip(".")
    return text or None


def via_in(body: str, start: int, end: int) -> str | None:
    """The first provenance phrase in ``body[start:end]``."""
    for m in _VIA.finditer(body, start, end):
        agency = _clean(m.group("agency"))
        if agency:
            return agency
    return None


def source_lead(body: str, start: int, end: int) -> str | None:
    """A sentence opening ``Mengutip X,`` that credits what follows to X."""
    m = _SOURCE_LEAD.match(body[start:end])
    return _clean(m.group("agency")) if m else None


_WIRE_DATELINE = re.compile(r"^[A-Z][\w .,'’-]{0,60}?\((?P<agency>[A-Z][\w .&'’-]{0,40})\)\s*[-—–]")
_OUTLET_DATELINE = re.compile(r"^(?P<a>[^,\n()]{2,40}),\s*(?P<b>[^,\n()]{2,40}?)\s+[-—–]\s")
_DATELINE_LINES = 3


def house_outlet(body: str) -> str | None:
    """The outlet a body says it comes from in its dateline: ``GENEVA (AFP) —``, ``Surabaya, Warta Kota - ``.

    A statement given to the outlet itself (``told AFP`` in an AFP story) was not taken from anyone.
    """
    lines = [line.strip() for line in body.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        wire = _WIRE_DATELINE.match(line)
        if wire:
            return wire.group("agency").strip()
        named = _OUTLET_DATELINE.match(line)
        if named:
            a, b = named.group("a").strip(), named.group("b").strip()
            a_place, b_place = _is_place(a), _is_place(b)
            if a_place != b_place:
                return b if a_place else a
    return None


def _is_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.type is EntityType.PLACE


def same_outlet(a: str, b: str) -> bool:
    """``AFP`` and ``Agence France-Presse``, ``The Straits Ledger`` and ``Straits Ledger``."""

    def key(name: str) -> str:
        entry = lookup(name)
        if entry is not None:
            return entry.name_en.casefold()
        words = name.replace("*", " ").split()
        if words and words[0].casefold() == "the":
            words = words[1:]
        return " ".join(words).casefold()

    return key(a) == key(b)
