"""Reading the dateline that opens a news story: place, outlet, sometimes a date.

``Jakarta, IDN Times - …``, ``Liputan6.com, Washington, DC - …``,
``WASHINGTON (AP) — …``, ``Jakarta (ANTARA) - …``, ``Kabar Nusantara, Bekasi - …``.
Which part is the outlet is decided by evidence (a site domain, a bracketed
agency, the outlet list, a known place beside it, an outlet word in the name),
never by position alone, since sites order the parts differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kutip.index.entities import lookup
from kutip.index.entities.dictionary import is_listed_word
from kutip.index.ingest.boilerplate import furniture_share
from kutip.index.ingest.dates import DAY_NAMES, find_dates, wire_place
from kutip.index.ingest.outlets import (
    credited_paper,
    has_outlet_word,
    is_compound_outlet,
    is_outlet_name,
    is_site_domain,
    is_titled_compound,
    known_outlets,
    outlet_before_place,
)
from kutip.index.ingest.site_endings import SITE_ENDING, SITE_ENDING_BEHIND
from kutip.index.ingest.site_invite import site_name
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set
from kutip.index.models import EntityType

__all__ = ["Dateline", "is_place", "parse_dateline"]

_MAX_PREFIX = 90
# "Gudeg.net- Kepala", "Contoh.com_Warga": a site domain glued to its dash, or to the lead by an underscore.
_DOMAIN_END = SITE_ENDING_BEHIND
# Every separator opens on a space, a dash, an underscore or a comma (looked ahead for first, so that no other
# position tries the alternatives), and holds a dash or an underscore; before one of those, a domain's
# endings are looked behind for only there.
_SEPARATOR_MARKS = "-–—_"
_SEPARATOR = re.compile(
    r"(?=[\s\-–—_,])(?:"
    rf"\s+(?:-{{1,2}}|–|—)\s+|\s*(?:—|–)\s*|\s+-(?=[A-Z])|(?=[-_])(?:{_DOMAIN_END})(?:-{{1,2}}\s*|_)(?=[A-Z\"“])"
    # "Tanjungpinang- Sekda …", "MEDAN (contoh.com)-Skuad …": the dash run into the dateline's last word
    r"|(?<=[A-Za-z])-\s+(?=[A-Z\"“])|(?<=\))-{1,2}\s*(?=[A-Z\"“])"
    # "Contoh News, Kota, Jumat 14 September 2018- Sekretaris …": the dash run into the dateline's year
    r"|(?<=(?:19|20)\d\d)-\s+(?=[A-Z\"“])"
    # "Kota, CONTOH.ID,- Warga …": the dateline's comma kept before its dash with no space between them
    r"|(?<=[A-Za-z]),(?:-{1,2}|–|—)\s+(?=[A-Z\"“])"
    r"|(?P<glued>(?<=[a-z])-(?=[A-Z][a-z]))"
    r")"
)
# "SUKAMAJU KOTA | contoh.net – …": some sites set the place and their name apart with a bar, not a comma.
# A comma between digits is a decimal one, inside a part: a radio station's frequency ("Contoh 92,6 FM").
_PART_BREAK = re.compile(r"(?<!\d),|,(?!\d)|\s+\|\s+")
_BRACKETED = re.compile(r"^(?P<before>.*?)\s*\((?P<inside>[^()]{1,40})\)$")
# "SURABAYA (kabarcontoh) –": a small site's own name, written in lower case, after a wire-style place.
_SITE_HANDLE = re.compile(r"^[a-z][a-z0-9]{3,24}$")


def _handle_beside_place(parts: list[str]) -> str:
    """ "Jakarta, contohnews – …": a small site's name in the lower case its logo keeps, beside a known
    place (as in brackets after a wire-style one, "SURABAYA (contohnews) –"); a word any text writes
    in lower case is no name."""
    if len(parts) != 2 or not _is_place(parts[0]):
        return ""
    handle = parts[1]
    listed = is_listed_word(fold(handle)) or _DAY_NAME.match(handle)
    return handle if _SITE_HANDLE.match(handle) and not listed else ""


def _lone_compound_handle(parts: list[str]) -> str:
    """ "contohradio – Warga …": a small site's one-word name alone before the lead's dash, in its logo's
    lower case, a name run into a word outlets name themselves with (as "Contohradio – …" is read in
    title case)."""
    if len(parts) != 1 or not _SITE_HANDLE.match(parts[0]) or is_listed_word(fold(parts[0])):
        return ""
    return parts[0] if is_titled_compound(parts[0].capitalize()) else ""


# "contoh raya news -KOTA, Warga …": a site's name of a few words in its logo's lower case, one of them a word
# outlets name themselves with, over a wire-style place in capitals and its comma.
_LOWER_NAME = re.compile(r"^[a-z][a-z0-9]*(?:\s+[a-z][a-z0-9]*){1,3}$")
_WIRE_PLACE_COMMA = re.compile(r"^[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2},\s+(?=[A-Z])")


def _lower_name_over_place(parts: list[str], rest: str) -> str:
    """ "contoh raya news -KOTA, Warga …": the one part before the dash, a lower-case name with an outlet
    word (as "Contoh Raya News" is read in title case), where a place in capitals and a comma follow."""
    if len(parts) != 1 or not _LOWER_NAME.match(parts[0]) or not _WIRE_PLACE_COMMA.match(rest):
        return ""
    return parts[0] if has_outlet_word(parts[0]) else ""


# "JAKARTA (CONTOHSENAYAN) –": the site's one-word name in capitals, longer than the acronyms agencies
# and regions go by in brackets ("(KBC)", "(NTT)", read apart).
_SITE_CAPITALS_MIN = 9
_LEAD_LABELS = folded_set("ingest_outlet_words.txt", "lead_label")  # "(ADVERTORIAL)", "(EKSKLUSIF)"


def _site_word(inside: str) -> bool:
    """A small site's one-word name in brackets after a wire-style place: in its logo's lower case, or in
    capitals longer than an acronym; no known entity and no everyday word."""
    if _SITE_HANDLE.match(inside):
        return True
    return (
        len(inside) >= _SITE_CAPITALS_MIN
        and inside.isalpha()
        and inside.isupper()
        and lookup(inside.title()) is None
        and not is_listed_word(fold(inside))
        and fold(inside) not in _LEAD_LABELS
    )


_WORD_OK = re.compile(rf"^(?:[A-Z0-9][\w'’.&-]*|\d+,\d+|[a-z][\w-]*\.{SITE_ENDING}|de|di|el|al|dan|and|of)$")
_SHORT_MONTH_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2}$")
# "Kota Makassar", "Kabupaten Bekasi": administrative heads name places, not outlets.
_ADMIN_WORDS = r"(?:kota|kabupaten|kab\.?|provinsi|prov\.?|kecamatan|desa|kelurahan)"
_ADMIN_HEAD = re.compile(rf"^{_ADMIN_WORDS}\s+\S", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_MIN_LEAD_WORDS = 15
_DAY_NAME = re.compile(rf"^(?:{DAY_NAMES})$", re.I)


_PLACE_BEFORE_DATE = re.compile(r"^\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}\s*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What the opening words of a story say about where and by whom it was filed."""

    prefix: str  # as written, without the dash
    place: str
    outlet: str
    date: str  # ISO, only when the dateline itself carries a full date
    rest: str  # the paragraph text after the dash


