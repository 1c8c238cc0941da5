"""Spelling variants news writers swap freely, mapped to one form before comparison.

Two outlets reporting one remark often differ only in register (``tak``/``tidak``,
``nggak``/``enggak``), transcription (``utk``/``untuk``, ``nulis``/``tulis``), spoken
fillers one outlet keeps and another drops (``ya``, ``sih``) or abbreviation
(``Kab.``/``Kabupaten``); folding them keeps such pairs from looking different. The
table is language data, in ``index/data/linking_variants.tsv``: keys are case-folded
single words, values zero or more words (zero: a filler, dropped).
"""

from __future__ import annotations

from functools import cache

from kutip.index.language.wordlists import lines

__all__ = ["VARIANTS", "variants"]


@cache
def variants() -> dict[str, str]:
    """variant -> its common form (possibly several words, or empty for a filler)."""
    table: dict[str, str] = {}
    for line in lines("linking_variants.tsv"):
        key, _, value = line.partition("\t")
        table[key.strip().casefold()] = " ".join(value.split())
    return table


VARIANTS: dict[str, str] = variants()
