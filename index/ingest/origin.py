"""Where a page says it comes from: its outlet outside a dateline, and its own address.

Evidence is read from what the page prints (a stamp, a byline, a copyright line, a
reprint note, a ``Sumber:`` link), never guessed from the story's wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from urllib.parse import unquote

from kutip.index.entities import lookup
from kutip.index.entities.dictionary import is_listed_word
from kutip.index.ingest.boilerplate import Split, furniture_share, is_caption, unglued_menu
from kutip.index.ingest.closing_site import closing_site
from kutip.index.ingest.credits import looks_like_name
from kutip.index.ingest.cues import cue_words
from kutip.index.ingest.dateline import Dateline, closing_outlet_word_name
from kutip.index.ingest.dates import DAY_NAMES, find_dates, read_stamp
from kutip.index.ingest.logo_repeat import repeated_logo
from kutip.index.ingest.outlets import (
    display_outlet,
    has_outlet_word,
    is_compound_outlet,
    is_edition,
    is_outlet_name,
    is_region,
    known_outlets,
    outlet_before_place,
    outlet_of_url,
)
from kutip.index.ingest.site_domain import is_platform, repeated_domain
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.ingest.site_invite import invited_site, newsroom_mailbox, site_name
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set
from kutip.index.stopwords import stopwords

__all__ = [
    "logo_over_lead",
    "logo_text",
    "place_shaped",
    "regional_edition",
    "shared_url",
    "stated_outlet",
    "stated_url",
    "writer_bio",
]

# "CONTOHNET – Warga …": one word in capitals where a wire puts its place, and no known place, office
# or everyday word. A place opening the lead so recurs in the story in its usual case ("Sukamaju"); a
# site's name does not, unless as its domain ("Contohnet.com").
_LOGO_MIN_LETTERS = 6


_PLACE_PREFIXES = folded_set("ingest_place_parts.txt", "prefix")
_PLACE_SUFFIXES = folded_set("ingest_place_parts.txt", "suffix")
_PLACE_MIN_REST = 3


def place_shaped(word: str) -> bool:
    """A town the gazetteer lacks, told by the parts place names are built from ("tanjungsari")."""
    return any(word.startswith(p) and len(word) - len(p) >= _PLACE_MIN_REST for p in _PLACE_PREFIXES) or any(
        word.endswith(s) and len(word) - len(s) >= _PLACE_MIN_REST for s in _PLACE_SUFFIXES
    )


def logo_over_lead(dateline: Dateline | None, paragraphs: list[str]) -> str:
    """The site's name as the lead's one-word dateline, when nothing else on the page says it is a
    place; "" otherwise."""
    if dateline is None or dateline.outlet or dateline.date or dateline.prefix != dateline.place:
        return ""
    word = dateline.prefix
    if len(word) < _LOGO_MIN_LETTERS or not word.isalpha() or not word.isupper():
        return ""
    if lookup(word.title()) is not None or is_listed_word(fold(word)) or place_shaped(fold(word)):
        return ""
    written = re.compile(rf"(?<![\w.-]){re.escape(word)}(?![\w-]|\.\w)", re.I)
    # the dateline's own word, however its dash is set ("KOTA – …", "KOTA- …"), does not count
    story = [p.strip()[len(word) :] if p.strip().startswith(word) else p for p in paragraphs]
    if any(written.search(paragraph) for paragraph in story):
        return ""
    return display_outlet(word)


# "Copyright © ANTARA 2015", "© 2024 Kompas.com": the site that owns the page. A scrape may cut the
# page's last line inside the year ("© CONTOH 20"). Themes and networks write it in other orders too:
# "© Copyright 2024 - Contoh.com", "© 2025 CONTOH.com Network,a subsidiary of …", "Copyright 2024
# Contoh.com" (no sign, the year straight after the word), "Contoh.com © 2024" (the name first).
_COPYRIGHT_END = (
    r"(?:\s+network)?(?:\s+\d{4}|\s+(?:19|20)\d?$)?(?:,|[.](?:\s|$)|\s+all rights|\s+hak cipta|$)"
)
_YEARS = r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
_COPYRIGHTS = (
    re.compile(
        rf"(?:copyright|hak cipta)?\s*(?:©|\(c\))\s*(?:copyright\s+)?(?:{_YEARS}\s*(?:[-–|]\s+)?)?"
        rf"(?P<name>[A-Za-z][\w.&' -]{{1,40}}?){_COPYRIGHT_END}",
        re.I,
    ),
    re.compile(
        rf"^\W*(?:copyright|hak cipta)\s+{_YEARS}\s*(?:[-–|,]\s*)?"
        rf"(?P<name>[A-Za-z][\w.&' -]{{1,40}}?){_COPYRIGHT_END}",
        re.I,
    ),
    re.compile(
        r"^\W*(?P<name>[A-Za-z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s*(?:©|\((?i:c)\))\s*(?:19|20)\d{2}\b"
    ),
)


# "Redaksi | Pedoman Media Siber | Contoh.com © 2024": a footer's bar of links, the notice one of them.
_BAR = re.compile(r"\s+[|•·]\s+")


def _copyright_line(line: str) -> re.Match[str] | None:
    """The copyright notice of a line (or of one part of a bar of links), its holder in the group "name";
    None without one."""
    parts = [line, *_BAR.split(line)] if _BAR.search(line) else [line]
    return next(
        (match for part in parts for pattern in _COPYRIGHTS for match in [pattern.search(part)] if match),
        None,
    )


# "Artikel ini telah tayang di Kompas.com": a network's reprint note names the site too, and so does a
# partner's production note ("Artikel ini diproduksi oleh Ana Lee dari Contoh News"). A note that only
# part of the story ran there ("Sebagian artikel ini telah tayang di …", "Part of this article …") names
# a source the page drew on, not the page's own outlet.
# Other words for it: "Tulisan ini pertama kali terbit di …", "Berita ini sudah dimuat di …", "Artikel ini
# bersumber dari …", "Konten ini disediakan oleh …", "This story
# was originally published on …", "Originally published by …".
_FIRST_SHOWN = re.compile(
    r"(?<![Ss]ebagian )(?<![Pp]art of )"
    r"\b(?i:(?:artikel|berita|tulisan|naskah|laporan|konten) ini (?:telah |sudah |pernah |sebelumnya )?"
    r"(?:pertama kali )?(?:(?:tayang|terbit|dimuat|diterbitkan|dipublikasikan) (?:di|dalam|oleh)"
    r"|bersumber dari|(?:diproduksi|disediakan) oleh)"
    r"|this (?:article|story|report|piece) (?:was )?(?:first |originally )?"
    r"(?:appeared|published|ran) (?:in|on|by|at)"
    r"|(?:originally|first) published (?:in|on|by|at))"
    r"\s+(?P<name>(?:[Tt]he\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3})"
)
# "Provided by The Contoh Times", "Republished with permission from Contoh Daily", "This article is
# republished from The Contoh Review under a Creative Commons license": an aggregator's or partner's line
# naming the outlet whose story the page carries.
_PROVIDED_BY = re.compile(
    r"^\W*(?i:provided by|disediakan oleh|republished (?:with permission )?from"
    r"|this (?:article|story) (?:is|was) republished from)"
    r"\s+(?P<name>(?:[Tt]he\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3})"
)
_PRODUCED_BY = re.compile(
    r"\b(?i:(?:artikel|berita|laporan) ini (?:diproduksi|ditulis|disusun) oleh [^.]{2,80}? dari"
    r"|this (?:article|story|report) was (?:produced|written) by [^.]{2,80}? (?:of|from|for))"
    r"\s+(?P<name>[\w.-]+(?:\s+[A-Z][\w.-]*){0,3})"
)
# "(fat/jpnn)": editors' initials, then the outlet's short name, closing a story.
# Initials may carry a number ("(abc2/jpnn)", "(mcr27/jpnn)") where a desk numbers its writers.
_DESK_CODE = re.compile(r"\((?:[a-z]{2,5}[0-9]{0,3}/)+(?P<name>[a-z0-9]{3,12})\)\s*$")
# "By ANNA BERG, Associated Press", "Ana Lee (The Jakarta Post)": a byline naming its outlet.
_BYLINE_OUTLET = re.compile(
    r"^(?:by|oleh)\s+[^,()]{2,60}?(?:,\s*|\s*\(|\s+(?:for|untuk)\s+)(?P<name>[^,()]{2,40})\)?$", re.I
)


# "Ana Lee (The Jakarta Post)", "News Desk (The Jakarta Post)": names or a desk, the outlet in brackets.
_BRACKETED_BYLINE = re.compile(r"^(?P<who>[^():,]{2,60}?)\s*\((?P<name>[^()]{2,40})\)$")
_DESK_WORDS = re.compile(r"\b(?:desk|staff|team|tim|redaksi|newsroom)\b", re.I)


# "Ana Lee | Reporter, The Contoh Times": the writer's role before the outlet's name.
_ROLE_BEFORE = re.compile(
    r"^(?:staff\s+|senior\s+)?(?:reporter|editor|writer|correspondent|contributor|journalist|wartawan|penulis"
    r"|jurnalis|kontributor)\s*,\s*(?=\S)",
    re.I,
)
# "By Ana Lee, News Editor": a role after the comma, whatever outlet word it holds.
_ROLE_END = re.compile(
    r"\b(?:editor|writer|reporter|correspondent|producer|contributor|columnist|journalist|staff|desk)s?$",
    re.I,
)


def _byline_outlet(line: str) -> str:
    match = _BYLINE_OUTLET.match(line.strip())
    name = match["name"].strip() if match else ""
    if name and is_outlet_name(name):
        return name
    if name and not _ROLE_END.search(name) and site_name(name):
        return site_name(name)  # "By Ana Lee, The Contoh Times": an unlisted name that reads as a site's
    bracketed = _BRACKETED_BYLINE.match(line.strip())
    if not bracketed or not is_outlet_name(bracketed["name"].strip()):
        return ""
    who = bracketed["who"].strip()
    return bracketed["name"].strip() if _writer(who) or _DESK_WORDS.search(who) else ""


# Page furniture near the top where a stamp may name the outlet.
_STAMP_PARAGRAPHS = 8
# "Laporan Wartawan Contoh Jabar, Ana Lee": a network's line over the lead, its reporter's outlet first.
_REPORTED_BY = re.compile(
    r"^\W*laporan\s+(?:wartawan|reporter|kontributor|jurnalis|koresponden)\s+(?P<name>[^,]{2,40}),\s*\S", re.I
)
# "Sumber :" or "Photo :" alone on its line, its credit on the next ("• contoh.co.uk"), as galleries print
# them under a caption at the top: the line under it names where the picture came from, not the page.
_PICTURE_LABEL = re.compile(r"^\s*(?:sumber|source|foto|photo|kredit foto|photo credit)\s*:\s*$", re.I)


# "Berita terkini politik, ekonomi … - Contoh.co": the page's own title or description as its first line,
# closing on the site's domain after a dash or bar.
_CLOSING_DOMAIN = re.compile(rf"\s[-|–—]\s+(?P<name>[a-z0-9][\w-]*(?:\.[\w-]+)*\.{SITE_ENDING})\s*$", re.I)


def _masthead(line: str) -> str:
    """The site a page's first line names: an unlisted site's name alone ("Contoh Journal"), or the
    page's title or description closing on its domain; "" otherwise (a caption credits a picture)."""
    if closing_outlet_word_name(line):
        return site_name(line)
    closing = _CLOSING_DOMAIN.search(line)
    if closing is None or is_caption(line) or is_platform(closing["name"]):
        return ""
    return display_outlet(closing["name"])