def _title_like(part: str) -> bool:
    words = part.split()
    # "Kota, iNews Contoh.id - …": a listed outlet whose logo opens in lower case names a network's edition
    return 0 < len(words) <= 5 and all(_WORD_OK.match(w.strip(",")) or _lower_logo(w) for w in words)


def _lower_logo(word: str) -> bool:
    """A listed outlet's one-word name written with a lower-case first letter and capitals inside, as its
    logo writes it ("iNews", "detikNews"); an everyday lower-case word is never one."""
    return word[:1].islower() and any(c.isupper() for c in word[1:]) and is_outlet_name(word)


# "Gunung Contoh", "Mount Contoh": a landform's name of several words (data/ingest_place_parts.txt).
_LANDFORM_HEADS = folded_set("ingest_place_parts.txt", "head")


def is_place(part: str) -> bool:
    """A place the gazetteer knows, or one an administrative or landform word opens ("Kota Contoh")."""
    return _is_place(part)


def _is_place(part: str) -> bool:
    words = part.split()
    if _ADMIN_HEAD.match(part) or (len(words) > 1 and fold(words[0].rstrip(".")) in _LANDFORM_HEADS):
        return True
    entry = lookup(part)
    return entry is not None and entry.type == EntityType.PLACE


def _named_as_place(part: str, lead: str) -> bool:
    """The lead writes the part after an administrative head ("… di Kabupaten Contohsari, …"): a regency
    or town the gazetteer lacks, not a site's name."""
    return bool(re.search(rf"\b{_ADMIN_WORDS}\s+{re.escape(part)}\b", lead, re.I))


def _outlet_beside_places(places: list[str], lead: str = "") -> str:
    """The one part that is not a place, when the others are: ``Surabaya, Warta Kota Digital``.

    A known place (or, for places the gazetteer lacks, an outlet word in the other
    part) is the evidence; with two candidates or none, nothing is claimed. A part the lead itself
    names as a place is none.
    """
    if len(places) < 2:
        return ""
    candidates = [
        p
        for p in places
        if not _is_place(p)
        and not _DAY_NAME.match(p)
        and not _reporter(p)
        and not _named_as_place(p, lead)
        and not _generic(p)
    ]
    # "Ana Lee Budiman, Citra Dewi, Jakarta – …": beside a reporter's name, another plain name is a
    # co-reporter's; only a name with an outlet's evidence is the outlet there
    if any(map(_reporter, places)):
        candidates = [
            p for p in candidates if is_outlet_name(p) or has_outlet_word(p) or is_compound_outlet(p)
        ]
    if len(candidates) == 1 and len(candidates) < len(places):
        return candidates[0]
    # "Kabarwarta, Sukamaju – …": an outlet word in the other part, or run into it as a one-word name
    worded = [p for p in places if _outlet_worded(p) and not _is_place(p) and not _generic(p)]
    if len(worded) == 1 and len(places) == 2:
        return worded[0]
    return ""


