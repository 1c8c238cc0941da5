"""Plain-text and Markdown citations: for notes, chat and documents rather than a reference list.

They name the source the way a reader says it (``Sari Handayani, “Title”, Outlet,
12 November 2024``) with dates in the article's own language. An article known
only as a local file is labelled ``file:`` so the path is never mistaken for a
link.
"""

from __future__ import annotations

import re

from kutip.index.citations.common import attributed_quote, clean, inner_quotes, quote_body
from kutip.index.citations.source import CitationSource

__all__ = ["markdown", "markdown_escape", "plain"]

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start markup.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>~#|])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])", re.M)
_ENTITY = re.compile(r"&(?=#?\w+;)")
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"}


def _names(source: CitationSource) -> str:
    return ", ".join(n.natural for n in source.names)


_EVENT_LABEL = {"id": "tanggal peristiwa"}


def _when(source: CitationSource) -> str:
    """The date in the article's language; ``n.d.`` when unknown, labelled when it is the event's."""
    issued = source.issued
    if not issued:
        return "n.d."
    text = issued.readable(source.lang)
    return f"{text} ({_EVENT_LABEL.get(source.lang, 'event date')})" if source.date_is_event else text


# Stands in the outlet's place where the article names none, in the article's language.
_UNNAMED_OUTLET = {"id": "[media tidak disebutkan]"}


def _unnamed(source: CitationSource) -> str:
    return _UNNAMED_OUTLET.get(source.lang, "[outlet not named]") if source.outlet_unnamed else ""


def plain(source: CitationSource) -> str:
    title = f"“{inner_quotes(source.title)}”" if source.title else ""
    parts = [_names(source), title, source.outlet or _unnamed(source), _when(source)]
    if source.web_url:
        parts.append(source.web_url)
    line = ", ".join(p for p in parts if p)
    if source.file_pointer:
        line += f" (file: {clean(source.file_pointer)})"
    if source.quote:
        return f"{attributed_quote(source.quote)}\n{line}"
    return line


def markdown_escape(text: str) -> str:
    """Text that renders as itself in Markdown: no emphasis, links, HTML or list markers."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text))
    text = _ENTITY.sub(r"\\&", text)
    return _LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", text)


def _code(text: str) -> str:
    """A code span that survives backticks in ``text``."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _link(label: str, url: str) -> str:
    safe = "".join(_URL_UNSAFE.get(c, c) for c in url)
    return f"[{label}]({safe})"


def markdown(source: CitationSource) -> str:
    title = markdown_escape(source.title or "Untitled")
    title = _link(title, source.web_url) if source.web_url else f"“{title}”"
    outlet = f"*{markdown_escape(source.outlet)}*" if source.outlet else markdown_escape(_unnamed(source))
    parts = [markdown_escape(_names(source)), title, outlet, _when(source)]
    line = ", ".join(p for p in parts if p)
    if source.file_pointer:
        line += f" (file: {_code(clean(source.file_pointer))})"
    quote = source.quote
    if not quote:
        return line
    who = [markdown_escape(x) for x in (quote.speaker, quote.role) if clean(x)]
    attribution = ", ".join(who)
    if not quote.direct:
        attribution = f"{attribution} (reported speech)".strip()
    attribution = "; ".join(p for p in (attribution, line) if p)
    return f"> {markdown_escape(quote_body(quote))}\n>\n> — {attribution}"