def stated_outlet(split: Split, paragraphs: list[str]) -> str:
    """The outlet a page names outside a dateline: a stamp, outlet line or byline at the top
    ("By A, Associated Press"), a copyright line, a reprint note ("Artikel ini telah tayang
    di …") or the desk code closing the story ("(fat/jpnn)"); "" when none names a known one."""
    head = list(zip(paragraphs, split.is_boilerplate, strict=True))[:_STAMP_PARAGRAPHS]
    for index, (paragraph, furniture) in enumerate(head):
        stamp = read_stamp(paragraph) if furniture else None
        if stamp and stamp.outlet:
            return stamp.outlet
        named = _outlet_line(paragraph) if not (index and _PICTURE_LABEL.match(head[index - 1][0])) else ""
        if named:
            return named
        reported = _REPORTED_BY.match(paragraph)
        if reported and site_name(reported["name"]):
            return site_name(reported["name"])
    for line in paragraphs[:_STAMP_PARAGRAPHS]:
        named = _byline_outlet(line)
        if named:
            return named
    tail = [*split.boilerplate, *split.body[-3:]]
    # A copyright line counts in the page's footer; above the story "© Contoh.org" credits a photo.
    footer = [*_below_story(split, paragraphs), *split.body[-3:]]
    # a desk code closes the story, which related links and teasers may follow: the whole body is read
    desk = [*split.boilerplate, *split.body]
    # a production note closes the story, before related links the scrape keeps as text
    found = (
        (_copyright_line, footer),
        (_FIRST_SHOWN.search, tail),
        (_PROVIDED_BY.search, tail),
        (_PRODUCED_BY.search, desk),
        (_DESK_CODE.search, desk),
    )
    for search, lines in found:
        for line in lines:
            match = search(line)
            if match and is_outlet_name(match["name"].strip(" .")):
                return match["name"].strip(" .")
            if (
                match
                and search in (_FIRST_SHOWN.search, _PROVIDED_BY.search, _PRODUCED_BY.search)
                and site_name(match["name"])
            ):
                return site_name(match["name"])  # an unlisted site the note names: "The Contoh Times"
    signed = _signed_off(split.body[-3:])
    if signed:
        return signed
    return (
        _logo_text(paragraphs[:_STAMP_PARAGRAPHS])
        or repeated_logo(paragraphs[:_LOGO_HEAD])
        or _logo_domain(split.body[:_LOGO_PARAGRAPHS], "\n".join(paragraphs))
        or _site_speaking([*split.boilerplate, *split.body[:_SITE_HEAD], *split.body[-_SITE_TAIL:]])
        or _followed_domain([*split.boilerplate, *split.body[-_SITE_TAIL:]])
        or invited_site([*split.boilerplate, *split.body[-_SITE_TAIL:]])
        or newsroom_mailbox([*split.boilerplate, *split.body[-_SITE_TAIL:]])
        or _footer_domain(paragraphs)
        or closing_site(footer)
        or _about_site([*split.boilerplate, *split.body[-_SITE_TAIL:]])
        or _writer_bio(split.body)
        or _permalink_outlet(paragraphs[:_STAMP_PARAGRAPHS])
        or _subscription_block(paragraphs)
        or _copyright_holder(footer)
        or _interviewer(paragraphs)
        or _told_opening(split.body)
        or _observed_by(split.body)
        or _credited_site(paragraphs)
        or _photographer_site(paragraphs)
        or _caption_owner(paragraphs)
        or repeated_domain(paragraphs)
        # last: a first line closing on a domain may credit a picture the page took from that site
        or (_masthead(paragraphs[0].strip()) if paragraphs else "")
    )