_REPORTER_MIN_WORDS = 3  # two capitalised words are as often a small site ("Gema Pantura")


def _outlet_worded(part: str) -> bool:
    """A word outlets name themselves with, in the part or run into its one word ("Kabarwarta")."""
    return has_outlet_word(part) or is_compound_outlet(part) or is_titled_compound(part)


def _generic(part: str) -> bool:
    """ "News, JAKARTA – …": outlet words alone ("News", "Media Online") name no outlet, as a site that
    copies another's page with the brand cut out leaves them."""
    words = part.split()
    return bool(words) and all(has_outlet_word(w) for w in words) and not is_outlet_name(part)


def _reporter(part: str) -> bool:
    """A person's name beside the place ("Ana Lee, Jakarta – …"): the reporter's dateline, not an outlet.
    A name with a place in it ("Lensa Sumut") is a regional site's."""
    from kutip.index.ingest.credits import looks_like_name  # credits reads datelines' outlets

    return (
        len(part.split()) >= _REPORTER_MIN_WORDS
        and looks_like_name(part)
        and not has_outlet_word(part)
        and not is_outlet_name(part)
        and not any(map(_is_place, part.split()))  # "Lensa Sumut": a regional site names its region
        # "Lensa Contoh Raya, Kota – …": the word regional sites open their names with opens no person's
        and fold(part.split(maxsplit=1)[0]) not in _BRAND_OPENERS
    )


# "WowKeren", "KabarContoh": a site's name written as one word with capitals inside, as logos write
# it; places are not written so.
_CAMEL_NAME = re.compile(r"^[a-z]?(?:[A-Z][a-z]+){2,4}$")


_ALONE_MAX_WORDS = 3
_ALONE_MIN_LEAD_WORDS = 8
_ALONE_MAX_FURNITURE = 0.5


def _outlet_alone(places: list[str], rest: str) -> str:
    """The one part of a dateline that names no place but starts or ends with a word outlets put in
    their names: "Suara Contoh – …", "Radar Contoh – …", "Contoh Post – …" (a site's own name as
    the whole dateline, as regional network sites write it)."""
    if len(places) != 1 or len(rest.split()) < _ALONE_MIN_LEAD_WORDS:
        return ""  # a site's name opens a lead, never a short headline tail
    words = places[0].split()
    if not 2 <= len(words) <= _ALONE_MAX_WORDS or _is_place(places[0]) or not places[0][:1].isupper():
        return ""
    if furniture_share(places[0]) >= _ALONE_MAX_FURNITURE and not _names_a_body(words):
        return ""  # "Berita Duka – …", "Kabar Terkini – …": a label over the story, not a site's name
    if has_outlet_word(words[0]) or has_outlet_word(words[-1]):
        return places[0]
    return places[0] if _regional_brand(words) else ""


def _names_a_body(words: list[str]) -> bool:
    """ "Berita Contoh" where Contoh is a party, a mass organisation or a place the gazetteer knows: a menu
    word that outlets put in their names, then whose news it is (a party's or a city's own site); a label
    over the story ends on an everyday word instead ("Berita Duka", "Kabar Terkini")."""
    if not has_outlet_word(words[0]) or len(words) < 2:
        return False
    entry = lookup(" ".join(words[1:]))
    return entry is not None and entry.type in (EntityType.ORGANIZATION, EntityType.PLACE)


# "Fakta Contoh", "Lensa Contoh": a regional site's brand word, then the region it covers.
_BRAND_OPENERS = folded_set("ingest_outlet_words.txt", "brand_opener")


def _regional_brand(words: list[str]) -> bool:
    """ "FAKTA CONTOH": a brand word, then a known place."""
    return words[0].casefold() in _BRAND_OPENERS and _is_place(" ".join(words[1:]))


# "Jakarta, 15 Mei 2016 (KBC) – …": an agency's acronym closing a dateline of place and date.
_AGENCY_ACRONYM = re.compile(r"^[A-Z]{2,8}$")


def _agency_acronym(inside: str) -> bool:
    """An acronym the gazetteer does not know: a province ("(NTT)") or a body ("(KPK)") is no agency."""
    return bool(_AGENCY_ACRONYM.match(inside)) and lookup(inside) is None


