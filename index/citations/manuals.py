"""APA 7, MLA 9 and Chicago (notes and bibliography) for news articles, by hand.

Each function follows its manual's news-article pattern and the manual's rule
for what is missing: no author moves the title to the front (Chicago's
bibliography puts the outlet there instead), no date is ``n.d.`` (MLA simply
omits it and adds the access date), and a local file is never cited as a URL.
Titles keep the capitalisation the outlet used: recasing them would mangle
Indonesian proper nouns, which no rule can tell from common words.

A statement is given first as an attributed quote with the style's in-text
citation (MLA's ``qtd. in`` for words spoken to the reporter), then the entry.
"""

from __future__ import annotations

from kutip.index.citations.common import (
    Emphasis,
    attributed_quote,
    family_or_literal,
    period,
    period_after,
    quoted,
    short_title,
)
from kutip.index.citations.dates import PartialDate
from kutip.index.citations.names import PersonName
from kutip.index.citations.source import CitationSource

__all__ = [
    "apa",
    "apa_in_text",
    "apa_reference",
    "chicago",
    "chicago_bibliography",
    "mla",
    "mla_entry",
]

UNTITLED = "[Untitled article]"
# Stands in the outlet's place where the article names none (APA 9.21's bracketed description).
UNNAMED_OUTLET = "[Outlet not named]"
# Marks a date that is the reported event's, cited for want of a publication date.
EVENT_MARK = "[event date]"
APA_MAX_LISTED = 20  # APA 9.8: up to 20 authors, then the first 19, an ellipsis and the last
CHICAGO_NOTE_MAX = 3  # CMOS 14.76: four or more authors → first author et al.
CHICAGO_BIB_MAX = 10  # CMOS 14.76: more than ten → first seven et al.
CHICAGO_BIB_SHOWN = 7


def _title(source: CitationSource) -> str:
    return source.title or UNTITLED


def _unnamed(source: CitationSource) -> str:
    return UNNAMED_OUTLET if source.outlet_unnamed else ""


def _marked(source: CitationSource, text: str) -> str:
    return f"{text} {EVENT_MARK}" if source.date_is_event else text


def _file(source: CitationSource) -> str:
    """The pointer to the archived file, for an article without a web address."""
    return f"Archived file: {source.file_pointer}." if source.file_pointer else ""


def _and_list(items: list[str], conjunction: str, serial_comma: bool = True) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    comma = "," if serial_comma else ""
    return f"{', '.join(items[:-1])}{comma} {conjunction} {items[-1]}"


# -- APA 7 (Publication Manual 7th ed., 9.8-9.12, 10.1 ex. 16 newspaper article; 10.16 webpage on a news site)
def _apa_name(name: PersonName) -> str:
    return f"{name.family}, {name.initials()}" if name.is_split else name.literal


def _apa_authors(names: list[PersonName]) -> str:
    listed = [_apa_name(n) for n in names]
    if len(listed) > APA_MAX_LISTED:
        text = f"{', '.join(listed[: APA_MAX_LISTED - 1])}, . . . {listed[-1]}"
    elif len(listed) == 1:
        text = listed[0]
    else:
        text = f"{', '.join(listed[:-1])}, & {listed[-1]}"
    return period(text)


def _apa_year(source: CitationSource) -> str:
    issued = source.issued
    return str(issued.year) if issued else "n.d."


def apa_reference(source: CitationSource, em: Emphasis) -> str:
    """The reference-list entry."""
    issued = source.issued
    when = f"({_marked(source, issued.apa())})." if issued else "(n.d.)."
    webpage = source.is_news_website or not source.outlet
    title = period_after(_title(source), em(_title(source)) if webpage else _title(source))
    site = f"{UNNAMED_OUTLET}." if source.outlet_unnamed else ""
    if source.outlet:
        site = period_after(source.outlet, source.outlet if webpage else em(source.outlet))
    names = source.names
    parts = [_apa_authors(names), when, title] if names else [title, when]
    parts += [site, source.web_url, _file(source)]
    return " ".join(p for p in parts if p)


def apa_in_text(source: CitationSource, em: Emphasis) -> tuple[str, str]:
    """(parenthetical, narrative) citations: ``(Handayani, 2024)`` and ``Handayani (2024)``."""
    year = _apa_year(source)
    names = [family_or_literal(n) for n in source.names]
    if not names:
        short = short_title(_title(source), source.lang)
        if source.is_news_website or not source.outlet:
            return f"({em(short)}, {year})", f"{em(short)} ({year})"
        return f"({quoted(short, ',')} {year})", f"{quoted(short)} ({year})"
    if len(names) == 1:
        first, narrative_first = names[0], names[0]
    elif len(names) == 2:
        first, narrative_first = f"{names[0]} & {names[1]}", f"{names[0]} and {names[1]}"
    else:
        first = narrative_first = f"{names[0]} et al."
    return f"({first}, {year})", f"{narrative_first} ({year})"


def apa(source: CitationSource, em: Emphasis) -> str:
    reference = apa_reference(source, em)
    parenthetical, narrative = apa_in_text(source, em)
    if source.quote:
        return f"{attributed_quote(source.quote)} {parenthetical}.\n\n{reference}"
    return f"{reference}\n\nIn-text: {parenthetical}; narrative: {narrative}"