# "logo Contoh.id", "Logo Contoh Raya" at the page's top: the text a scrape keeps of the site's logo picture
# (its label, then the site's address or listed name, of one word or a few) names the site itself; a logo of
# an app store or a platform names none.
_LOGO_HEAD = 20  # a page may print its menus between the logo's copies and the breadcrumb trail
_LOGO_LABELS = folded_set("ingest_outlet_words.txt", "logo_label")
_LOGO_TEXT = re.compile(
    r"^(?P<label>\w+)\s+(?P<name>(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})$"
)


def _logo_text(head: list[str]) -> str:
    return next((named for line in head if (named := logo_text(line))), "")


def logo_text(line: str) -> str:
    """The site a line of its logo's text names ("Logo Contoh Raya"), as shown; "" for any other line.
    The headline readers ask it too: the logo's text is furniture, never the page's headline."""
    match = _LOGO_TEXT.match(line.strip())
    if match is None or fold(match["label"]) not in _LOGO_LABELS:
        return ""
    name = match["name"]
    domain = "." in name and is_outlet_name(name) and not is_platform(name)
    return display_outlet(name) if domain or name.casefold() in known_outlets() else ""


# "KONTOH – Warga …" over the lead and "Kontoh.com" elsewhere on the page: a site's logo word before the
# dash, and its own domain named too.
_LOGO_WORD = re.compile(r"^(?P<word>[A-Z][A-Z0-9]{3,})\s*[-–—]{1,2}\s")
_LOGO_PARAGRAPHS = 2


def _logo_domain(lead: list[str], page: str) -> str:
    for paragraph in lead:
        match = _LOGO_WORD.match(paragraph.strip())
        if not match:
            continue
        site = re.search(rf"(?<![\w.-]){re.escape(match['word'])}\.{SITE_ENDING}\b", page, re.I)
        if site:
            return display_outlet(site.group())
    return ""


# "breaking news Contoh.co lewat Grup Telegram": an invitation to follow a site names its domain, listed
# or not.
_FOLLOW_INVITE = re.compile(
    r"\b(?:ikuti|follow|telegram|whatsapp|google ?news|channel|notifikasi|notification)\b", re.I
)
# Written in lower case too ("follow akun Google News contoh.id"); a platform's host is no site.
_INVITED_DOMAIN = re.compile(rf"(?<![\w./@])(?P<site>[A-Za-z][\w-]*\.{SITE_ENDING})(?![\w.-]*\w)")


def _followed_domain(furniture: list[str]) -> str:
    """The one site domain the page's follow invitations name."""
    sites = {
        display_outlet(match["site"])
        for line in furniture
        if _FOLLOW_INVITE.search(line)
        for match in _INVITED_DOMAIN.finditer(_unquoted(line))
        if not is_platform(match["site"])
    }
    return sites.pop() if len(sites) == 1 else ""


# "Foto: CONTOH.com/Ana Lee", "Sumber: • Contoh.co.id/Ana Lee": a photo credited to the site, then its
# own photographer, names the site. A photo taken from another outlet is credited the other way round
# ("ANA LEE/CONTOH.COM") or to an agency, so only this order counts, as the last evidence there is,
# and one site must be credited throughout.
_CREDITED_SITE = re.compile(rf"(?<![\w./])(?P<site>[A-Za-z][\w-]*\.{SITE_ENDING})\s*/\s*[A-Z]", re.I)
_CREDIT_MAX_WORDS = 12


# "TRIBUN CONTOH/ANA LEE": a listed outlet's name, not its domain, credited first the same way; a wire
# agency credited so ("AFP/Ana Lee", "ANTARA FOTO/Ana Lee") lent the photo and names no page.
_CREDITED_NAME = re.compile(
    r"(?<![\w./])(?P<site>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*/\s*[A-Z]"
    # "Ojek daring (Foto: Contoh)", "(Foto: Dok. Contoh)": the picture credited to the site alone
    r"|\((?i:foto|photo)\s*:\s*(?i:dok\.?\s+)?(?P<alone>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\)"
)
_WIRES = folded_set("ingest_outlet_words.txt", "wire")


def _credited_name(paragraph: str) -> list[str]:
    names = (match["site"] or match["alone"] for match in _CREDITED_NAME.finditer(paragraph))
    return [display_outlet(n) for n in names if n.casefold() in known_outlets() and fold(n) not in _WIRES]


# "(Ana Lee/contoh.com)", "Foto: Ana Lee/CONTOH", "… di lokasi. Ana Lee/Contoh": a caption closing with
# its photographer and then the site, as detik, JPNN and many small sites credit their own pictures. A
# lent picture names its agency (a wire) or its source ("Dok.", "Instagram/…") instead.
_PHOTOGRAPHER_SITE = re.compile(
    r"(?:^|[(:.]\s*|\s)(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*/\s*(?P<site>[A-Za-z][\w.-]{2,30}?)"
    r"\.?\s*\)?\s*[|.]?\s*$"
)


def _photographer_site(paragraphs: list[str]) -> str:
    """The one listed outlet or site domain the page's captions credit after a photographer's name or
    after the day the picture was taken."""
    return _only_caption_site(
        paragraphs, lambda caption: _photographer_credit(caption) or _dated_credit(caption)
    )


# "… di Sukamaju, Rabu, 16 Oktober 2024/CONTOH": a caption closing with the day its picture was taken and
# then, after a slash, the site that took it; a wire's or a platform's name there lent the picture.
_DATED_SITE = re.compile(r"(?<=\d)\s*/\s*(?P<site>[A-Za-z][\w.-]{2,30}?)\.?\s*\)?\s*$")