def _filed_from(before: str) -> bool:
    """The place (and date) an unlisted agency's bracketed acronym follows: a known or wire-style
    place first, and nothing else but a date after it."""
    parts = [p.strip() for p in _join_split_dates(before.split(",")) if p.strip()]
    if not parts or not (_is_place(parts[0]) or wire_place(parts[0])):
        return False
    return all(next(find_dates(p), None) for p in parts[1:])


def _agency_after_place(inside: str, before: str) -> bool:
    """An unlisted agency in brackets after its place: an acronym after a place and perhaps a date
    ("Jakarta, 15 Mei 2016 (KBC)"), or a wire's name after a place and day ("TOKYO, Jun. 9 (X Wire)")."""
    return (_agency_acronym(inside) and _filed_from(before)) or (_wire_name(inside) and _wire_filed(before))


def _site_after_place(inside: str, before: str, rest: str) -> bool:
    """ "Kota (Contoh Window) – …": a name of two to four capitalised words in brackets after a known
    place, over a lead, as sites copying the wire's shape write theirs. A region in brackets has an
    administrative head or ends with a known place ("Sleman (Kabupaten Contoh)", "Kota (Jawa Barat)");
    a site may open its name with one ("Indonesia Contoh")."""
    words = inside.split()
    if len(words) == 1 and is_compound_outlet(inside) and _reads_like_prose(rest):
        return _is_place(
            before.strip().rstrip(",")
        )  # "Kota (KabarContoh) – …": a name run into an outlet word
    if not 2 <= len(words) <= _WIRE_MAX_WORDS or not _wire_name(inside) or not _reads_like_prose(rest):
        return False
    if lookup(inside) is not None or _ADMIN_HEAD.match(inside) or _is_place(words[-1]):
        return False
    return _is_place(before.strip().rstrip(","))


_WIRE_MAX_WORDS = 4
_WIRE_NAME = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$")


def _wire_name(inside: str) -> bool:
    """A name in title case or capitals, one to four words, that names no place: "(Contoh Newswire)"."""
    return bool(_WIRE_NAME.match(inside)) and not _is_place(inside)


def _wire_filed(before: str) -> bool:
    """A wire service's place and day before its bracketed name ("TOKYO, Jun. 9 (Contoh Wire) -"): a
    place in capitals (or a known one), then the month and day the wire always gives. The day is the
    evidence; a bracket after a place alone is as often a region ("Sleman (DIY)")."""
    parts = [p.strip() for p in before.split(",") if p.strip()]
    if len(parts) < 2 or not (wire_place(parts[0]) or _is_place(parts[0])):
        return False
    days = parts[1:]
    return all(_SHORT_MONTH_DAY.match(p) or next(find_dates(p), None) for p in days)


def _join_split_dates(parts: list[str]) -> list[str]:
    """Dateline parts with an English date the commas cut ("October 26", " 2012") made one again."""
    joined: list[str] = []
    for part in parts:
        if joined and _YEAR_ONLY.match(part) and _SHORT_MONTH_DAY.match(joined[-1].strip()):
            joined[-1] = f"{joined[-1]},{part}"
        else:
            joined.append(part)
    return joined


_YEAR_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*$")


def _reads_like_prose(rest: str) -> bool:
    """True when the text after the dash is a story sentence, not the rest of a headline.

    The weaker outlet evidence (a place beside an unlisted name) also fits a headline
    such as "Banjir Rendam Bekasi, Jakarta - Warga Mengungsi", which must stay a title;
    headlines are short and carry no full stop, leads are long or end a sentence.
    """
    rest = rest.strip()
    return bool(_SENTENCE_END.search(rest)) or len(rest.split()) >= _MIN_LEAD_WORDS


# "Sukamaju, CONTOH.ID" on its own line over the lead, with no dash after it.
_SITE_DOMAIN = re.compile(rf"^[A-Za-z0-9][A-Za-z0-9-]*\.{SITE_ENDING}$", re.I)


def _site_then_place(part: str) -> bool:
    """ "CONTOH.CO SUKAMAJU": the site's domain and its place with no comma between them."""
    words = part.split(maxsplit=1)
    if len(words) != _STANDALONE_PARTS or not _SITE_DOMAIN.match(words[0]):
        return False
    return _is_place(words[1]) or wire_place(words[1])


_STANDALONE_PARTS = 2
_PLACE_SITE_WORDS = 2


def _place_then_site(part: str) -> tuple[str, str] | None:
    """ "Sukamaju Contoh.com", "Sukamaju kabar Contoh.com": a known place of one or two words, then the
    site's name closing on its domain (one word before it at most, a brand word some sites keep in lower
    case), the comma between them dropped by the scrape; the place and the name, else None."""
    words = part.split()
    for cut in (2, 1):  # the longer place first: "Jakarta Selatan Contoh.com"
        place, site = " ".join(words[:cut]), words[cut:]
        if (
            1 <= len(site) <= _PLACE_SITE_WORDS
            and _SITE_DOMAIN.match(site[-1])
            and site[0][:1].isalpha()
            and _is_place(place)
        ):
            return place, " ".join(site)
    return None


