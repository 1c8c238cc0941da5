"""Turning one record's paragraphs and known metadata into an :class:`Article`.

Every format ends here, so boilerplate, credits, datelines and language are
decided the same way whether the story came as text, Markdown, HTML or JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kutip.index.ingest.address_day import address_dated_stamp
from kutip.index.ingest.boilerplate import split_boilerplate
from kutip.index.ingest.brand import brand_on_page
from kutip.index.ingest.credits import credits_from_lines, looks_like_name
from kutip.index.ingest.dateline import Dateline, is_place, parse_dateline
from kutip.index.ingest.dateline_slot import LeadSlot
from kutip.index.ingest.dates import stamp_credit_lines, unglue_head_date_labels, url_date
from kutip.index.ingest.errors import SkipFile
from kutip.index.ingest.language import detect_language
from kutip.index.ingest.lead_name import unrepeated_lead_name
from kutip.index.ingest.lead_opener import lead_opener
from kutip.index.ingest.lead_site import lead_site
from kutip.index.ingest.metadata import (
    clean_title,
    event_date,
    head_block_stamp,
    head_byline,
    lone_timed_stamp,
    publication_date,
    short_year_stamp,
    stated_outlet,
    stated_url,
)
from kutip.index.ingest.network_edition import network_edition
from kutip.index.ingest.origin import (
    bylined_full_name,
    labelled_source,
    logo_over_lead,
    regional_edition,
    shared_url,
    writer_bio,
)
from kutip.index.ingest.outlets import (
    display_outlet,
    has_outlet_word,
    is_compound_outlet,
    is_outlet_name,
    is_site_domain,
    outlet_key,
    outlet_of_url,
)
from kutip.index.ingest.own_name_opener import own_name_opener
from kutip.index.ingest.printed_brand import printed_brand
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.ingest.text import content_id, join_paragraphs, normalise_text, rejoin_cut_sentences, unglue
from kutip.index.ingest.writer_opener import writer_opener
from kutip.index.models import Article, Credit

__all__ = ["KnownMetadata", "build_article"]

# A dateline is looked for in the first paragraphs only: a subtitle may come first.
_DATELINE_PARAGRAPHS = 3
# Further down (under captions, kickers, widgets) only a dateline that names an outlet counts.
_OUTLET_DATELINE_PARAGRAPHS = 8


@dataclass(slots=True)
class KnownMetadata:
    """Metadata a structured format states outright; text evidence fills only the gaps."""

    title: str = ""
    outlet: str = ""
    date: str = ""
    author: str = ""
    url: str = ""
    # Credit lines the format keeps outside its main text (HTML figcaptions and bylines).
    credit_lines: list[str] = field(default_factory=list)
    # The line a plain-text scrape prints straight under its headline (its head block's stamp, often).
    under_title: str = ""
    # The lines a plain-text scrape prints over its headline (a site's banner, a section's label).
    over_title: tuple[str, ...] = ()


_EMPTY_LABEL = re.compile(
    r"^(?:reporter|editor|penulis|pewarta|redaktur|fotografer|writer|author)\s*:?$", re.IGNORECASE
)


def _join_labels(paragraphs: list[str]) -> list[str]:
    """ "Editor:" on one line and the name on the next, as some scrapes split them, made one credit line."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _EMPTY_LABEL.match(joined[-1].strip()) and looks_like_name(paragraph):
            joined[-1] = f"{joined[-1].strip().rstrip(':')}: {paragraph.strip()}"
        else:
            joined.append(paragraph)
    return joined


# "CONTOH │ KOTA – …": templates draw the bar between a dateline's parts with whatever glyph their font has
# (a box-drawing line, a full-width or broken bar); every reader of the head knows the ASCII one.
_BARS = str.maketrans(dict.fromkeys("│┃┆┇╎╏｜¦", "|"))

_LIST_BULLET = re.compile(r"^\s*[•·▪●◦*]\s+(?=\S)")
_DROP_CAP = re.compile(r"^[A-Z]$")