def _dated_credit(caption: str) -> str:
    match = _DATED_SITE.search(caption)
    if match is None or is_platform(match["site"]):
        return ""
    if not any(found.end == match.start() for found in find_dates(caption[: match.start()])):
        return ""
    site = match["site"].rstrip(".")
    listed = site.casefold() in known_outlets() or ("." in site and is_outlet_name(site))
    return display_outlet(site) if listed and fold(site) not in _WIRES else ""


def _photographer_credit(caption: str) -> str:
    match = _PHOTOGRAPHER_SITE.search(caption)
    if match is None or match["who"].isupper() or not looks_like_name(match["who"]):
        return ""  # "ANA LEE/CONTOH.COM": a site credits another's picture in capitals
    if is_platform(match["site"]):
        return ""
    site = match["site"].rstrip(".")
    listed = site.casefold() in known_outlets() or ("." in site and is_outlet_name(site))
    return display_outlet(site) if listed and fold(site) not in _WIRES else ""


def _only_caption_site(paragraphs: list[str], credit: Callable[[str], str]) -> str:
    """The one site ``credit`` reads from the page's caption-length paragraphs, or "" when none or several."""
    sites = {credit(p.strip()) for p in paragraphs if len(p.split()) <= _CAPTION_MAX_WORDS} - {""}
    return sites.pop() if len(sites) == 1 else ""


_CAPTION_MAX_WORDS = 40


# "… at the clinic in September. (Contoh News: Ana Lee)", "… (Contoh Jateng/Ana Lee)": a caption closing
# with the picture's owner, a colon or a slash, then its photographer, as some sites credit their own
# pictures and lent ones alike ("(Contoh Wire: Ana Lee)"); a wire (or its regional desk) lent its picture,
# so only a listed outlet or a listed outlet's regional edition that is no wire's names the site, and it must
# be the only one the captions credit.
_OWNER_THEN_PHOTOGRAPHER = re.compile(
    r"\((?P<owner>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*[:/]\s*"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\)\s*$"
)


# "… di Sukamaju, 10 Mei 2031. Contoh/Ana Lee": the owner and the photographer after the caption's last
# stop, with no brackets, as some sites credit their own pictures.
_BARE_OWNER_THEN_PHOTOGRAPHER = re.compile(
    r"(?<=[.!?]\s)(?P<owner>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*/\s*"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$"
)


def _caption_owner(paragraphs: list[str]) -> str:
    return _only_caption_site(paragraphs, _owner_credit)


def _owner_credit(caption: str) -> str:
    match = _OWNER_THEN_PHOTOGRAPHER.search(caption) or _BARE_OWNER_THEN_PHOTOGRAPHER.search(caption)
    owner = match["owner"] if match else ""
    if not owner or fold(owner) in _WIRES or fold(owner.split()[0]) in _WIRES:
        return ""
    if owner.casefold() in known_outlets():
        return display_outlet(owner)
    # "(Contoh Jateng/Ana Lee)": an edition credits a photographer by name, never a desk's initials
    named = match is not None and looks_like_name(match["who"]) and not match["who"].isupper()
    return display_outlet(owner) if named and is_edition(owner) else ""


def _credited_site(paragraphs: list[str]) -> str:
    credits = (p for p in paragraphs if len(p.split()) <= _CREDIT_MAX_WORDS)
    sites = {
        site
        for paragraph in credits
        for site in [
            *(display_outlet(m["site"]) for m in _CREDITED_SITE.finditer(paragraph)),
            *_credited_name(paragraph),
        ]
    }
    # "<the headline again> (Foto: Contoh)": a caption of any length closing on the labelled credit alone
    sites |= {
        site
        for paragraph in paragraphs
        if _CREDIT_MAX_WORDS < len(paragraph.split()) <= _CAPTION_MAX_WORDS
        for match in [_CLOSING_LABELLED_CREDIT.search(paragraph)]
        if match
        for site in _credited_name(match.group())
    }
    return sites.pop() if len(sites) == 1 else ""


_CLOSING_LABELLED_CREDIT = re.compile(r"\((?i:foto|photo)\s*:[^()]*\)\s*$")


# "Eksplorasi konten lain dari Contoh Pos", "Discover more from Contoh Daily": the subscription block a
# blog platform prints under every post names the site itself.
_SUBSCRIPTION = re.compile(
    r"^(?:eksplorasi konten lain dari|discover more from)\s+"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4})\s*$",
    re.I,
)


def _subscription_block(paragraphs: list[str]) -> str:
    for line in paragraphs:
        match = _SUBSCRIPTION.match(line.strip())
        if match and match["name"][:1].isupper():
            return display_outlet(match["name"])
    return ""


# "kata Ana kepada Contoh.com", "Lee told ContohNews", "saat dihubungi contoh.com" (a domain in the lower
# case its brand keeps), "saat dikonfirmasi contohJatim" (a brand that opens in lower case, a listed
# outlet or its regional channel): the outlet a source spoke to is the page's own,
# when the page names it again (a photo credit, a source line); a name given once may be another
# outlet's interview the page passes on.
_TOLD = re.compile(
    rf"\b(?:{cue_words('told')}|(?i:{cue_words('told_any_case')}))\s+"
    rf"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}|[a-z][\w-]*\.{SITE_ENDING}\b|[a-z]+[A-Za-z]*\b)"
)
_TOLD_MIN_MENTIONS = 2


# "dikutip dari Contoh.com", "seperti dilansir Contoh", "according to Contoh": the page passes on
# another outlet's work, so an interview it names may be that outlet's.
_PASSED_ON = re.compile(
    r"\b(?:dikutip|mengutip|dilansir|melansir|disiarkan|quoted by|according to|as reported by|reported by"
    r"|quoted as saying by|source\s*:|sumber\s*:)"
    r"\s*(?:(?:dari|oleh|from|by|laman|situs|media)\s+)*(?P<name>[A-Z][\w.-]*)",
    re.I,
)


def _function_word(name: str) -> bool:
    """ "according to the rules", "sumber: the …": a cue before a function word passes on nobody's work."""
    return name.casefold() in stopwords("id") | stopwords("en")


_CITED_REACH = 60  # characters after a passing-on cue that name the outlet passed on
_OBTAINED = re.compile(rf"\b{cue_words('obtained')}\b")


def _cited_window(page: str, start: int, named_end: int) -> str:
    """The words after a passing-on cue that name whose work it is, up to a cue of the page's own getting
    ("according to a copy obtained by Contoh": Contoh reports, it is not passed on), and no further than
    the paragraph the cue names its source in ("… dikutip dari Contoh." over "Pengamat kepada Kabar …": the
    next paragraph's interview is the page's own)."""
    window = page[start : start + _CITED_REACH]
    paragraph_end = window.find("\n", named_end - start)
    window = window[:paragraph_end] if paragraph_end >= 0 else window
    obtained = _OBTAINED.search(window)
    return window[: obtained.start()] if obtained else window