# "Kota Barat-CONTOH.COM- Warga …": the place and the site's domain joined by a hyphen.
_PLACE_GLUED_SITE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){{0,2}})-(?P<site>[A-Za-z0-9][A-Za-z0-9-]*\.{SITE_ENDING})$",
    re.I,
)


# "Kota-ContohNews- Warga …": the place and the site's one-word name joined by a hyphen, as its domain is
# above; the place must be a known one, as words joined so are common ("Jawa-Bali").
_PLACE_GLUED_NAME = re.compile(r"^(?P<place>[A-Z][a-z]+)-(?P<site>[A-Za-z][\w]+)$")


def _place_glued_site(part: str) -> tuple[str, str] | None:
    """The place and the site of a part joining them by a hyphen."""
    glued = _PLACE_GLUED_SITE.match(part)
    if glued:
        return glued["place"], glued["site"]
    named = _PLACE_GLUED_NAME.match(part)
    if named and _is_place(named["place"]) and _one_word_site(named["site"]):
        return named["place"], named["site"]
    return None


_HYPHENED = re.compile(r"^(?P<prefix>[A-Z][a-z]+-[A-Za-z]\w+)-{1,2}\s+(?=[A-Z\"“])")


def _hyphened_site(paragraph: str) -> Dateline | None:
    """ "Kota-ContohNews- Warga …": read whole before the first hyphen is taken for the dateline's dash."""
    match = _HYPHENED.match(paragraph)
    glued = _place_glued_site(match["prefix"]) if match else None
    if not match or not glued:
        return None
    return Dateline(match["prefix"], glued[0], glued[1], "", paragraph[match.end() :])


def _standalone(paragraph: str) -> Dateline | None:
    """A dateline the page set on a line of its own without a dash: a known (or wire-style) place, then
    the site's domain, a listed outlet or a one-word site name, and nothing else. Without the dash only the
    place and the site's own name together are evidence enough."""
    parts = [p.strip() for p in paragraph.strip().split(",")]
    if len(parts) != _STANDALONE_PARTS or not all(parts):
        return None
    place, outlet = parts
    if not (_is_place(place) or wire_place(place)):
        return None
    if not (
        _SITE_DOMAIN.match(outlet)
        or outlet.casefold() in known_outlets()
        or _one_word_site(outlet)
        or closing_outlet_word_name(outlet)
    ):
        return None
    return Dateline(paragraph.strip(), place, outlet, "", "")


# "Kota, Contoh Online", "Contoh Journal": an unlisted site's name of two or three capitalised words that
# closes on an outlet word, as a masthead or a dateline prints it ("Discussion about this post" is none).
_CLOSING_NAME_MAX_WORDS = 3


def closing_outlet_word_name(name: str) -> bool:
    """True for a name of 2-3 words, each opening with a capital, whose last is an outlet word and which
    reads as a site's name (no platform, office or section label)."""
    words = name.split()
    return (
        2 <= len(words) <= _CLOSING_NAME_MAX_WORDS
        and all(word[:1].isupper() for word in words)
        and has_outlet_word(words[-1])
        and bool(site_name(name))
    )


# "Kota, Contohnews", "Kota, ContohPos", "Kota, Contohnewstv": the site's one-word name run into an outlet
# word (a broadcaster's "tv" or "fm" may close it after another), as a logo writes it.
_CLOSING_BAND = re.compile(r"(?<=[a-z]{4})(?:tv|fm)$")


def _one_word_site(word: str) -> bool:
    if " " in word:
        return False
    unbanded = _CLOSING_BAND.sub("", word)
    return is_compound_outlet(word) or is_titled_compound(word) or is_titled_compound(unbanded)


_PLACE_MAX_WORDS = 3


# A one-word place the scrape ran into the lead's first word, where the dash stood: "JakartaWarga".
_GLUED_PLACE = re.compile(r"(?P<place>[A-Z][a-z]+)(?=[A-Z][a-z])")


def _site_comma_place(paragraph: str) -> Dateline | None:
    """A dateline with no dash at all: the site's domain, a comma, its place, then the lead
    ("contoh.com, MEDAN, Warga …", "Contoh.com, Jakarta Warga …"). The domain first and a known (or
    wire-style) place after it are the evidence; a sentence never opens with a domain and a comma."""
    site, comma, rest = paragraph.partition(",")
    if not comma or not _SITE_DOMAIN.match(site.strip()):
        return None
    rest = rest.strip()
    first_part = rest.split(",", 1)[0].strip()
    if len(first_part.split()) <= _PLACE_MAX_WORDS and (_is_place(first_part) or wire_place(first_part)):
        place, lead = first_part, rest[len(first_part) :].lstrip(" ,")
    else:
        words = rest.split()
        cut = next((n for n in range(_PLACE_MAX_WORDS, 0, -1) if _is_place(" ".join(words[:n]))), 0)
        place, lead = " ".join(words[:cut]), " ".join(words[cut:])
        glued = _GLUED_PLACE.match(rest)
        if not place and glued and _is_place(glued["place"]):  # the scrape lost the dash: "JakartaWarga"
            place, lead = glued["place"], rest[glued.end() :]
    if not place or len(lead.split()) < _ALONE_MIN_LEAD_WORDS or not lead[:1].isupper():
        return None
    return Dateline(f"{site.strip()}, {place}", place, site.strip(), "", lead)