# "Jakarta, CNN Indonesia —" over the lead, or "MAKASSAR, KOMPAS.com" over "– Sebanyak …": a dateline
# the page's layout put on a line of its own, its dash at the end of one line or the start of the next.
_DASH_END = re.compile(r"\s*(?:-{1,2}|–|—)$")
_DASH_START = re.compile(r"^(?:-{1,2}|–|—)\s*")
_DASHES = ("-", "–", "—")
_SPLIT_DATELINE_MAX_WORDS = 8


def _split_dateline(line: str, paragraph: str) -> str:
    """The dateline line and the lead below it as one paragraph, when they make a dateline that names
    its outlet; "" otherwise. The dash is kept as the page wrote it."""
    # a dash closing the line (before a last line break at most) is looked for only where the line ends so
    closing = _DASH_END.search(line) if line.rstrip("\n").endswith(_DASHES) else None
    mark = closing or _DASH_START.match(paragraph)
    if mark is None or len(line.split()) > _SPLIT_DATELINE_MAX_WORDS:
        return ""
    head = _DASH_END.sub("", line)
    joined = f"{head} {mark.group().strip()} {_DASH_START.sub('', paragraph)}"
    dateline = parse_dateline(joined)
    return joined if dateline and dateline.outlet and dateline.prefix == head.strip() else ""


# "CONTOHPresiden Republik …", "KOTAGoTo CEO …": a dateline's capitals (a place, a site's name) that the
# layout set apart from the lead, run into its first word by a scrape that dropped the span between them.
# A capitalised word glued to four or more capitals; a brand written so ("CONTOHChannel - …",
# "CONTOHNews.com - …", "CONTOHnews/Nama") carries a mark of its own and is left as the page wrote it.
_GLUED_DATELINE = re.compile(r"^(?P<run>[A-Z]{4,})(?=[A-Z][a-z])(?P<rest>(?P<word>\S+)\s*.*)$", re.S)
_GLUED_MIN_WORDS = 8
_GLUED_REACH = 12  # the head of the page, where a dateline stands


def _unglued_dateline(paragraph: str) -> str:
    """The paragraph with a dateline glued to its lead's first word set apart by a dash, when what comes
    before the glue reads as a dateline; the paragraph unchanged otherwise."""
    stripped = paragraph.strip()
    match = _GLUED_DATELINE.match(stripped)
    if (
        match is None
        or len(stripped.split()) < _GLUED_MIN_WORDS
        or re.search(r"[./\\:|@-]", match["word"])
        or re.match(r"\S+\s*[-–—|:]", match["rest"])
    ):
        return paragraph
    joined = f"{match['run']} – {match['rest']}"
    return joined if parse_dateline(joined) else paragraph


# "KOTA, Contoh.comWarga …", "Contoh.co.idMenteri …": the site's domain closing the dateline, run into the
# lead's first word where the template's dash stood. A domain's ending is written in lower case, so a
# capital straight after it starts the next word.
_GLUED_DOMAIN = re.compile(
    rf"^(?P<head>[^\n]{{0,40}}?[A-Za-z0-9][\w-]*\.{SITE_ENDING})(?=[A-Z][a-z])(?P<rest>\S+\s.*)$", re.S
)


def _unglued_domain(paragraph: str) -> str:
    """The paragraph with a domain glued to its lead's first word set apart by a dash, when the head up
    to the domain then reads as a dateline naming it; the paragraph unchanged otherwise."""
    stripped = paragraph.strip()
    match = _GLUED_DOMAIN.match(stripped) if "." in stripped[:60] else None
    if match is None or len(stripped.split()) < _GLUED_MIN_WORDS:
        return paragraph
    joined = f"{match['head']} – {match['rest']}"
    dateline = parse_dateline(joined)
    named = dateline is not None and match["head"].endswith(dateline.outlet) and "." in dateline.outlet
    return joined if named else paragraph


