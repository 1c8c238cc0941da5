"""The site a page names where it talks to its reader, listed or not.

Pages name themselves in furniture no dateline or byline rule reads: an invitation to read more there
("Baca berita menarik lainnya di Kabarcontoh.com", "Read more stories on The Contoh Times"), a thank-you
("Terima kasih telah membaca Harian Contoh"), an app banner ("Baca di aplikasi KabarContoh",
"Download aplikasi Contohnews"), and the newsroom's mailbox ("Kirim berita ke redaksi@contoh.co.id").
The rules for listed outlets (origin._site_speaking) know the name; these know the shape, so a site no
list holds is found too: the name must still read as a site's (a domain, a name run into an outlet word,
or a name holding one: "Harian", "Times", "Post").
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.ingest.boilerplate import furniture_share
from kutip.index.ingest.outlets import (
    display_outlet,
    has_outlet_word,
    is_compound_outlet,
    is_outlet_name,
    known_outlets,
)
from kutip.index.ingest.site_domain import is_platform
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set, sections

__all__ = ["invited_site", "newsroom_mailbox", "site_name"]

# A name in its own capitals (the invitation's words are read in any case), or a domain in lower case.
_NAME = (
    r"(?-i:(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
    rf"|[a-z][\w-]*(?:\.[a-z][\w-]*)*\.{SITE_ENDING}))"
)
# What may follow the name: the line's end, a mark, or the service or reason the invitation goes on with.
_AFTER = r"(?=\s*(?:[.!,:;|)]|$|\s+(?:di|on|lewat|melalui|via|untuk|for|sekarang|now|dan|and|gratis|free)\b))"
_INVITE = re.compile(
    r"^\W*(?:"
    r"(?:baca|simak|lihat|dapatkan|temukan|nikmati|pantau|ikuti)\b(?:\s+\S+){0,8}?"
    r"\s+(?:di|dari|hanya di|melalui)"
    r"|(?:read|get|find|discover|follow|enjoy)\b(?:\s+\S+){0,8}?\s+(?:on|at|from)"
    r"|terima kasih (?:telah|sudah) membaca|thanks? (?:you )?for reading"
    r"|(?:download|unduh|install|pasang)\s+(?:the\s+)?(?:aplikasi|app)"
    r"|(?:baca|read)\s+(?:di|in|on)\s+(?:aplikasi|the app)"
    r")\s+" + _NAME + _AFTER,
    re.I,
)
_INVITE_MAX_WORDS = 25
# "Baca juga: Warga … di Jalan Raya Pos", "Read more: …": a related story's headline, not an invitation.
_RELATED = re.compile(
    r"^\W*(?:(?:baca|simak|lihat|tonton|read|see|watch)\s+(?:juga|pula|also|more|lainnya|selengkapnya)?\s*:"
    r"|(?:baca|simak|lihat|tonton)\s+(?:juga|pula)\b|(?:read|see|watch)\s+also\b|related\b)",
    re.I,
)
_NAME_MAX_WORDS = 4

# A service the reader is invited to follow the site on is no site: its name is a platform's
# ("Google News", "WhatsApp Channel"), read from the platform hosts' first labels.
_PLATFORM_WORDS = frozenset(
    fold(host.split(".")[0]) for host in sections("ingest_outlet_words.txt").get("platform", [])
) | {"google", "play", "app", "store", "appstore", "playstore", "whatsapp", "line"}


@cache
def _listed() -> frozenset[str]:
    return frozenset(fold(name) for name in known_outlets())


def site_name(name: str) -> str:
    """The name as a site's, shown as its outlet; "" when it does not read as one or names a platform."""
    name = name.strip(" .")
    if "," in name:
        return ""  # "Reporter, The Contoh Times": more than a name
    words = name.split()
    if not words or len(words) > _NAME_MAX_WORDS or fold(words[0].removeprefix("www.")) in _PLATFORM_WORDS:
        return ""
    if any(fold(word) in _PLATFORM_WORDS or _run_together_platform(word) for word in words):
        return ""
    if "." in name and " " not in name:
        return "" if is_platform(name) else _shown(name)
    for start in range(1, len(words)):  # "Kantor Berita Contoh": a listed outlet after its description
        if fold(" ".join(words[start:])) in _listed():
            return display_outlet(" ".join(words[start:]))
    if is_outlet_name(name) or is_compound_outlet(name):
        return display_outlet(name)
    # "Harian Contoh", "The Contoh Times": an outlet word among the name's; a section label made of menu
    # words ("Berita Daerah", "Berita Utama") holds one too
    # (opening or closing it: "Harian Contoh", "Contoh Times"); a body's head word that is no outlet word
    # makes it an office's ("Media Center Contoh", "Pusat Media Contoh")
    edges = [words[1] if fold(words[0]) == "the" and len(words) > 2 else words[0], words[-1]]
    body = any(fold(w) in _ORG_HEADS and not has_outlet_word(w) for w in words)
    if len(words) >= 2 and any(map(has_outlet_word, edges)) and not body and furniture_share(name) < _LABEL:
        return display_outlet(name)
    return ""