# "Jakarta, The Contoh Observer: The government …": a known place, the outlet's name and a colon where a
# wire puts its dash, then the lead.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}),\s+"
    r"(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}):\s+(?=[A-Z\"“])"
)


def _colon_dateline(paragraph: str) -> Dateline | None:
    """The dateline of a site that writes a colon for the dash; its name must read as an outlet's (listed,
    a domain, a name run into an outlet word or holding one), and a story sentence must follow."""
    found = _COLON_DATELINE.match(paragraph)
    if not found:
        return None
    place, outlet = found["place"], found["outlet"]
    named = bool(site_name(outlet))
    rest = paragraph[found.end() :]
    if not named or not (_is_place(place) or wire_place(place)) or not _reads_like_prose(rest):
        return None
    return Dateline(f"{place}, {outlet}", place, outlet, "", rest)


# "Jakarta, Aug 15 (AP) President …", "WASHINGTON (Contoh Wire) Officials …": a wire dateline whose dash
# the scrape dropped, the listed agency's bracket straight before the lead.
_AGENCY_NO_DASH = re.compile(r"^(?P<before>[^()\n]{2,60}?)\s*\((?P<inside>[^()]{2,40})\)\s+(?=[A-Z\"“])")


def _agency_without_dash(paragraph: str) -> Dateline | None:
    """A place (and perhaps its day) then a listed agency in brackets, then the lead, with no dash."""
    found = _AGENCY_NO_DASH.match(paragraph)
    if not found or not is_outlet_name(found["inside"].strip()):
        return None
    before = found["before"].strip().rstrip(",")
    place = before.split(",")[0].strip()
    filed = _wire_filed(before) or _filed_from(before) or _is_place(before) or wire_place(before)
    rest = paragraph[found.end() :]
    if not filed or not _reads_like_prose(rest):
        return None
    prefix = paragraph[: found.end()].strip()
    date = next((f.iso for f in find_dates(before)), "")
    return Dateline(prefix, place, found["inside"].strip(), date, rest)


# "19-1-2024 (JAKARTA) Officials …", "BANGKOK (Contoh News / Agency - 05th May, 2023) Officials …": a
# dateline without a dash whose bracket holds, or stands beside, the story's full date. The year-dated day
# next to a place is the evidence a bare bracket lacks; the names before the date inside the bracket are
# the outlet, the first one where a slash adds the agency it took the story from.
_DATED_BRACKET = re.compile(r"^(?P<before>[^()\n]{2,40}?)\s*\((?P<inside>[^()\n]{2,70})\)\s+(?=[A-Z\"“])")
_BRACKET_DATE_SEPARATOR = re.compile(r"\s*(?:[-–—,]\s*)?$")


def _dated_bracket(paragraph: str) -> Dateline | None:
    found = _DATED_BRACKET.match(paragraph)
    if not found or not _reads_like_prose(paragraph[found.end() :]):
        return None
    before, inside = found["before"].strip(), found["inside"].strip()
    rest, prefix = paragraph[found.end() :], paragraph[: found.end()].strip()
    dated = next(find_dates(before), None)
    if dated and dated.start == 0 and not before[dated.end :].strip() and len(dated.iso) == len("yyyy-mm-dd"):
        if wire_place(inside) or _is_place(inside):  # "19-1-2024 (JAKARTA) …"
            return Dateline(prefix, inside, "", dated.iso, rest)
        return None
    dated = next(find_dates(inside), None)
    if not dated or inside[dated.end :].strip() or len(dated.iso) != len("yyyy-mm-dd"):
        return None
    if not (wire_place(before) or _is_place(before)):
        return None
    names = _BRACKET_DATE_SEPARATOR.sub("", inside[: dated.start])
    outlet = names.split(" / ")[0].strip()
    if outlet and not (_wire_name(outlet) and lookup(outlet) is None):
        return None
    return Dateline(prefix, before, outlet, dated.iso, rest)


def _name_before_place(part: str, rest: str) -> tuple[str, str]:
    """ "Contoh – Medan, Warga …": a site's one-word name before the dash and its place after it, then
    the lead. The known place opening the lead after a comma is the evidence; (name, place) or ("", "")."""
    place, comma, lead = rest.partition(",")
    place = place.strip()
    if not comma or len(place.split()) > _PLACE_MAX_WORDS or not _is_place(place):
        return "", ""
    words = part.split()
    if len(words) != 1 or _is_place(part) or _DAY_NAME.match(part) or not part[:1].isupper():
        return "", ""
    if is_listed_word(fold(part)):
        return "", ""  # "Presiden – Jakarta, …": an everyday word over the lead, not a site's name
    if furniture_share(part) >= _ALONE_MAX_FURNITURE or not _reads_like_prose(lead):
        return "", ""
    return part, place