def _interviewer(paragraphs: list[str]) -> str:
    """The one outlet the page's sources spoke to, named at least twice on the page, or a listed one
    named once on a page that passes on no other outlet's work ("kata Ana kepada Contoh Online"); never
    one the page says it passes on ("according to Contoh, …", then "Ana told Contoh")."""
    text = "\n".join(paragraphs)
    page = text.casefold()
    passed_on = [match for match in _PASSED_ON.finditer(text) if not _function_word(match["name"])]
    passes_on = bool(passed_on)
    # "according to Indonesian weekly Contoh": the words after a passing-on cue name whose work it is
    cited = " ".join(_cited_window(page, match.start(), match.end("name")) for match in passed_on)
    named: set[str] = set()
    # "kata Ana kepada" at a line's end and the outlet on the next: scrapes break lines anywhere
    for match in _TOLD.finditer(" ".join(map(_unquoted, paragraphs))):
        words = match["name"].rstrip(".").split()
        for cut in range(len(words), 0, -1):
            name = " ".join(words[:cut]).rstrip(".")
            if (is_outlet_name(name) or is_compound_outlet(name)) and _as_brand(name):
                mentions = page.count(name.casefold())
                # a listed outlet's regional edition ("contohJatim") is as well known as the outlet
                listed = (name.casefold() in known_outlets() or is_edition(name)) and fold(name) not in _WIRES
                # "diterima Contoh Portal Indonesia": a longer name it opens, unless a sentence ends there
                whole = cut == len(words) or words[cut - 1].endswith(".")
                own = not re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", cited)
                if whole and own and (mentions >= _TOLD_MIN_MENTIONS or (listed and not passes_on)):
                    named.add(display_outlet(name))
                break
    return named.pop() if len(named) == 1 else ""


# "Kepada Contoh.com di Kota dilaporkan, …", "Kepada Contoh.com, Ana mengatakan …": a sentence opening on
# whom a source spoke to frames the page's own interview, and a web address there is no letter's addressee
# ("Kepada Yth.", which keeps the capital out of [told]) nor a person; named once, it is the page's own
# unless the page passes on another outlet's work.
_TOLD_OPENING = re.compile(
    rf"(?:^|(?<=[.!?\"”]\s))Kepada\s+(?P<name>[A-Za-z][\w-]*\.{SITE_ENDING})(?![\w.-]*\w)"
)


def _told_opening(paragraphs: list[str]) -> str:
    """The one web address sentences open on as the one a source spoke to (see above)."""
    if any(_PASSED_ON.search(p) for p in paragraphs):
        return ""
    named = {
        display_outlet(match["name"])
        for paragraph in paragraphs
        for match in _TOLD_OPENING.finditer(_unquoted(paragraph))
        if not is_platform(match["name"])
    }
    return named.pop() if len(named) == 1 else ""


# "Pantauan Contoh.com, warga …", "Dari pantauan Contoh di lokasi": the reporter's own observation,
# named for the outlet the reporter writes for.
_OBSERVED = re.compile(
    rf"\b(?i:{cue_words('observed')})\s+(?P<name>[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})"
)


def _observed_by(body: list[str]) -> str:
    """The one listed outlet (or site domain) the story's narration says observed the scene."""
    named: set[str] = set()
    for paragraph in body:
        for match in _OBSERVED.finditer(_unquoted(paragraph)):
            words = match["name"].rstrip(".,").split()
            for cut in range(len(words), 0, -1):
                name = " ".join(words[:cut]).rstrip(".,")
                if (is_outlet_name(name) or _unlisted_newsroom(name)) and fold(name) not in _WIRES:
                    named.add(display_outlet(name))
                    break
    return named.pop() if len(named) == 1 else ""


def _unlisted_newsroom(name: str) -> bool:
    """ "Pantauan CONTOH NEWS, …": an unlisted name of two or three capitalised words closing with an
    outlet word observes as a newsroom does; an office's monitoring ("Pantauan BMKG", "Pantauan Satpol
    PP") has none."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and has_outlet_word(words[-1])
        and not has_outlet_word(words[0])
    )


# "… the bridge was rebuilt. - REUTERS", "… officials said. — AFP": the wire a story came from, signing off.
# Two agencies joined by a hyphen or a slash are one credit as printed ("Contoh-Wire"); a list after a
# comma names the agency that sent the story first and the one it took it from after ("Contoh, Wire").
_AGENCY = r"[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?"
_SIGN_OFF = re.compile(
    rf"[.!?\"”]\s*[-–—]{{1,2}}\s*(?P<name>{_AGENCY}(?:\s*[-/]\s*{_AGENCY})?)(?:\s*,\s*{_AGENCY})?\s*$"
)
_JOINED_CREDIT = re.compile(r"\s*[-/]\s*")


def _signed_off(last: list[str]) -> str:
    """A listed agency (or a credit joining listed agencies) named after a dash at the end of the story's
    last paragraphs."""
    for line in reversed(last):
        match = _SIGN_OFF.search(line.strip())
        name = match["name"] if match else ""
        if name and all(part.casefold() in known_outlets() for part in _JOINED_CREDIT.split(name)):
            return name
    return ""


def _below_story(split: Split, paragraphs: list[str]) -> list[str]:
    """The page's furniture after the story's first paragraph: where footers are."""
    story = (i for i, furniture in enumerate(split.is_boilerplate) if not furniture)
    first_body = next(story, len(paragraphs))
    return [p for i, p in enumerate(paragraphs) if i > first_body and split.is_boilerplate[i]]


_COMPANY = re.compile(r"^(?:pt|cv|yayasan|perum|persero|inc|ltd|copyright|hak cipta)\b\.?", re.I)
_HOLDER_WORDS = (2, 4)


def _copyright_holder(furniture: list[str]) -> str:
    """An unlisted site's name in its copyright line ("© 2024 Radar Contoh"), when the name starts or
    ends with a word outlets put in their names; a company ("PT Contoh Media") is not the outlet."""
    low, high = _HOLDER_WORDS
    for line in furniture:
        match = _copyright_line(line)
        name = match["name"].strip(" .") if match else ""
        words = name.split()
        if len(words) == 1 and is_compound_outlet(name):
            return name  # "© 2024 KabarContoh": a name run into an outlet word
        if (
            low <= len(words) <= high
            and not _COMPANY.match(name)
            and all(w[:1].isupper() for w in words)
            and (has_outlet_word(words[0]) or has_outlet_word(words[-1]))
            and furniture_share(name) < _HOLDER_MAX_FURNITURE
        ):
            return name
    return ""


_HOLDER_MAX_FURNITURE = 0.5


def _permalink_outlet(head: list[str]) -> str:
    """A listed outlet's own address alone on a line near the top: the page's permalink or short
    link printed under its lead (``https://p.example.com/p/1AbC``)."""
    for line in head:
        match = _BARE_URL.match(line.strip())
        name = outlet_of_url(match["url"]) if match else ""
        if name and name.casefold() in known_outlets():
            return name
    return ""


# "kabarcontoh.com" or "www.KabarContoh.id" alone on the page's last lines: the site signing off.
_FOOTER_LINES = 3
_BARE_DOMAIN = re.compile(r"^(?:www\.)?(?P<name>[A-Za-z0-9][\w-]*(?:\.[\w-]+)+)\.?$")


def _footer_domain(paragraphs: list[str]) -> str:
    for line in reversed(paragraphs[-_FOOTER_LINES:]):
        match = _BARE_DOMAIN.match(line.strip())
        if match and "." in match["name"] and is_outlet_name(match["name"]):
            return match["name"]
    return ""


# "Tentang Contoh Post", "About ContohNews", "Redaksi Kabar Contoh": a menu's link to the site's pages
# about itself names it; "Tentang Kami", "Kontak Penulis" name no outlet.
_ABOUT = re.compile(
    r"^(?:tentang|about|profil|profile|kontak|contact|redaksi|hubungi)\s+"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$",
    re.I,
)


def _about_site(furniture: list[str]) -> str:
    """The one outlet-like name the page's menu links about the site give."""
    names = {
        display_outlet(match["name"])
        for line in furniture
        for part in _BAR.split(
            line.strip()
        )  # "Redaksi Contoh | Pedoman Media Siber | Kontak": a bar of links
        for match in [_ABOUT.match(part.strip())]
        if match
        and match["name"][:1].isupper()
        and (
            is_outlet_name(match["name"])
            or is_compound_outlet(match["name"])
            or has_outlet_word(match["name"])
        )
    }
    return names.pop() if len(names) == 1 else ""


# "Ana Lee is Editor-in-Chief of Contoh.", "Ana Lee is a senior reporter at The Contoh Times.": the writer's
# bio closing the page names the newsroom the writer works in, the page's own. Only a newsroom's role counts
# (an expert's bio names a university or a firm), and the name must be no place, person or known body.
_NEWSROOM_ROLE = (
    r"(?:(?:senior|chief|contributing|staff|managing|deputy|associate|executive|political|business|foreign"
    r"|news|features?|sports?|digital|technology|health)\s+){0,3}"
    r"(?:editor(?:-in-chief| in chief)?|reporter|correspondent|writer|journalist|columnist|contributor"
    r"|producer)"
)
_WRITER_BIO = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has been)\s+(?:an?\s+|the\s+)?"
    rf"(?i:{_NEWSROOM_ROLE})\s+(?:at|of|for|with)\s+"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}?)(?=[.,;]|\s+(?:and|since|where|who)\b)"
)
# "Ana Lee is The Contoh Times’ legal affairs reporter", "Ana Lee is Contoh's Jakarta correspondent": the
# newsroom in the possessive before the role, a few words of beat between (the line ends on the role).
_POSSESSIVE_BIO = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has been)\s+"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&-]*){0,3}?)(?:['’]s?)\s+"
    rf"(?:[\w-]+,?\s+){{0,5}}?(?i:{_NEWSROOM_ROLE})(?:\s+(?:based\s+)?in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\W*$"
)
_BIO_LINES = 3
# A bio under the headline stands alone on its line: a lead may name a writer of another newsroom.
_TOP_BIO_WORDS = 20