# "GoogleNews", "WhatsAppChannel": a service's name run together as its logo writes it.
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _run_together_platform(word: str) -> bool:
    parts = _CAMEL_PART.findall(word)
    return len(parts) > 1 and "".join(parts) == word and fold(parts[0]) in _PLATFORM_WORDS


_LABEL = 0.5  # the share of menu words from which a name is a section label
_ORG_HEADS = folded_set("gazetteer/org_heads.txt")


def _shown(site: str) -> str:
    shown = display_outlet(site)
    if shown != site:
        return shown
    return site[0].upper() + site[1:] if site.islower() else site


# "Contoh.com adalah portal berita …", "The Contoh Times is a news website …": the site describing itself
# in its footer.
_SELF_DESCRIBED = re.compile(
    r"^\W*" + _NAME + r"\s+(?:adalah|merupakan|is)\s+(?:(?:sebuah|salah satu|a|an|the|one of the)\s+)?"
    r"(?:portal|situs|media|website|site|laman|news|online|digital|leading|independent)\b",
    re.I,
)


# "Ikuti berita menarik lainnya dari situs Contoh Indonesia", "Check out the other news from Contoh Expat to
# stay updated": an invitation to more NEWS from a name says the name publishes news, so the name need not
# read as a site's by its words (it must still be a name, not a platform's, a place's or a person's).
_NEWS_INVITE = re.compile(
    r"^\W*(?:ikuti|baca|simak|dapatkan|temukan|check out|read|get|find|follow|discover|see)\b(?:\s+\S+){0,5}?"
    r"\s+(?:berita(?:-berita)?|news|artikel|articles?|stories|informasi|updates?)\b(?:\s+\S+){0,3}?"
    r"\s+(?:dari|from|di|on|at)\s+(?:(?:situs|laman|portal|website|kanal|the site|the website)\s+)?"
    r"(?-i:(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}))"
    r"(?=\s*(?:[.!,:;|)](?![A-Za-z])|$|\s+(?:di|on|lewat|melalui|via|untuk|for|to|dan|and)\b))",
    re.I,
)


# "Dapatkan kabar terbaru berita Contoh.com lewat aplikasi", "Ikuti berita CONTOH.ID di kanal kami": the news
# of a site, then where to get it. The name stands where a topic may ("berita Sukamaju di …"), so it
# must read as a site's by itself (a domain, a listed name, an outlet word in or run into it).
_NEWS_WORD = r"(?:berita(?:-berita)?|news|update|updates|informasi|info|artikel)\b"
_NEWS_OF = re.compile(
    r"^\W*(?:dapatkan|ikuti|simak|baca|pantau|get|follow|read)\b(?:\s+\S+){0,3}?"
    rf"\s+{_NEWS_WORD}\s+(?!{_NEWS_WORD})" + _NAME + r"\s+(?:di|on|lewat|melalui|via)\b",
    re.I,
)


# "Follow channel WhatsApp Contoh sekarang", "Ikuti saluran Telegram Harian Contoh", "Ikuti Contoh di Google
# News": an invitation to follow a name on a news service says the name publishes there, as the site's
# promo under its stories does; listed outlets and domains are read so already (origin._site_speaking), this
# reads any name, which must still be no platform's, place's, person's or office's. A sentence of the
# story is no invitation, so the line must address the reader that way within its first sentences.
# News services only: people, not sites, are followed on the social networks ("Ikuti Ana Lee di Instagram").
_SERVICES = r"(?:whatsapp|telegram|google\s?news)"
_SERVICE_WORDS = r"(?:channel|saluran|kanal|akun|grup|group|official)"
_FOLLOW_VERBS = r"(?:follow|ikuti|gabung(?:\s+(?:di|ke|dengan))?|join|subscribe|langganan|berlangganan)"
_ON_SERVICE = r"(?:di|on|lewat|melalui|via)\s+(?:(?:the\s+)?" + _SERVICE_WORDS + r"\s+)?" + _SERVICES
_CHANNEL_INVITE = re.compile(
    r"(?:^|[.!?]\s+|^\W+)" + _FOLLOW_VERBS + r"\s+(?:"
    # "Follow channel WhatsApp Contoh", "Ikuti WhatsApp Channel Contoh"
    r"(?:" + _SERVICE_WORDS + r"\s+)?" + _SERVICES + r"(?:\s+" + _SERVICE_WORDS + r")?\s+"
    r"(?-i:(?P<after>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))"
    r"(?=\s*(?:[.!,:;|)]|$|\s+(?:sekarang|now|untuk|for|agar|supaya|biar|dan|and|di|on)\b))"
    # "Ikuti Contoh di Google News", "Follow Berita Contoh di WhatsApp"
    r"|(?:(?:berita|news|akun|kanal)\s+)?(?-i:(?P<before>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))\s+"
    + _ON_SERVICE
    # "Follow Contoh untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google News": the name
    # followed for the news, the services named after it in the same promo (checked below)
    + r"|(?-i:(?P<for_news>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))(?=\s+(?:untuk|for|agar|supaya|biar)\b)"
    + r"\b)",
    re.I,
)
_SERVICE_NAMED = re.compile(r"\b" + _SERVICES + r"\b", re.I)