# "JAKARTA. Para politisi …", "CONTOH POST. Warga …": a dateline in capitals closed by a full stop, as
# some papers print it; only capitals, as a sentence never opens with a stop after its first words.
_CAPITALS_STOP = re.compile(r"^[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+){0,2}\.\s+(?=[A-Z\"“])")
# "(Contoh Today) – Warga …": a site's name alone in brackets over the lead, as a wire writes "(AP) —".
_ACRONYM_MAX = 4


def _site_in_brackets(inside: str, rest: str) -> bool:
    """An unlisted name in brackets with nothing before it, over a story's lead: the site's own, unless
    it names a place, a body the gazetteer knows, a label ("(Foto)", "(Rilis)") or a bare acronym, which
    may be anything."""
    words = inside.split()
    if not _wire_name(inside) or not _reads_like_prose(rest) or lookup(inside) is not None:
        return False
    acronym = inside.isupper() and len(inside) <= _ACRONYM_MAX
    if len(words) == 1 and (is_listed_word(fold(inside)) or acronym):
        return False
    return furniture_share(inside) < _ALONE_MAX_FURNITURE and not _ADMIN_HEAD.match(inside)


def _opening_separator(paragraph: str) -> re.Match[str] | None:
    """The dash (or colon-less stop after capitals) that ends the dateline opening ``paragraph``."""
    head = paragraph[: _MAX_PREFIX + 4]
    match = _SEPARATOR.search(head) if any(mark in head for mark in _SEPARATOR_MARKS) else None
    stop = _CAPITALS_STOP.match(paragraph)
    if stop and (match is None or stop.end() <= match.start()) and _reads_like_prose(paragraph[stop.end() :]):
        return re.search(r"\.\s+", paragraph[: stop.end()])
    return match


# "Kota, CONTOH | Warga …", "Kota, Negara | CONTOH |": a dateline whose parts and end are set with bars, as
# table-built page templates write it; the outlet is the last part before the closing bar.
_TITLED_RUN = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}"
_BAR_DATELINE = re.compile(
    rf"^(?P<head>{_TITLED_RUN}(?:\s*[,|]\s*{_TITLED_RUN})?)\s*(?:,|\s\|)\s*"
    r"(?P<outlet>[A-Za-z0-9][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+\|(?:\s+(?P<rest>\S.*))?$"
)


def _bar_acronym(part: str) -> bool:
    """An unlisted agency's or site's acronym in capitals that the gazetteer does not know: "NTB" names a
    province and "KPK" a body the story may be filed under ("Hukum, KPK | …")."""
    return bool(_AGENCY_ACRONYM.match(part)) and lookup(part) is None


def _bar_dateline(paragraph: str) -> Dateline | None:
    """A dateline closed by a bar ("Kota, CONTOH | …"): its last part names the outlet by a listed name, a
    site domain or an acronym in capitals after the place written in title case; a story sentence
    follows, or nothing (the dateline on a line of its own)."""
    found = _BAR_DATELINE.match(paragraph.strip())
    if not found:
        return None
    outlet, rest = found["outlet"], found["rest"] or ""
    places = [p.strip() for p in re.split(r"[,|]", found["head"]) if p.strip()]
    if rest and not _reads_like_prose(rest):
        return None
    if any(is_outlet_name(p) or _DAY_NAME.match(p) for p in places):
        return None
    if any(furniture_share(p) >= _ALONE_MAX_FURNITURE for p in places):  # "Home | News | CONTOH |": a menu
        return None
    # the case sets the acronym apart from its place: "SUKAMAJU, KBN" may be two places
    acronym = _bar_acronym(outlet) and not any(p.isupper() for p in places)
    if not (is_outlet_name(outlet) or _SITE_DOMAIN.match(outlet) or acronym):
        return None
    prefix = paragraph.strip()[: found.start("rest")] if rest else paragraph.strip()
    return Dateline(prefix.rstrip(" |"), ", ".join(places), outlet, "", rest)


