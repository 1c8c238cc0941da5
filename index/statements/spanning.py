"""A quotation set over several lines: its opening mark on one line, its closing mark and cue a
few lines on, no mark at the start of the lines between, and every line before the last stopping
inside its sentence (``"Bis sudah tua, sasis 2006`` / ``Surat mati`` / ``…," katanya.``). Read
line by line, it was two quotations or more, the first without its cue and the last without its
opening; the lines make one paragraph here instead. Lines that end their sentences stay apart:
readers count those as paragraphs of one quotation or as quotations of their own, either way.

A quotation continued over paragraphs in the usual way opens each paragraph with a mark of its
own, and those paragraphs stay apart.
"""

from __future__ import annotations

from .marks import DOUBLE, quotations
from .text import paragraphs

_MAX_LINES = 6  # lines a quotation may run over: a post or a short statement set line by line
_MAX_CHARS = 1200
_CLOSES = frozenset(",.!?")
_ENDS = frozenset(".!?…:;")  # a line ending a sentence may be a paragraph, as readers count them


def quote_paragraphs(body: str) -> list[tuple[int, int]]:
    """:func:`.text.paragraphs`, with the lines of one quotation set over several joined."""
    paras = paragraphs(body)
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(paras):
        j = _closing_line(body, paras, k)
        out.append((paras[k][0], paras[j][1]))
        k = j + 1
    return out


def _closing_line(body: str, paras: list[tuple[int, int]], k: int) -> int:
    """The line whose first mark closes the quotation line ``k`` leaves open, else ``k``."""
    start, end = paras[k]
    if body[end - 1] in _ENDS:
        return k
    found = quotations(body, start, end)
    if not found or found[-1].close is not None or body[found[-1].open] not in DOUBLE:
        return k
    for j in range(k + 1, min(len(paras), k + 1 + _MAX_LINES)):
        s, e = paras[j]
        if e - start > _MAX_CHARS:
            return k
        at = next((i for i in range(s, e) if body[i] in DOUBLE), None)
        if at is None:
            if body[e - 1] in _ENDS:
                return k
            continue  # a line of the quotation, no mark of its own
        # '…," katanya': the first mark closes a clause and a lower-case cue follows
        closes = at > s and body[at - 1] in _CLOSES and body[at + 1 : at + 2] == " "
        return j if closes and body[at + 2 : at + 3].islower() else k
    return k