_FUNCTION_WORDS = folded_set("stopwords_en.txt") | folded_set("stopwords_id.txt")


def _promo_for_news(line: str, match: re.Match[str]) -> bool:
    """A name followed "for the news" is the site's only in its promo: the line opens with the invitation
    and names the news services after it; a sentence of the story does neither."""
    return not line[: match.start()].strip(" .!?•·-") and bool(_SERVICE_NAMED.search(line, match.end()))


def _followed_on_service(line: str) -> str:
    """The name an invitation to follow on a news service names; "" for everyday or menu words
    ("IKUTI BERITA LAINNYA DI GOOGLE NEWS")."""
    from kutip.index.entities.dictionary import is_listed_word  # the gazetteer's package reads ingest

    match = _CHANNEL_INVITE.search(line)
    if match is None:
        return ""
    if match["for_news"] and not _promo_for_news(line, match):
        return ""
    name = match["after"] or match["before"] or match["for_news"]
    words = [fold(word) for word in name.split()]
    if all(is_listed_word(w) or w in _FUNCTION_WORDS for w in words) or furniture_share(name) >= _LABEL:
        return ""  # "Follow Us on WhatsApp": the reader is asked to follow the page, which it names not
    return _news_source(name)


def invited_site(lines: list[str]) -> str:
    """The one site the page's reader-facing lines invite the reader to, or that describes itself there
    ("" when none or several)."""
    names = set()
    for line in lines:
        if len(line.split()) > _INVITE_MAX_WORDS or _RELATED.match(line):
            continue
        match = _INVITE.match(line.strip()) or _SELF_DESCRIBED.match(line.strip())
        site = site_name(match["name"]) if match else ""
        news_of = _NEWS_OF.match(line.strip()) if not site else None
        site = site or (site_name(news_of["name"]) if news_of else "")
        news = _NEWS_INVITE.match(line.strip()) if not site else None
        site = site or (_news_source(news["name"]) if news else "") or _followed_on_service(line)
        if site:
            names.add(site)
    return names.pop() if len(names) == 1 else ""


def _news_source(name: str) -> str:
    """A name an invitation to more news names as its source, shown as the outlet; "" for a platform's, a
    known place's or person's, or an office's ("Humas Contoh")."""
    from kutip.index.entities import lookup  # the gazetteer's package reads ingest

    site = site_name(name)
    if site:
        return site
    words = name.split()
    if len(words) > _NAME_MAX_WORDS:
        return ""
    if any(fold(w) in _PLATFORM_WORDS or _run_together_platform(w) for w in words):
        return ""
    if any(fold(w) in _NOT_A_SITE for w in words) or lookup(name) is not None:
        return ""
    return display_outlet(name)


# "Presiden Contoh": a person's title before a name; "Humas Contoh", "Dok. Contoh": an office or archive
# that hands out pictures and releases; "Kementerian Contoh": a body's head word.
_NOT_A_SITE = folded_set("gazetteer/titles.txt") | folded_set("language/credit_sources.txt") | _ORG_HEADS


_MAILBOXES = folded_set("ingest_outlet_words.txt", "mailbox")
_MAIL = re.compile(
    r"(?<![\w.-])(?P<box>[a-z][\w-]*)(?:[.+][\w-]+)?@(?P<host>[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*"
    rf"\.{SITE_ENDING})(?![\w-]|\.[a-z])",
    re.I,
)
# Hosts of offices, schools and the armed forces print mailboxes in stories too; none is a newsroom.
_PUBLIC_HOST = re.compile(r"\.(?:go|ac|sch|mil|desa|or)\.id$|\.(?:gov|edu)$", re.I)


def newsroom_mailbox(lines: list[str]) -> str:
    """The site of the one newsroom mailbox the page's furniture prints ("redaksi@contoh.com")."""
    hosts = set()
    for line in lines:
        for match in _MAIL.finditer(line):
            host = match["host"].casefold()
            if fold(match["box"]) not in _MAILBOXES or is_platform(host) or _PUBLIC_HOST.search(host):
                continue
            hosts.add(_registered(host))
    return _shown(hosts.pop()) if len(hosts) == 1 else ""


def _registered(host: str) -> str:
    """``mail.contoh.co.id`` and ``contoh.co.id`` are one site."""
    parts = host.split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in {"co", "or", "my", "web"} else 2
    return ".".join(parts[-keep:])