@lru_cache(maxsize=4096)
def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of ``paragraph``, or None when it does not open with one.

    Read once a paragraph: the body's split, the headline finder and the metadata ask about the same
    opening paragraphs (20 times a page); a ``Dateline`` is frozen."""
    barred = _bar_dateline(paragraph) or _dated_bracket(paragraph) or _hyphened_site(paragraph)
    if barred:
        return barred
    match = _opening_separator(paragraph)
    if not match:
        if len(paragraph) <= _MAX_PREFIX:
            return _standalone(paragraph)
        return _site_comma_place(paragraph) or _agency_without_dash(paragraph) or _colon_dateline(paragraph)
    if match.start() == 0:
        return None
    prefix = paragraph[: match.start()].strip().rstrip(",;-").strip()  # "Kota, Contoh,-– …"
    if len(prefix) > _MAX_PREFIX:
        return None
    outlet = ""
    bracketed = _BRACKETED.match(prefix)
    head = prefix
    inside = credited_paper(bracketed["inside"].strip()) if bracketed else ""
    rest_after = paragraph[match.end() :]
    if bracketed and _title_like(inside) and (is_outlet_name(inside) or outlet_before_place(inside)):
        # "Jakarta (Contoh Bali) -": a listed agency's regional desk, in whatever case, inside the bracket
        outlet, head = inside, bracketed["before"].strip().rstrip(",")
    elif bracketed and _site_word(bracketed["inside"].strip()) and wire_place(bracketed["before"]):
        outlet, head = bracketed["inside"].strip(), bracketed["before"].strip()
    elif bracketed and _agency_after_place(bracketed["inside"].strip(), bracketed["before"]):
        outlet, head = bracketed["inside"].strip(), bracketed["before"].strip().rstrip(",")
    elif bracketed and _site_after_place(inside, bracketed["before"], paragraph[match.end() :]):
        outlet, head = inside, bracketed["before"].strip().rstrip(",")
    elif bracketed and not bracketed["before"].strip() and _site_in_brackets(inside, rest_after):
        outlet, head = inside, ""  # "(Contoh Today) – …"
    parts = [p.strip() for p in _join_split_dates(_PART_BREAK.split(head)) if p.strip()]
    if not parts and outlet:  # "(CNN) — …": the agency alone
        return Dateline(prefix, "", outlet, "", paragraph[match.end() :])
    handle = (
        _handle_beside_place(parts)
        or _lone_compound_handle(parts)
        or _lower_name_over_place(parts, rest_after)
        if not outlet and _reads_like_prose(rest_after)
        else ""
    )
    if not parts or not all(
        _title_like(p) or is_outlet_name(p) or p == handle or next(find_dates(p), None) or _place_then_site(p)
        for p in parts
    ):
        return None
    date = ""
    places: list[str] = []
    for part in parts:
        found = next(find_dates(part), None)
        if found:
            date = date or found.iso
            before = part[: found.start].strip()
            if not outlet and is_site_domain(before):  # "Contoh.com (15/1/2023) | Kota – …"
                outlet = before
            elif _PLACE_BEFORE_DATE.match(before):  # "SUKADANA (30/1/2018) – …"
                places.append(before)
        elif _SHORT_MONTH_DAY.match(part):
            continue  # "Nov 2" in a wire dateline: a date without a year says nothing reliable
        elif _DAY_NAME.match(part):
            continue  # "JAKARTA, Rabu, 6 Maret 2024 –": the date's weekday, set apart by a comma
        elif not outlet and (part == handle or is_outlet_name(part)):
            outlet = part
        elif not outlet and (glued := _place_glued_site(part)):
            places.append(glued[0])
            outlet = glued[1]
        elif not outlet and (paired := _place_then_site(part)):
            places.append(paired[0])
            outlet = paired[1]
        elif not outlet and _site_then_place(part):
            outlet, place = part.split(maxsplit=1)
            places.append(place)
        else:
            places.append(part)
    rest = paragraph[match.end() :]
    if not outlet and _reads_like_prose(rest):
        outlet = (
            _outlet_beside_places(places, rest)
            or next((p for p in places if is_compound_outlet(p) or _CAMEL_NAME.match(p)), "")
            or _outlet_alone(places, rest)
        )
    elif not outlet and len(places) == 1 and places[0].isupper():
        outlet = _outlet_alone(places, rest)  # "CONTOH TOP NEWS – Warga desa …": a logo over a short lead
    if not outlet and len(places) == 1 and not date:
        named, place = _name_before_place(places[0], rest)
        if named:
            written = paragraph[: paragraph.index(",", match.end())].strip()
            return Dateline(written, place, named, "", rest.partition(",")[2].strip())
    if not outlet and len(places) == 1 and is_titled_compound(places[0]) and _reads_like_prose(rest):
        outlet = places[0]  # "Kabarcontoh – Warga …": the site's one-word name over the lead
    places = [p for p in places if p != outlet]
    wire = bool(places) and places[0].isupper() and len(prefix.split()) <= 4
    dated = bool(date) and len(places) == 1 and _is_place(places[0])  # "Jakarta, 6 Maret 2024 - …"
    if not outlet and not wire and not dated:
        return None  # without outlet evidence, only a wire-style capitalised place or a dated place counts
    if match.groupdict().get("glued") and not outlet:
        return None  # "Surabaya-Kepolisian": a dash glued between words is a dateline only beside its outlet
    return Dateline(prefix, ", ".join(places), outlet, date, paragraph[match.end() :])