def _writer_bio(body: list[str]) -> str:
    return writer_bio(body)[1]


def writer_bio(body: list[str]) -> tuple[str, str]:
    """The writer and the newsroom a writer's bio among the page's last lines, or on a line of its own
    among its first, names (see above); ("", "") without one."""
    top = [line for line in body[:_BIO_LINES] if len(line.split()) <= _TOP_BIO_WORDS]
    for line in [*body[-_BIO_LINES:], *top]:
        match = _WRITER_BIO.match(line.strip()) or _POSSESSIVE_BIO.match(line.strip())
        if match is None or not looks_like_name(match["who"]):
            continue
        name = match["name"].strip(" .")
        if is_outlet_name(name) or site_name(name):
            return match["who"], display_outlet(name)
        if lookup(name) is None and not is_region(name) and not is_listed_word(fold(name)):
            return match["who"], name  # an unlisted newsroom's own name ("Contohweb")
    return "", ""


# Furniture where the site talks to its readers about itself: "Share your feedback on The Daily Star",
# "Terima kasih telah membaca Harian Contoh". The name follows a preposition or a reading verb.
_SITE_TAIL = 8  # scrapes often keep such footers in the body's last lines
_SITE_HEAD = 3
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# A notification prompt addresses the reader too ("Nyalakan notifikasi … dari Contoh").
_READER = re.compile(
    r"\b(?:you|your|we|our|us|anda|kamu|kami|terima kasih|thank|notifikasi|notifications?)\b", re.I
)
# An invitation to follow the site ("Jangan lupa follow akun Google News Contoh.id", "Ikuti Contoh.com
# di WhatsApp Channel", "baca … lainnya dari Contoh.com di Google News") names it without a
# preposition; the reader is addressed by the imperative or by the news service the site is followed on.
# A banner for the site's paid tier invites the reader to join it ("Baca berita tanpa iklan. Gabung
# Contoh.com+", "Join Contoh.com Premium").
_FOLLOW = re.compile(
    r"\b(?:ikuti|follow|subscribe|langganan|berlangganan|jangan lupa|google ?news|gabung|join)\b", re.I
)


@cache
def _named_outlet() -> re.Pattern[str]:
    names = sorted((n for n in known_outlets() if len(n) >= 4), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"\b(?i:on|of|to|at|from|with|di|ke|dari|membaca|reading)\s+(?:(?i:a|an)\s+)?"
        rf"(?P<name>(?i:{alternatives}))(?![\w.-]*\w)"
    )


@cache
def _followed_outlet() -> re.Pattern[str]:
    """A listed outlet written as a site (``Contoh.id``), the form a follow invitation uses."""
    names = sorted((n for n in known_outlets() if "." in n), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.-])(?P<name>(?i:{alternatives}))(?![\w.-]*\w)")


# "Follow WhatsApp Channel Contoh untuk update berita", "Ikuti Contoh di Google News": an invitation to
# follow the site on a news service names it without a domain too, when the name is a listed outlet's.
_NEWS_SERVICE = re.compile(r"\b(?:whatsapp|google ?news|telegram|channel|saluran)\b", re.I)


@cache
def _listed_outlet() -> re.Pattern[str]:
    names = sorted((n for n in known_outlets() if len(n) >= _LISTED_MIN_CHARS), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.-])(?P<name>(?i:{alternatives}))(?![\w.-]*\w)")


_LISTED_MIN_CHARS = 4


def _unquoted(line: str) -> str:
    return _QUOTED.sub(" ", line)


def _as_brand(name: str) -> bool:
    """A listed outlet as the page writes it: capitalised, or in the lower case some brands keep
    ("di contohnews") when the name is one word and no everyday one ("di suara", "ke tempo" are words);
    a name of several words in lower case is a phrase ("of the star player", "of the national elite")."""
    return name[:1].isupper() or (len(name.split()) == 1 and not is_listed_word(fold(name)))


