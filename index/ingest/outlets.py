"""Recognising the name of a news outlet or wire agency."""

from __future__ import annotations

import re
from functools import cache

from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set
from kutip.index.stopwords import load_word_list

__all__ = [
    "credited_paper",
    "display_outlet",
    "has_outlet_word",
    "is_agency_token",
    "is_compound_outlet",
    "is_edition",
    "is_outlet_name",
    "is_region",
    "is_site_domain",
    "is_titled_compound",
    "known_outlets",
    "outlet_before_place",
    "outlet_key",
    "outlet_of_url",
    "outlet_word_inside",
]

# Host names have letters, digits and hyphens only: "IMG_2014…CONTOH.CO.ID" is a picture's file name run
# into a domain, no site.
_DOMAIN = re.compile(
    rf"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{SITE_ENDING}$",
    re.I,
)


def is_site_domain(text: str) -> bool:
    """A site's own domain ("KONTAN.CO.ID", "Contoh.com"), as a page writes where its dateline names it."""
    return bool(_DOMAIN.match(text.strip()))


_ALIAS = re.compile(r"\s*(?:→|=>)\s*")


@cache
def _aliases() -> dict[str, str]:
    """Written form (case-folded) → display name, from the ``form → Name`` lines of ``outlets.txt``.

    A plain line is its own display name, so every listed outlet is known. A name of several
    words is known written as one word too, as logos, handles and banners write it
    (``TheJakartaPost``, ``@KompasTV``).
    """
    table: dict[str, str] = {}
    for line in load_word_list("outlets.txt"):
        parts = _ALIAS.split(line, maxsplit=1)
        name = parts[-1].strip()
        table.setdefault(name.casefold(), name)
        table[parts[0].strip().casefold()] = name
    for form, name in list(table.items()):
        joined = form.replace(" ", "")
        if joined != form:
            table.setdefault(joined, name)
    # English outlets are written with their article and without it ("The Associated Press", "Straits
    # Times"); a name of one word after it is left alone ("The Star" is no "Star"). Either form is known,
    # and shown as the page prints it: a citation names the outlet as its page does.
    for form, name in list(table.items()):
        bare = form.removeprefix("the ")
        if bare != form and " " in bare:
            table.setdefault(bare, _without_article(name))
            table.setdefault(bare.replace(" ", ""), name)  # a logo's run-together words name the outlet
        elif bare == form and " " in form and not form.startswith("the "):
            table.setdefault(f"the {form}", f"The {name}" if " " in name else name)
    return table


def _without_article(name: str) -> str:
    """ "The Contoh Times" → "Contoh Times"; a name whose listed form has no article stays as it is."""
    return name[4:] if name.casefold().startswith("the ") and " " in name[4:] else name


@cache
def known_outlets() -> frozenset[str]:
    """Outlet and agency names (and their written forms) from ``data/outlets.txt``, case-folded."""
    return frozenset(_aliases())


_SCHEME = re.compile(r"^https?://", re.I)
_WWW = re.compile(r"^(?:www\d?|m|amp|mobile)\.", re.I)
# Section sub-domains name the same outlet: "nasional.kompas.com" is Kompas.com.
_SUBDOMAIN = re.compile(rf"^[a-z0-9-]+\.(?=[a-z0-9-]+\.{SITE_ENDING}$)", re.I)


def outlet_of_url(url: str) -> str:
    """The outlet a web address names (``https://nasional.kompas.com/…`` → ``Kompas.com``), else ""."""
    if not url.strip().lower().startswith(("http://", "https://")):
        return ""
    host = _host(url)
    return display_outlet(host) if _DOMAIN.match(host) else ""


def _host(text: str) -> str:
    return _WWW.sub("", _SCHEME.sub("", text.strip())).split("/")[0].split(":")[0]


def display_outlet(name: str) -> str:
    """The outlet's usual name for a written form: ``TRIBUNNEWS.COM`` → ``Tribunnews.com``,
    ``REPUBLIKA.CO.ID`` → ``Republika``; unlisted capitalised domains become ``Disway.id``."""
    name = _once(" ".join(name.strip().strip(",.;:-–—").split()))
    if not name:
        return ""
    table = _aliases()
    host = _host(name) if _SCHEME.match(name) or "/" in name else _WWW.sub("", name)
    for form in (name, host, _SUBDOMAIN.sub("", host)):
        if form.casefold() in table:
            return table[form.casefold()]
    if _DOMAIN.match(host) and host.isupper():
        return host[0] + host[1:].lower()
    if _DOMAIN.match(host):
        return host
    if name.isupper() and (" " in name or len(name) > _ACRONYM_MAX):
        return name.title()  # "FAKTA CONTOH" as a logo writes it → "Fakta Contoh"; acronyms stay
    return name


_ACRONYM_MAX = 8