# -- MLA 9 (MLA Handbook 9th ed., 5.1-5.110 core elements; 6.20 "qtd. in" for indirect sources)
def _mla_authors(names: list[PersonName]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        text = names[0].inverted
    elif len(names) == 2:
        text = f"{names[0].inverted}, and {names[1].natural}"
    else:
        text = f"{names[0].inverted}, et al"
    return period(text)


def _mla_url(url: str) -> str:
    """MLA 9 recommends dropping ``http://``/``https://`` from a URL."""
    for scheme in ("https://", "http://"):
        if url.lower().startswith(scheme):
            return url[len(scheme) :]
    return url


def mla_entry(source: CitationSource, em: Emphasis) -> str:
    """The works-cited entry."""
    title = quoted(_title(source), ".") if source.outlet else period_after(_title(source), em(_title(source)))
    issued = source.issued
    when = _marked(source, issued.mla()) if issued else "n.d."
    container = [em(source.outlet) or _unnamed(source), when, _mla_url(source.web_url)]
    tail = ", ".join(p for p in container if p)
    parts = [_mla_authors(source.names), title, period(tail) if tail else ""]
    if not issued and source.web_url:
        parts.append(f"Accessed {PartialDate.of(source.accessed).mla()}.")
    parts.append(_file(source))
    return " ".join(p for p in parts if p)


def _mla_in_text_name(source: CitationSource, em: Emphasis) -> str:
    names = source.names
    if not names:
        short = short_title(_title(source), source.lang)
        return quoted(short) if source.outlet else em(short)
    if len(names) == 1:
        return family_or_literal(names[0])
    if len(names) == 2:
        return f"{family_or_literal(names[0])} and {family_or_literal(names[1])}"
    return f"{family_or_literal(names[0])} et al."


def mla(source: CitationSource, em: Emphasis) -> str:
    entry = mla_entry(source, em)
    who = _mla_in_text_name(source, em)
    if source.quote:
        return f"{attributed_quote(source.quote)} (qtd. in {who}).\n\n{entry}"
    return f"{entry}\n\nIn-text: ({who})"


# -- Chicago notes and bibliography (CMOS 17th ed., 14.191 news, 14.207 unsigned, 14.233 access dates)
def _chicago_outlet(outlet: str) -> str:
    """CMOS 14.191: an initial *The* is dropped from a newspaper's name."""
    return outlet[4:] if outlet.startswith("The ") and len(outlet) > 4 else outlet


def _chicago_note_names(names: list[PersonName]) -> str:
    natural = [n.natural for n in names]
    if len(natural) > CHICAGO_NOTE_MAX:
        return f"{natural[0]} et al."
    return _and_list(natural, "and")


def _chicago_bib_names(names: list[PersonName]) -> str:
    if len(names) > CHICAGO_BIB_MAX:
        shown = [names[0].inverted, *(n.natural for n in names[1:CHICAGO_BIB_SHOWN])]
        return period(f"{', '.join(shown)}, et al")
    listed = [names[0].inverted, *(n.natural for n in names[1:])]
    if len(listed) == 2:
        return period(f"{listed[0]}, and {listed[1]}")
    return period(_and_list(listed, "and"))


def _chicago_when(source: CitationSource, note: bool) -> list[str]:
    issued = source.issued
    if issued:
        return [_marked(source, issued.chicago())]
    when = ["n.d."]
    if source.web_url:
        accessed = PartialDate.of(source.accessed).chicago()
        when.append(f"accessed {accessed}" if note else f"Accessed {accessed}")
    return when


def chicago_note(source: CitationSource, em: Emphasis) -> str:
    names = source.names
    outlet = em(_chicago_outlet(source.outlet))
    parts = [_chicago_note_names(names)] if names else []
    pointer = f"archived file {source.file_pointer}" if source.file_pointer else ""
    rest = [outlet or _unnamed(source), *_chicago_when(source, note=True), source.web_url, pointer]
    title = quoted(_title(source), "," if any(rest) else ".")
    head = ", ".join([*parts, title])
    tail = ", ".join(p for p in rest if p)
    return period(f"{head} {tail}") if tail else head


def chicago_short_note(source: CitationSource) -> str:
    names = source.names
    title = quoted(short_title(_title(source), source.lang), ".")
    if not names:
        return title
    if len(names) > CHICAGO_NOTE_MAX:
        who = f"{family_or_literal(names[0])} et al."
    else:
        who = _and_list([family_or_literal(n) for n in names], "and")
    return f"{who}, {title}"


def chicago_bibliography(source: CitationSource, em: Emphasis) -> str:
    """The bibliography entry; an unsigned article is listed under its outlet (CMOS 14.207)."""
    names = source.names
    outlet = em(_chicago_outlet(source.outlet))
    when = _chicago_when(source, note=False)
    url = period(source.web_url) if source.web_url else ""
    title = quoted(_title(source), ".")
    unnamed = _unnamed(source)
    if names:
        published = ", ".join([outlet or unnamed, when[0]] if outlet or unnamed else [when[0]])
        parts = [_chicago_bib_names(names), title, period(published), *(period(w) for w in when[1:]), url]
    else:
        lead = period_after(source.outlet, outlet) if outlet else ""
        parts = [lead, title, period(unnamed) if unnamed else "", *(period(w) for w in when), url]
    parts.append(_file(source))
    return " ".join(p for p in parts if p)


def chicago(source: CitationSource, em: Emphasis) -> str:
    lines = [
        f"Note: {chicago_note(source, em)}",
        f"Short note: {chicago_short_note(source)}",
        f"Bibliography: {chicago_bibliography(source, em)}",
    ]
    if source.quote:
        lines.insert(0, f"{attributed_quote(source.quote, '.')}\n")
    return "\n".join(lines)