def _site_speaking(furniture: list[str]) -> str:
    """The one listed outlet the page's reader-facing furniture names; "" when none or several."""
    lines = [unglued_menu(_unquoted(line)) for line in furniture]
    named = {
        display_outlet(match["name"])
        for line in lines
        if _READER.search(line)
        for match in _named_outlet().finditer(line)
        if _as_brand(match["name"]) and not _runs_into_name(line, match)
    } | {
        display_outlet(match["name"])
        for line in lines
        if _FOLLOW.search(line)
        for match in _followed_outlet().finditer(line)
        if match["name"][:1].isupper()
    }
    named.update(_invited_outlets(lines))
    return named.pop() if len(named) == 1 else ""


# "at Contoh Palace", "di Contoh Square": a listed name run into a capitalised word is the start of a
# longer name (a building's, a street's), not the outlet's; a day, a region or an outlet word after it
# ("di Contoh Senin", "dari Contoh Sukamaju", "di Contoh TV") still leaves it an outlet, and so does a
# brand kept in lower case, which starts no such name ("Menulis di contoh Kerja Sama": a footer menu's
# items, run together).
_NEXT_WORD = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b")
_DAY = re.compile(rf"(?i:{DAY_NAMES})")


def _runs_into_name(line: str, name: re.Match[str]) -> bool:
    after = _NEXT_WORD.match(line, name.end())
    if after is None or not name["name"][:1].isupper():
        return False
    word = after["word"]
    return not (_DAY.fullmatch(word) or is_region(word) or has_outlet_word(word))


def _invited_outlets(lines: list[str]) -> list[str]:
    """Listed outlets a follow invitation on a news service names, with or without their domain."""
    return [
        display_outlet(match["name"])
        for line in lines
        if _FOLLOW.search(line) and _NEWS_SERVICE.search(line)
        for match in _listed_outlet().finditer(line)
        if match["name"][:1].isupper()
    ]


# "Contoh Bulletin / News Desk": a slash set apart by spaces parts a head line as a bar does (a picture's
# credit runs its slash into the names, "Foto: Contoh/Ana Lee")
_OUTLET_LINE_BREAK = re.compile(r"\s*[|·•]\s*|\s+[-–—]{1,2}\s+|\s+/\s+")
# "News Desk", "Desk": a desk's credit, which names neither a writer nor an outlet
_DESK = re.compile(r"^(?:\w+\s+)?desk$", re.I)
# "Tim Redaksi", "Oleh Ana Lee", "News Desk": a desk or a byline beside the outlet's name
_DESK_OR_CREDIT = re.compile(
    rf"^(?:tim|team|oleh|by|penulis|reporter|editor|redaksi)\b|{_DESK.pattern}", re.I
)
_OUTLET_LINE_MAX_WORDS = 8


_WRITER_WORDS = (2, 5)  # "Ni Made Ayu Lestari Putri": Balinese names run to five words


def _writer(part: str) -> bool:
    """A writer's bare name beside the outlet ("Ana Lee - detikNews"): two to four capitalised words."""
    low, high = _WRITER_WORDS
    return low <= len(part.split()) <= high and looks_like_name(part) and not has_outlet_word(part)


def _mononym_beside_listed(part: str, parts: list[str], outlets: list[str]) -> bool:
    """ "Suparno - detikJatim": a writer known by one name, beside a listed outlet or its edition and
    nothing else (an unlisted name beside one word may be a headline's tail)."""
    return (
        len(parts) == 2  # the name and the outlet
        and len(part.split()) == 1
        and looks_like_name(part)
        and not has_outlet_word(part)
        and all(is_outlet_name(o) for o in outlets)
    )


def _sub_brand(part: str, outlets: list[str]) -> bool:
    """A channel of the outlet beside it ("Contoh TV | Contoh"): the outlet's name and a word more."""
    words = len(part.split())
    folded = part.casefold()
    return any(folded.startswith(f"{o.casefold()} ") and words <= len(o.split()) + 2 for o in outlets)


# "Ana Lee , Budi Santoso - detikNews", "Ana Lee dan Budi Santoso | Contoh": writers sharing a byline.
_CO_WRITERS = re.compile(r"\s*,\s*|\s+(?:dan|and|&)\s+")


def _writers(part: str) -> bool:
    names = _CO_WRITERS.split(part)
    return len(names) > 1 and all(_writer(name) for name in names)


def _desk_outlet(part: str, parts: list[str]) -> bool:
    """ "Contoh World Bulletin / News Desk": beside a desk, a name of two to four capitalised words closing on
    an outlet word is the desk's outlet, though it holds a menu word ("World", "Nasional") as a section's
    label would: a label stands over no desk."""
    words = part.split()
    return (
        len(parts) == 2
        and any(_DESK.match(other) for other in parts if other != part)
        and 2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and has_outlet_word(words[-1])
    )


def _outlet_line(line: str) -> str:
    """The outlet of a short head line made of an outlet's name, alone or beside a desk or byline:
    "CNN Indonesia", "Tim detikcom - detikNews", "Ana Lee - detikNews", "Ana Lee, Budi Santoso -
    detikNews", "- detikNews", and a logo line that joins a name to an outlet word ("RadarContoh")."""
    if sum(1 for word in line.split() if any(c.isalpha() for c in word)) > _OUTLET_LINE_MAX_WORDS:
        return ""
    parts = [
        _ROLE_BEFORE.sub("", p.strip())
        for p in _OUTLET_LINE_BREAK.split(line.strip().lstrip("-–— "))
        if p.strip()
    ]
    if len(parts) == 1 and outlet_before_place(parts[0]):
        return outlet_before_place(parts[0])  # "The Contoh Post Jakarta": the outlet and where it filed
    outlets = [
        p
        for p in parts
        if is_outlet_name(p)
        or (is_compound_outlet(p) and all(_writer(o) or _writers(o) for o in parts if o != p))
        # "By Ana Lee | The Contoh Times": an unlisted name that reads as a site's, beside a byline
        or (len(parts) > 1 and len(p.split()) > 1 and not _ROLE_END.search(p) and site_name(p))
        or _desk_outlet(p, parts)
    ]
    others = [p for p in parts if p not in outlets]
    accepted = (
        p
        for p in others
        if _DESK_OR_CREDIT.match(p)
        or _writer(p)
        or _writers(p)
        or _sub_brand(p, outlets)
        or _mononym_beside_listed(p, parts, outlets)
    )
    if not outlets or len(list(accepted)) < len(others):
        return ""
    return outlets[-1]


_URL = r"(?P<url>https?://[^\s<>\"')\]]+)"
_LABELLED_URL = re.compile(
    rf"^(?:sumber|source|url|link|tautan|artikel asli|original(?: article)?|baca selengkapnya|klik untuk baca"
    rf"|canonical)\s*:?\s*{_URL}\s*$",
    re.I,
)
_FIRST_SHOWN_URL = re.compile(rf"\b(?:klik untuk baca|selengkapnya di|read more at)\s*:?\s*{_URL}", re.I)
_BARE_URL = re.compile(rf"^{_URL}$")
# A bare address is the page's own only at the very top or bottom; inside the story it links elsewhere.
_BARE_URL_EDGE = 2