def outlet_key(name: str) -> str:
    """One key for every spelling of an outlet's name, so readers that compare two namings agree:
    ``Contoh.com``, ``CONTOH.COM``, ``www.contoh.com``, ``contoh`` and ``Contoh`` (its usual name) are one
    brand, as are ``Contoh Tribune`` and ``Contohtribune.co.id``: accents, case, spaces and marks fold."""
    shown = fold(display_outlet(name)).removeprefix("www.")
    return re.sub(r"\W|_", "", re.sub(rf"\.{SITE_ENDING}$", "", shown))


def _once(name: str) -> str:
    """A name a scrape printed twice in a row, its logo's text then its dateline's ("Contoh.com CONTOH.COM"),
    written once."""
    words = name.split()
    half = len(words) // 2
    folded = [word.casefold() for word in words]
    if half and len(words) % 2 == 0 and folded[:half] == folded[half:]:
        return " ".join(words[:half])
    return name


def is_outlet_name(text: str) -> bool:
    """True for a site domain (``Kompas.com``), a listed outlet (``IDN Times``) or a listed
    outlet's regional edition (``ANTARA Kaltim``, ``detikJateng``)."""
    text = text.strip()
    listed = text.casefold() in known_outlets()
    return bool(_DOMAIN.match(text)) or listed or is_edition(text) or _network_channel(text)


# "detikJateng", "iNewsBanten", "TribunJatim": a network's brand run into its region's name.
_EDITION_WORD = re.compile(r"^(?P<brand>[A-Za-z]*[a-z])(?P<region>[A-Z][a-z]+)$")
_EDITION_MAX_REGION_WORDS = 2
_BRAND_MIN_CAPITALS = 3


def is_region(word: str) -> bool:
    """True for a place the gazetteer knows ("Jatim", "Bandung"): an edition's or a dateline's region."""
    return _is_region(word)


def _is_region(word: str) -> bool:
    from kutip.index.entities import lookup  # the gazetteer's package reads outlets through ingest
    from kutip.index.models import EntityType

    entry = lookup(word)
    return entry is not None and entry.type == EntityType.PLACE


def is_edition(text: str) -> bool:
    """True for a listed outlet's regional edition, named as networks name them: the brand run into a
    known place ("detikJateng", "iNewsBanten"), or the brand in capitals before one or two places
    ("ANTARA Kaltim", "ANTARA News Bengkulu"). A brand in title case before a place ("Antara Jakarta")
    is as often a sentence's first words, so it does not count."""
    words = text.split()
    if not words:
        return False
    if len(words) == 1:
        match = _EDITION_WORD.match(words[0])
        if match is None:
            return False
        return match["brand"].casefold() in known_outlets() and _is_region(match["region"])
    first = words[0]
    if len(first) < _BRAND_MIN_CAPITALS or not first.isupper():
        return False
    for cut in range(len(words) - 1, 0, -1):
        regions = words[cut:]
        if len(regions) > _EDITION_MAX_REGION_WORDS:
            break
        if " ".join(words[:cut]).casefold() in known_outlets() and all(map(_is_region, regions)):
            return True
    return False


# "detikHot", "kumparanNEWS": a network that writes its brand in lower case runs it into the name of its
# channel or regional desk, whatever that is. A scrape that lost a space may glue a brand that is also a
# word to the next word ("30 detikKemudian"): after such a brand a channel in title case is no word the
# news writes in lower case.
_CHANNEL_WORD = re.compile(r"^(?P<brand>[a-z][a-z0-9]{3,})(?P<channel>[A-Z][a-z]{2,}|[A-Z]{3,})$")


def _network_channel(word: str) -> bool:
    from kutip.index.entities.dictionary import is_listed_word, is_lower_word  # reads outlets too

    match = _CHANNEL_WORD.match(word)
    if match is None or match["brand"] not in known_outlets():
        return False
    channel = match["channel"]
    return channel.isupper() or not is_listed_word(match["brand"]) or not is_lower_word(channel.casefold())


_PLACE_MAX_WORDS = 3


def outlet_before_place(text: str) -> str:
    """The listed outlet of a line that names it and then the place it filed from, as bylines under a
    headline do ("The Contoh Post Jakarta", "Contoh News, Bandung"); "" otherwise."""
    words = text.strip().replace(",", " ").split()
    for cut in range(len(words) - 1, 0, -1):
        place = words[cut:]
        if len(place) > _PLACE_MAX_WORDS:
            break
        name = " ".join(words[:cut])
        if name.casefold() in known_outlets() and _is_region(" ".join(place)):
            return name
    return ""


# Words outlets put in their names and places do not (``data/ingest_outlet_words.txt``).
_OUTLET_WORDS = folded_set("ingest_outlet_words.txt", "outlet")