def _unwrap_markup(paragraphs: list[str]) -> list[str]:
    """Four marks of page layout undone: a story scraped as a list item ("• KOTA, Outlet - …") loses
    its bullet when it opens with a dateline, a drop cap on its own line ("F", then "inance
    Minister …") is joined back to its word, a dateline on its own line to its lead, and a dateline run
    into its lead's first word (its capitals, or the site's domain) is set apart from it."""
    out: list[str] = []
    head = [_unglued_domain(_unglued_dateline(p)) for p in paragraphs[:_GLUED_REACH]]
    for paragraph in [*head, *paragraphs[_GLUED_REACH:]]:
        if out and _DROP_CAP.match(out[-1]) and paragraph[:1].islower():
            out[-1] += paragraph
            continue
        joined = _split_dateline(out[-1], paragraph) if out else ""
        if joined:
            out[-1] = joined
            continue
        bullet = _LIST_BULLET.match(paragraph)
        unbulleted = paragraph[bullet.end() :] if bullet else ""
        out.append(unbulleted if unbulleted and parse_dateline(unbulleted) else paragraph)
    return out


def _find_dateline(body: list[str]) -> Dateline | None:
    """The first dateline naming an outlet, else the first one near the top: a caption's all-capitals
    kicker ("BANJIR - Warga …") reads like a wire dateline too, and may come before the story's own."""
    found = [
        (index, dateline)
        for index, paragraph in enumerate(body[:_OUTLET_DATELINE_PARAGRAPHS])
        for dateline in [parse_dateline(paragraph)]
        if dateline
    ]
    named = next((d for _, d in found if d.outlet), None)
    return named or next((d for index, d in found if index < _DATELINE_PARAGRAPHS), None)


def _lead_heading(body: str, dateline: Dateline | None, outlet: str = "") -> str:
    """The dateline as written, with a place heading the lead after it or in its stead ("CONTOH.CO.ID -
    KOTA.", "Jakarta:"): what an untitled article's stand-in leaves out (:mod:`.lead_opener`)."""
    prefix = dateline.prefix if dateline else _own_domain_opening(body, outlet)
    if prefix and not body.startswith(prefix):
        return prefix
    stop = _STOP_AFTER.match(body, len(prefix)) if prefix else None
    head = body[: stop.end()] if stop else prefix  # "JAKARTA. …": a wire's place closed by a stop
    after = body[len(head) :]
    gap = len(after) - len(after.lstrip(" -–—,")) if head else 0
    opener = lead_opener(after[gap:])
    head = body[: len(head) + gap + len(opener)].rstrip(" -–—,") if opener else head or writer_opener(body)
    rest = body[len(head) :]
    skip = len(rest) - len(rest.lstrip(" -–—,"))
    own = own_name_opener(rest[skip:], outlet)
    return body[: len(head) + skip + len(own)].rstrip(" -–—,") if own else head


_STOP_AFTER = re.compile(r"\s*[:.](?=\s)")
# "CONTOH.CO Presiden …": the page's own domain opening the lead with no mark after it, which no dateline
# reader takes as a dateline (a domain with no dash reads as a sentence's subject as often).
_FIRST_WORD_AND_CAPITAL = re.compile(r"^(?P<word>\S+)\s+(?=[A-Z\"“])")


def _own_domain_opening(body: str, outlet: str) -> str:
    match = _FIRST_WORD_AND_CAPITAL.match(body)
    word = match["word"] if match else ""
    own = bool(outlet) and is_site_domain(word) and display_outlet(word).casefold() == outlet.casefold()
    return word if own else ""


def _story_start(furniture: list[bool]) -> int:
    """Where the story's first paragraph stands among the page's paragraphs (0 when all is furniture)."""
    return next((i for i, is_furniture in enumerate(furniture) if not is_furniture), 0)


def _dateline_above(furniture: list[bool], paragraphs: list[str]) -> Dateline | None:
    """A dateline naming the outlet on a line of its own just above the lead ("Kota, CONTOH.ID"),
    which the furniture rules set aside as a short label."""
    first = next((i for i, is_furniture in enumerate(furniture) if not is_furniture), 0)
    dateline = parse_dateline(paragraphs[first - 1]) if first else None
    return dateline if dateline and dateline.outlet else None


_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*")
_NOT_A_PERSON = re.compile(r"\b(?:redaksi|tim|team|staff|desk|newsroom|editorial)\b", re.IGNORECASE)


def _author_credits(author: str, credits: list[Credit], outlet: str) -> list[Credit]:
    """People named by a format's own author field (front matter, JSON), as credits."""
    known = {c.name.casefold() for c in credits}
    found = []
    for part in _AUTHOR_SPLIT.split(author.strip()):
        name = part.strip()
        if (
            name
            and name.casefold() not in known
            and name.casefold() != outlet.casefold()
            and not _NOT_A_PERSON.search(name)
            and not is_outlet_name(name)
        ):
            found.append(Credit(role="author", name=name))
            known.add(name.casefold())
    return found


