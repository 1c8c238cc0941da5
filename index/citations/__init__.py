"""Citations of articles and statements in seven formats, from hand-written templates.

No citeproc: the seven formats are fixed and small, and templates let each one
follow its manual's rules for news articles with missing parts (see
:mod:`~kutip.index.citations.manuals` and :mod:`~kutip.index.citations.names`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from kutip.index.citations.common import Emphasis
from kutip.index.citations.data import bibtex_entry, bibtex_key, csl_item, csl_json, unique_keys
from kutip.index.citations.manuals import apa, apa_reference, chicago, chicago_bibliography, mla, mla_entry
from kutip.index.citations.names import PersonName, parse_name
from kutip.index.citations.prose import markdown, plain
from kutip.index.citations.source import CitationSource, Quote, source_from_article
from kutip.index.models import Article, ArticleSummary, Statement

__all__ = [
    "STYLES",
    "CitationSource",
    "PersonName",
    "Quote",
    "cite",
    "cite_article",
    "cite_statement",
    "export",
    "parse_name",
    "source_from_article",
]

STYLES: tuple[str, ...] = ("plain", "markdown", "apa", "mla", "chicago", "bibtex", "csl-json")
"""Style names in the order pickers offer them (their labels are the reader's wording, in kutip.tui)."""


_Template = Callable[[CitationSource, Emphasis], str]
_TEMPLATES: dict[str, _Template] = {
    "plain": lambda s, em: plain(s),
    "markdown": lambda s, em: markdown(s),
    "apa": apa,
    "mla": mla,
    "chicago": chicago,
    "bibtex": lambda s, em: bibtex_entry(s),
    "csl-json": lambda s, em: csl_json([csl_item(s)]),
}
# A reference list holds works, not quotes: these are the entries ``export`` sorts and joins.
_LIST_ENTRIES: dict[str, _Template] = {
    "apa": apa_reference,
    "mla": mla_entry,
    "chicago": chicago_bibliography,
}


def _check(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose one of: {', '.join(STYLES)}")


def cite(source: CitationSource, style: str, *, italics: bool = False) -> str:
    """The citation in ``style``; ``italics`` marks italic parts with Markdown ``*…*``.

    CSL-JSON is always an array (a one-item file that reference managers import as is).
    """
    _check(style)
    return _TEMPLATES[style](source, Emphasis(italics))


def cite_article(
    article: Article | ArticleSummary, style: str, accessed: date | None = None, *, italics: bool = False
) -> str:
    return cite(source_from_article(article, accessed=accessed), style, italics=italics)


def cite_statement(
    article: Article | ArticleSummary,
    statement: Statement,
    style: str,
    accessed: date | None = None,
    *,
    italics: bool = False,
) -> str:
    return cite(source_from_article(article, statement, accessed), style, italics=italics)


def _sort_key(source: CitationSource) -> tuple[str, str, str]:
    names = source.names
    first = names[0].sort_key if names else source.title.casefold()
    return first, source.date, source.title.casefold()


def export(sources: Iterable[CitationSource], style: str, *, italics: bool = False) -> str:
    """Many citations as one file: a ``.bib``, a CSL-JSON array, or a sorted reference list.

    Identical sources are written once; BibTeX keys and CSL ids that collide get
    ``b``, ``c``… suffixes in input order. Plain and Markdown keep the input order.
    """
    _check(style)
    unique = list(dict.fromkeys(sources))
    em = Emphasis(italics)
    if style in ("bibtex", "csl-json"):
        keys = unique_keys(bibtex_key(s) for s in unique)
        if style == "bibtex":
            return "\n\n".join(bibtex_entry(s, k) for s, k in zip(unique, keys, strict=True)) + "\n"
        return csl_json([csl_item(s, k) for s, k in zip(unique, keys, strict=True)]) + "\n"
    if style in _LIST_ENTRIES:
        works = list(dict.fromkeys(_without_quote(s) for s in unique))
        entries = sorted(works, key=_sort_key)
        return "\n\n".join(_LIST_ENTRIES[style](s, em) for s in entries) + "\n"
    return "\n\n".join(cite(s, style, italics=italics) for s in unique) + "\n"


def _without_quote(source: CitationSource) -> CitationSource:
    from dataclasses import replace

    return replace(source, quote=None) if source.quote else source
