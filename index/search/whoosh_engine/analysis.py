"""Whoosh analysers for Indonesian and English text: folding, stopwords, stemming.

Whoosh pickles analysers into the index's schema; the stemmers they call live in
:mod:`kutip.index.search.stemming` as plain module-level functions for that reason.
"""

from __future__ import annotations

from functools import cache

from whoosh.analysis import Analyzer, StemFilter, StopFilter

from kutip.index.search.stemming import stem_en, stem_id
from kutip.index.search.whoosh_engine.toolkit import folding
from kutip.index.stopwords import stopwords


@cache
def language_analyzer(lang: str) -> Analyzer:
    """Folding, the language's stopwords and its stemmer."""
    stem = stem_id if lang == "id" else stem_en
    stops = StopFilter(stoplist=stopwords(lang), minsize=1)
    return folding() | stops | StemFilter(stemfn=stem, cachesize=100_000)


def neutral_analyzer() -> Analyzer:
    """Folding only, for fields whose language is unknown or mixed (titles, outlets)."""
    return folding()