# "Judul Berita | Contoh Tribune", "Judul Berita - Contohnews": the page's title with the site's name after
# it; clean_title strips listed outlets' names, this the page's own outlet however it is spelled
# ("Contoh Tribune" for "Contohtribune.co.id").
_LAST_PART = re.compile(r"\s+[|–—-]\s+(?P<name>[^|–—]{2,40})$")


def _without_own_name(title: str, outlet: str) -> str:
    match = _LAST_PART.search(title)
    if not outlet or match is None or len(title[: match.start()].split()) < 2:
        return title
    return title[: match.start()] if outlet_key(match["name"]) == outlet_key(outlet) else title


# "Ana Lee, Jakarta – The ministry said …": English pages of Indonesian newsrooms open the lead with the
# reporter's name before the place; a plain name of two or more words with no outlet's evidence (listed, an
# outlet word, a domain, a name run into an outlet word) is the writer there, not the site. Indonesian small
# sites do sign so ("Gema Contoh, Kota – …"), so only an English lead is read this way.
_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")


def _dateline_outlet(dateline: Dateline | None, lang: str) -> str:
    outlet = dateline.outlet if dateline else ""
    words = outlet.split()
    if (
        lang == "en"
        and len(words) >= 2
        and all(_NAME_WORD.match(w) for w in words)
        and looks_like_name(outlet)
        and not (is_outlet_name(outlet) or has_outlet_word(outlet) or is_compound_outlet(outlet))
        and not any(map(is_place, words))  # "Coconuts Contoh": a regional site names its region
    ):
        return ""
    return outlet


# "Foto: Contoh TV/Ana Lee" over a story "Ana Lee • 21 July 2025": a credit pairs a person with the outlet
# they work for, and when that person wrote the story the outlet is the page's own.
_CREDIT_PAIR_WORDS = 3


def _author_credit_outlet(paragraphs: list[str], author: str) -> str:
    """The listed outlet or site a credit pairs with the story's own writer ("Contoh TV/Ana Lee"); ""
    when no credit does, or credits pair the writer with more than one."""
    if len(author.split()) < 2:  # a single word or initials pair with too much
        return ""
    pair = re.compile(rf"/\s*{re.escape(author)}(?![\w-])", re.I)
    found: set[str] = set()
    for paragraph in paragraphs:
        for match in pair.finditer(paragraph):
            before = paragraph[: match.start()].rsplit("/", 1)[-1].rsplit("\n", 1)[-1]
            words = before.split()[-_CREDIT_PAIR_WORDS:]
            named = next(
                (
                    " ".join(words[cut:])
                    for cut in range(len(words))
                    if is_outlet_name(" ".join(words[cut:]).strip(":,.;"))
                ),
                "",
            )
            if named:
                found.add(display_outlet(named.strip(":,.;")))
    return found.pop() if len(found) == 1 else ""


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """The story's paragraphs with a paragraph printed twice in a row given once: a picture's alt text and
    its caption, a teaser's two links, a story a scrape took twice. No story repeats a paragraph straight
    after itself, and one copy keeps all of its words."""
    out: list[str] = []
    last = None
    for paragraph in paragraphs:
        normalised = normalise_text(paragraph)
        if normalised != last:
            out.append(paragraph)
        last = normalised
    return out


