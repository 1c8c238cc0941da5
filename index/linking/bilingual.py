"""English <-> Indonesian content terms, so one remark links across the two languages.

An English original and its Indonesian report share names, numbers and, through a
bilingual lexicon of common news words (``index/data/linking_bilingual.tsv``, written
for kutip), most of their content words. English terms are mapped into the Indonesian
vocabulary (the *pivot*): blocking keys are computed on pivot terms, so the two reports
meet as candidates, and :func:`cross_similarity` counts an English term as shared when
one of its translations (or the term itself: a name, a number) is among the Indonesian
terms. Offline, numpy-free, and cheap: a dictionary lookup per term.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kutip.index.analyzers import stem_en, stem_id
from kutip.index.linking.similarity import Similarity
from kutip.index.linking.variants import data_lines

__all__ = ["cross_similarity", "lexicon_size", "pivot_terms", "translations"]


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """English stem -> Indonesian stems, the first being the pivot."""
    table: dict[str, list[str]] = {}
    for line in data_lines("linking_bilingual.tsv"):
        english, _, indonesian = line.partition("\t")
        key = stem_en(english.strip().casefold())
        stems = table.setdefault(key, [])
        for written in indonesian.split(","):
            word = written.strip().casefold()
            if word and " " not in word:
                stem = stem_id(word)
                if stem not in stems:
                    stems.append(stem)
    return {k: tuple(v) for k, v in table.items() if v}


def lexicon_size() -> int:
    return len(_table())


def translations(term: str) -> tuple[str, ...]:
    """The Indonesian stems an English term may be reported as (empty when unknown)."""
    return _table().get(term, ())


def pivot_terms(terms: Sequence[str], lang: str) -> tuple[str, ...]:
    """Terms in the shared vocabulary: Indonesian as is, English through its first translation."""
    if lang != "en":
        return tuple(terms)
    table = _table()
    return tuple(table[t][0] if t in table else t for t in terms)


def cross_similarity(english: Sequence[str], indonesian: Sequence[str]) -> Similarity:
    """Containment across languages: the shorter side's share of terms the other side has."""
    en, ind = frozenset(english), frozenset(indonesian)
    if not en or not ind:
        return Similarity(0.0, 0.0, False)
    reach = {t: {t, *translations(t)} for t in en}
    reached = frozenset().union(*reach.values())
    shared_en = sum(1 for t in en if reach[t] & ind)
    shared_id = sum(1 for u in ind if u in reached)
    numbers_en = {t for t in en if t.isdigit()}
    numbers_id = {t for t in ind if t.isdigit()}
    if len(en) <= len(ind):
        return Similarity(float(shared_en), shared_en / len(en), bool(numbers_en - numbers_id))
    return Similarity(float(shared_id), shared_id / len(ind), bool(numbers_id - numbers_en))