# "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcontoh.com%2Fa", "https://wa.me/?text=Judul
# https://contoh.com/a": a share button's link carries the address of the page it shares, which is this one.
_SHARE_LINK = re.compile(
    r"https?://(?:www\.|api\.|m\.)?(?:facebook\.com/sharer|twitter\.com/(?:intent/tweet|share)|x\.com/intent"
    r"|whatsapp\.com/send|wa\.me/|t\.me/share|telegram\.me/share|linkedin\.com/(?:shareArticle|sharing)"
    r"|pinterest\.com/pin/create)[^\s?]*\?(?P<query>\S+)",
    re.I,
)
_SHARED_URL = re.compile(r"https?://[^\s<>\"')\]&]+")  # up to the share link's next parameter


def shared_url(paragraphs: list[str]) -> str:
    """The page's own address in a share button's link, when it is no platform's. Kept apart from
    :func:`stated_url`: the page never prints it for readers, so a date in it dates nothing."""
    for paragraph in paragraphs:
        for share in _SHARE_LINK.finditer(paragraph):
            target = _SHARED_URL.search(unquote(share["query"]).replace("+", " "))
            url = target.group().rstrip(".,;") if target else ""
            if url and not _platform_url(url):
                return url
    return ""


def stated_url(paragraphs: list[str]) -> str:
    """The page's address as the text states it: a ``Sumber:``/``Source:`` line, a reprint note's
    link, or an address alone on the first or last lines."""
    if not any("://" in paragraph for paragraph in paragraphs):
        return ""  # each pattern reads an address, which holds "://"
    for pattern in (_LABELLED_URL, _FIRST_SHOWN_URL):
        for paragraph in paragraphs:
            match = pattern.search(paragraph.strip())
            if match:
                return match["url"].rstrip(".,;")
    edges = [*paragraphs[:_BARE_URL_EDGE], *paragraphs[-_BARE_URL_EDGE:]]
    for paragraph in edges:
        match = _BARE_URL.match(paragraph.strip())
        if match and not _platform_url(match["url"]):  # a share button's or a video's link is no address
            return match["url"].rstrip(".,;")
    return ""


def _platform_url(url: str) -> bool:
    return is_platform(re.sub(r"^https?://(?:www\.)?", "", url, flags=re.I).split("/")[0])


_ACRONYM_OUTLET = re.compile(r"^[A-Z]{2,8}$")
_JOINERS = frozenset({"of", "the", "for", "&", "and", "dan"})


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """True when each word gives the acronym its next letters: its first, then perhaps a few more
    of its own in order ("Mi'raj News Agency" → M-I, N, A); joining words may give none."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    letters = [c for c in word.casefold() if c.isalnum()]
    if word.casefold() in _JOINERS and _abbreviates(acronym, rest):
        return True
    if not acronym or not letters or letters[0] != acronym[0].casefold():
        return False
    # the word covers acronym[:taken]; its later letters may continue the acronym in order
    taken, position = 1, 1
    ends = [1]
    while taken < len(acronym):
        found = "".join(letters).find(acronym[taken].casefold(), position)
        if found < 0:
            break
        taken, position = taken + 1, found + 1
        ends.append(taken)
    return any(_abbreviates(acronym[end:], rest) for end in reversed(ends))


def bylined_full_name(outlet: str, paragraphs: list[str]) -> str:
    """A listed acronym ("AP", from "(AP) —") as the full name the page's own byline or outlet line
    gives it ("By Ana Lee – Associated Press"): the fullest form the page writes, as a person's full
    name is kept over a short form; the acronym unchanged otherwise. A name spelled out elsewhere (a
    footer's "Kantor Berita Contoh (KBC)") does not count: an agency signing its dateline with its
    acronym is cited as it signs, as the read sets' golds write it (5 pages of 4 sets)."""
    if not _ACRONYM_OUTLET.match(outlet):
        return outlet
    for paragraph in paragraphs[:_STAMP_PARAGRAPHS]:
        named = _outlet_line(paragraph) or _byline_outlet(paragraph)
        if named and " " in named and _abbreviates(outlet, named.split()):
            return named
    return outlet


# "Judul - Contoh.com Jatim", "baca … dari Contoh.com Jatim di Google News": a network's regional site
# signs with the network's name and its region, the name a citation should give.
_EDITION_END = r"(?=\s*$|\s+di\s|\s*\|)"


def _matches_at(pattern: re.Pattern[str], text: str, opening: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, its matches tried only where ``opening`` is found (each match of
    ``pattern`` must start with one; overlapping ones are looked for too): a page's outlet is found by a
    quick scan, and the lookbehind before it is no longer tried at every position of every paragraph."""
    found: list[re.Match[str]] = []
    at = 0
    while (place := opening.search(text, at)) is not None:
        match = pattern.match(text, place.start())
        if match:
            found.append(match)
            at = max(match.end(), place.start() + 1)
        else:
            at = place.start() + 1
    return found


def regional_edition(outlet: str, paragraphs: list[str]) -> str:
    """The outlet as its regional edition when the page signs so with a known region after the name;
    the outlet unchanged otherwise, or when it signs with more than one region."""
    if not outlet or len(outlet) < _EDITION_MIN_NAME:
        return outlet
    signed, named = _edition_patterns(outlet)
    regions = {
        match["region"]
        for paragraph in paragraphs
        for match in _matches_at(signed, paragraph, named)
        if match["region"][:1].isupper() and is_region(match["region"])
    }
    return f"{outlet} {regions.pop()}" if len(regions) == 1 else outlet


_EDITION_MIN_NAME = 4


@lru_cache(maxsize=256)
def _edition_patterns(outlet: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The outlet followed by a region, and the outlet alone: compiled once an outlet (re's own cache
    drops them among the many other patterns a page is read with, and a compile costs ~1 ms)."""
    signed = re.compile(rf"(?<![\w.-]){re.escape(outlet)}\s+(?P<region>[A-Z][a-z]+){_EDITION_END}", re.I)
    return signed, re.compile(re.escape(outlet), re.I)


# "Source" on a line of its own, then "Contoh Globe - September 18, 2025", or "Sumber: Contoh News" over
# the story: an aggregator names the outlet whose story it reprints, which may carry a wire's dateline.
_SOURCE_LABEL = re.compile(r"^(?:source|sumber)\s*:?\s*(?P<rest>.*)$", re.I)
_SOURCE_NAME_END = re.compile(r"\s*[|·•,]|\s[-–—]{1,2}\s")
_SOURCE_PARAGRAPHS = 6


def labelled_source(paragraphs: list[str]) -> str:
    """The listed outlet or site domain a source label over the story names; "" when none."""
    head = [p.strip() for p in paragraphs[:_SOURCE_PARAGRAPHS] if p.strip()]
    for i, line in enumerate(head):
        label = _SOURCE_LABEL.match(line)
        if not label:
            continue
        rest = label["rest"].strip() or (head[i + 1] if i + 1 < len(head) else "")
        name = _SOURCE_NAME_END.split(rest, maxsplit=1)[0].strip(" .")
        if name and is_outlet_name(name):
            return name
        if name and site_name(name):
            return site_name(name)  # "Source: The Contoh Times": an unlisted name that reads as a site's
    return ""