def build_article(
    paragraphs: list[str],
    known: KnownMetadata,
    *,
    source: str,
    fmt: str,
    locator: str = "",
    hash_text: str,
) -> Article:
    """Builds the article; raises SkipFile when no readable story text is left."""
    title = clean_title(known.title)
    paragraphs = [paragraph.translate(_BARS) for paragraph in paragraphs]
    paragraphs = _join_labels([part for paragraph in paragraphs for part in unglue(paragraph)])
    paragraphs = _unwrap_markup(unglue_head_date_labels(paragraphs))
    if title and paragraphs and normalise_text(paragraphs[0]) == normalise_text(title):
        paragraphs = paragraphs[1:]  # extractors often repeat the headline as the first line
    split = split_boilerplate(paragraphs)
    body = join_paragraphs(_without_repeats(rejoin_cut_sentences(split.body)))
    if not body:
        raise SkipFile("no readable text (only page furniture such as links and credits)")
    dateline = _find_dateline(split.body) or _dateline_above(split.is_boilerplate, paragraphs)
    stated = known.url or stated_url(paragraphs)
    url = stated or shared_url(paragraphs)
    # A site's own domain in the dateline ("KONTAN.CO.ID - JAKARTA.") names the page over a "Sumber:" label,
    # which as often names the outlet the story was taken from; a wire's dateline a reprint keeps does not.
    own_site = dateline.outlet if dateline and is_site_domain(dateline.outlet) else ""
    lang = detect_language(f"{title}\n{body}")
    # A site's name alone before the lead's dash is how small Indonesian sites sign; before an English lead
    # the word is a section's label or a place, as wires write it ("INTERNATIONAL – …", "BUSINESS – …").
    signs = lang != "en"
    logo = logo_over_lead(dateline, paragraphs) if signs else ""
    slot = LeadSlot(split.body)  # read once, whether the outlet's chain or the date's reaches it
    outlet = (
        display_outlet(
            known.outlet
            or own_site
            or labelled_source(paragraphs)  # a reprint's named source over the wire dateline it keeps
            or _dateline_outlet(dateline, lang)
            or lead_site(paragraphs, _story_start(split.is_boilerplate))
            or stated_outlet(split, paragraphs)
            or logo
        )
        or outlet_of_url(url)
        or (unrepeated_lead_name(split.body, title, "\n".join(paragraphs)) if signs else "")
        or brand_on_page(paragraphs, split.body)
        or slot.outlet
        or head_block_stamp(known.under_title, split, paragraphs).outlet
    )
    outlet = regional_edition(bylined_full_name(outlet, paragraphs), paragraphs)
    if not known.outlet:  # a record's own outlet field is what its publisher says it is
        outlet = printed_brand(network_edition(outlet, paragraphs), paragraphs)
    title = _without_own_name(title, outlet)
    stamped = [credit for line in split.boilerplate for credit in stamp_credit_lines(line)]
    credits = credits_from_lines([*split.boilerplate, *stamped, *known.credit_lines], outlet)
    # An address printed in the text dates the page it points to, which is not always this one (a copy, a
    # reprint's source); only the file's own address field (a record's, a front matter's) dates it.
    date = (
        known.date
        or publication_date(split, paragraphs, dateline, known.over_title)
        or url_date(known.url)
        or head_block_stamp(known.under_title, split, paragraphs).iso
        or slot.date
        or lone_timed_stamp(paragraphs, _story_start(split.is_boilerplate))
        or short_year_stamp(paragraphs, event_date(split.body))
        or address_dated_stamp(paragraphs, stated, outlet)
    )
    author = known.author or next((c.name for c in credits if c.role in ("author", "writer")), "")
    credits += _author_credits(known.author, credits, outlet)
    # the reporter an English lead names before its place (see _dateline_outlet) wrote the story
    reporter = (
        dateline.outlet if dateline and dateline.outlet and not _dateline_outlet(dateline, lang) else ""
    )
    reporter = reporter or (
        "" if author else head_byline(paragraphs, _story_start(split.is_boilerplate), outlet)
    )
    # "Ana Lee is Editor-in-Chief of Contoh." closing the page: the bio names the story's writer
    reporter = reporter or ("" if author else writer_bio(split.body)[0])
    if reporter and not author:
        author = reporter
        credits += _author_credits(reporter, credits, outlet)
    if not outlet:
        outlet = _author_credit_outlet(paragraphs, author)
        title = _without_own_name(title, outlet)
    return Article(
        id=content_id(hash_text),
        source=source,
        title=title,
        outlet=outlet,
        date=date,
        event_date=event_date(split.body),
        author=author,
        url=url,
        lang=lang,
        body=body,
        boilerplate=split.boilerplate,
        format=fmt,
        locator=locator,
        dateline=_lead_heading(body, dateline, outlet),
        credits=credits,
    )
