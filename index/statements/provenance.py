"""Which agency or outlet a statement was taken from (``dilansir AP``, ``told Reuters``)."""

from __future__ import annotations

import re

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