def outlet_word_inside(word: str) -> bool:
    """True when one word runs an outlet word together with more letters ("Kabarcontoh", and also
    "Beritakan", "Journalist"): :func:`is_titled_compound` and :func:`is_compound_outlet` judge it."""
    folded = word.strip(".,").casefold()
    return any(
        len(folded) - len(part) >= _GLUED_MIN_REST and (folded.startswith(part) or folded.endswith(part))
        for part in _OUTLET_WORDS
    )


def has_outlet_word(text: str) -> bool:
    """True when a title-case name contains a word outlets use in their names (``Harian``, ``Times``)."""
    return any(word.strip(".,").casefold() in _OUTLET_WORDS for word in text.split())


def credited_paper(inside: str) -> str:
    """The listed paper a dateline's bracket credits before the network passing its story on ("KOTA
    (Contoh Post/Contoh News Network): …", as syndication networks credit their members' copy), or
    ``inside`` unchanged. A listed outlet after the slash is no network ("Contoh/Reuters": a paper
    translating a wire)."""
    paper, slash, network = (part.strip() for part in inside.partition("/"))
    if slash and "/" not in network and is_outlet_name(paper) and not is_outlet_name(network):
        return paper if has_outlet_word(network) else inside
    return inside


_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
# "Kabar5News", "Radar24Pos": a channel's or an edition's number may stand between the name's parts
_CAMEL_WORD = re.compile(r"(?:[A-Z][a-z]+\d{0,3}){2,4}")
_ACRONYM_CAMEL = re.compile(r"[A-Z]{2,5}(?P<word>[A-Z][a-z]{2,})")


_GLUED_WORD = re.compile(r"[A-Z]{6,}")
_GLUED_MIN_REST = 3
# Indonesian word endings ("BERITANYA", "SUARAKAN", "POSTINGAN"): a word of the language, not a logo.
_WORD_ENDINGS = ("nya", "kan", "an")


def _glued_outlet(text: str) -> bool:
    """``WARTACONTOH``, ``CONTOHNEWS``: an outlet word and a name run together in one word of capitals,
    as a logo writes it; a known place or an everyday word with its suffix is never one."""
    if not _GLUED_WORD.fullmatch(text) or _is_region(text.capitalize()):
        return False
    if text.casefold().endswith(_WORD_ENDINGS):
        return False
    folded = text.casefold()
    return any(
        len(word) >= _GLUED_MIN_REST
        and len(folded) - len(word) >= _GLUED_MIN_REST
        and (folded.startswith(word) or folded.endswith(word))
        for word in _OUTLET_WORDS
    )


_TITLED_GLUED_WORD = re.compile(r"[A-Z][a-z]{6,}")
_TITLED_MIN_REST = 4


def is_titled_compound(text: str) -> bool:
    """``Wartacontoh``, ``Contohnews``: a site's one-word name with one capital, as a dateline writes
    it. Such words are common, so this needs the dateline's slot, a name part of four letters or more
    and no word of the language ("Posisi" is no "Pos" site, "Journalist" no journal)."""
    from kutip.index.entities.dictionary import is_listed_word  # the gazetteer's package reads outlets

    if not _TITLED_GLUED_WORD.fullmatch(text) or _is_region(text) or text.endswith(_WORD_ENDINGS):
        return False
    folded = text.casefold()
    if is_listed_word(folded):
        return False
    return any(
        len(word) >= _GLUED_MIN_REST
        and len(folded) - len(word) >= _TITLED_MIN_REST
        and (folded.startswith(word) or folded.endswith(word))
        for word in _OUTLET_WORDS
    )


def is_compound_outlet(text: str) -> bool:
    """True for a one-word site name that joins a name to an outlet word, after it or before it:
    ``BaperaNews``, ``KabarPos``, ``SuaraContoh``, ``RadarContoh``, ``WARTACONTOH``."""
    text = text.strip()
    if _glued_outlet(text):
        return True
    acronym = _ACRONYM_CAMEL.fullmatch(text)
    if acronym and acronym["word"].casefold() in _OUTLET_WORDS:
        return True  # "CTVNews": a broadcaster's capitals, then an outlet word
    if not _CAMEL_WORD.fullmatch(text):
        return False
    parts = _CAMEL_PARTS.findall(text)
    return parts[-1].casefold() in _OUTLET_WORDS or parts[0].casefold() in _OUTLET_WORDS


def is_agency_token(text: str) -> bool:
    """True for the non-person parts of a photo credit: agencies, ``POOL``, editor initials."""
    text = text.strip()
    if not text:
        return True
    if is_outlet_name(text) or text.casefold() in {"pool", "file", "files", "handout", "dok", "dokumentasi"}:
        return True
    if re.fullmatch(r"antara foto|ap photo|afp photo|reuters|getty images|epa(?:-efe)?|anadolu", text, re.I):
        return True
    # Initials of the photo editor, as in "(ANTARA FOTO/Name/abc)".
    return bool(re.fullmatch(r"[a-z]{2,4}", text))
