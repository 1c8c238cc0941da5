"""BibTeX and CSL-JSON: citations for reference managers (Zotero, JabRef, LaTeX, Pandoc).

Keys are built from the content (first author or outlet, year, first title word),
folded to ASCII, so the same article gets the same key in every export.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from kutip.index.citations.common import clean, quote_body
from kutip.index.citations.dates import BIBTEX_MONTHS
from kutip.index.citations.names import PersonName
from kutip.index.citations.source import CitationSource

__all__ = ["bibtex_entry", "bibtex_key", "csl_item", "unique_keys"]

_KEY_STOPWORDS = {"a", "an", "the", "and", "for", "with", "yang", "dan", "dari", "untuk", "pada", "ini"}
_BIBTEX_LANGIDS = {"id": "indonesian", "en": "english"}
# BibTeX counts braces even when escaped, so literal braces become commands, not ``\{``.
_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _key_owner(source: CitationSource) -> str:
    """Who the key names: the first author, else the outlet, the web site, or the archived file."""
    names = source.names
    if names:
        return _ascii(names[0].family or names[0].literal.split()[0])
    for text in (source.outlet, source.site.split(".")[0]):
        words = [_ascii(w) for w in re.split(r"[\s._-]+", text)]
        found = next((w for w in words if w and w not in _KEY_STOPWORDS), "")
        if found:
            return found
    return _ascii(PurePath(source.path.split("#")[0]).stem) or "untitled"  # the archived file's name


def bibtex_key(source: CitationSource) -> str:
    """``handayani2024banjir``, ``kompas2024banjir``: stable, ASCII, readable, and traceable
    (first author, else outlet, site or file; year or ``nd``; first title word)."""
    issued = source.issued
    year = str(issued.year) if issued else "nd"
    words = [_ascii(w) for w in source.title.split()]
    word = next((w for w in words if len(w) >= 3 and w not in _KEY_STOPWORDS), "")
    return f"{_key_owner(source)}{year}{word}"


# Says why a citation's date is the event's: only a date of the reported event was stated.
EVENT_NOTE = "Date of the reported event; the article states no publication date"
# Says that no date is missing by oversight: the article states none.
UNDATED_NOTE = "n.d.: the article states no date"


# Says that no outlet is missing by oversight: the article names none and has no web address.
UNNAMED_OUTLET_NOTE = "the article names no outlet"


def _date_note(source: CitationSource) -> str:
    if source.date_is_event:
        return EVENT_NOTE
    return "" if source.issued else UNDATED_NOTE


def _note(source: CitationSource) -> str:
    """What a reader of the entry should know is absent from the article itself, not from kutip."""
    outlet = "" if source.outlet or source.web_url else UNNAMED_OUTLET_NOTE
    return "; ".join(note for note in (_date_note(source), outlet) if note)


def _file_field(path: str) -> str:
    return path.replace("{", "%7B").replace("}", "%7D")


def unique_keys(keys: Iterable[str]) -> list[str]:
    """Repeated keys get suffixes ``b``, ``c``… in order, as BibTeX convention has it."""
    taken: set[str] = set()
    result = []
    for key in keys:
        candidate, repeat = key, 0
        while candidate in taken:
            repeat += 1
            candidate = f"{key}{chr(ord('a') + repeat)}" if repeat < 26 else f"{key}{repeat + 1}"
        taken.add(candidate)
        result.append(candidate)
    return result


def tex_escape(text: str) -> str:
    return "".join(_TEX_SPECIAL.get(c, c) for c in clean(text))


def _bibtex_name(source: CitationSource) -> str:
    names = []
    for name in source.names:
        if name.is_split:
            names.append(f"{tex_escape(name.family)}, {tex_escape(name.given)}")
        else:
            names.append(f"{{{tex_escape(name.literal)}}}")  # braced: one unit, never split or abbreviated
    return " and ".join(names)


def bibtex_entry(source: CitationSource, key: str | None = None) -> str:
    """One entry: ``@article`` in a newspaper, ``@online`` for an outlet-less web page, else ``@misc``."""
    url = source.web_url.replace("{", "%7B").replace("}", "%7D")
    kind = "article" if source.outlet else ("online" if url else "misc")
    fields: list[tuple[str, str]] = []
    if source.names:
        fields.append(("author", f"{{{_bibtex_name(source)}}}"))
    if source.title:
        fields.append(("title", f"{{{{{tex_escape(source.title)}}}}}"))  # double braces keep its capitals
    if source.outlet:
        fields.append(("journal", f"{{{tex_escape(source.outlet)}}}"))
    issued = source.issued
    if issued:
        fields.append(("year", f"{{{issued.year}}}"))
        if issued.month:
            fields.append(("month", BIBTEX_MONTHS[issued.month - 1]))  # the styles' own month macros
        if issued.day:
            fields.append(("day", f"{{{issued.day}}}"))
    if url:
        fields.append(("url", f"{{{url}}}"))
        fields.append(("urldate", f"{{{source.accessed.isoformat()}}}"))
    elif source.file_pointer:
        fields.append(("file", f"{{{_file_field(clean(source.file_pointer))}}}"))
    if _note(source):
        fields.append(("note", f"{{{_note(source)}}}"))
    if source.lang in _BIBTEX_LANGIDS:
        fields.append(("langid", f"{{{_BIBTEX_LANGIDS[source.lang]}}}"))
    if source.quote:
        quote = source.quote
        who = ", ".join(x for x in (clean(quote.speaker), clean(quote.role)) if x)
        words = quote_body(quote) if quote.direct else f"(reported speech) {quote_body(quote)}"
        note = f"“{words}”" if quote.direct else words
        fields.append(("annote", f"{{{tex_escape(f'{note} — {who}' if who else note)}}}"))
    width = max(len(name) for name, _ in fields) if fields else 0
    body = "".join(f"  {name:<{width}} = {value},\n" for name, value in fields)
    return f"@{kind}{{{key or bibtex_key(source)},\n{body}}}"


def csl_item(source: CitationSource, item_id: str | None = None) -> dict[str, Any]:
    """One CSL-JSON item; a quote goes in ``custom``, which styles ignore and tools can read."""
    item: dict[str, Any] = {
        "id": item_id or bibtex_key(source),
        "type": "article-newspaper" if source.outlet else ("webpage" if source.web_url else "article"),
    }
    if source.title:
        item["title"] = clean(source.title)
    if source.outlet:
        item["container-title"] = clean(source.outlet)
    if source.names:
        item["author"] = [_csl_name(n) for n in source.names]
    issued = source.issued
    if issued:
        item["issued"] = {"date-parts": [issued.parts]}
    if source.web_url:
        item["URL"] = source.web_url
        accessed = source.accessed
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    elif source.file_pointer:
        item["source"] = f"Archived file: {clean(source.file_pointer)}"
    if _note(source):
        item["note"] = _note(source)
    if source.lang:
        item["language"] = source.lang
    if source.quote:
        quote = source.quote
        item["custom"] = {
            "quote": quote_body(quote),
            "speaker": clean(quote.speaker),
            "role": clean(quote.role),
            "kind": "direct" if quote.direct else "indirect",
        }
    return item


def _csl_name(name: PersonName) -> dict[str, str]:
    """A mononym or patronymic stays one ``literal``, so no style inverts or abbreviates it."""
    return {"family": name.family, "given": name.given} if name.is_split else {"literal": name.literal}


_NUMBER_ARRAY = re.compile(r"\[\s+([-\d,\s]+?)\s+\]")
_ARRAY_OF_ONE_ARRAY = re.compile(r"\[\s+(\[[^\[\]\n]*\])\s+\]")


def csl_json(items: list[dict[str, Any]]) -> str:
    """Indented JSON with ``date-parts`` kept on one line, so a file stays readable."""
    text = json.dumps(items, ensure_ascii=False, indent=2)
    text = _NUMBER_ARRAY.sub(lambda m: "[" + ", ".join(m.group(1).replace(",", " ").split()) + "]", text)
    return _ARRAY_OF_ONE_ARRAY.sub(r"[\1]", text)
