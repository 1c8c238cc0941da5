"""The one brand a page signs with, when no dateline, stamp or credit rule named its outlet.

Small sites sign in many shapes ("Contoh.media – Warga …", "Kota, ContohTV. Warga …", "KOTA,
Contoh.com I Warga …", "… kata dia.(contohnews)", "Sumber | : | Contoh.com |", "dilansir Contoh.com
dari laman resmi …"), each rare on its own. Instead of a rule per shape, this reads three things:

- a brand's SHAPE: a web address (the endings of ``data/ingest_site_endings.txt``), a listed outlet or a
  network's edition, a one-word name joining a name to an outlet word ("Kabarpos", "ContohTV");
- its POSITION: opening the lead (after the dateline's place, before the lead's first mark), on a short
  line of its own in the page's first or last lines, closing the story in brackets, on a copyright or
  source line, or as the page's own sight ("dilansir Contoh.com dari …": it reports from elsewhere);
- the page names ONE such brand in those positions, and never cites it as another's source
  ("dikutip dari Contoh.com", "dilansir Contoh.com." with no source after it, "via Contoh.com").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from kutip.index.ingest.cues import cue_words
from kutip.index.ingest.dates import DAY_NAMES
from kutip.index.ingest.outlets import (
    display_outlet,
    has_outlet_word,
    is_compound_outlet,
    is_outlet_name,
    is_region,
    is_titled_compound,
    outlet_key,
)
from kutip.index.ingest.site_domain import is_platform
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set

__all__ = ["brand_on_page"]

# A web address's host (letters, digits, hyphens), not an e-mail address's nor a path's, nor a file name's
# run into one ("IMG_2024…CONTOH.CO.ID").
_HOST_PART = r"[A-Za-z][A-Za-z0-9-]*"
_DOMAIN = rf"(?<![\w@/.-]){_HOST_PART}(?:\.{_HOST_PART})*\.(?i:{SITE_ENDING})(?![\w-]|\.[A-Za-z])"
# A broadcaster's or newsroom's one-word name with a capitals suffix ("ContohTV", "KabarcontohFM").
_SUFFIXED = r"(?<![\w.-])[A-Z][a-z]{3,}(?:TV|FM|ID|NEWS)(?![\w.-]*\w)"
_WORD = r"(?<![\w.@/-])[A-Za-z][\w-]*(?![\w-])"
_CANDIDATE = re.compile(rf"(?P<domain>{_DOMAIN})|(?P<suffixed>{_SUFFIXED})|(?P<word>{_WORD})")
# Hosts of offices and schools print their addresses in stories; none is a newsroom.
_PUBLIC_HOST = re.compile(r"\.(?:go|ac|sch|mil|desa|or)\.id$|\.(?:gov|edu|int)$", re.I)

# Positions a page signs in.
_LEAD_PLACE = r"(?:[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}\s*[,–—-]\s*)?"
_LEAD_MARK = re.compile(r"^\s*(?:[-–—|:.]|I\s)")  # "Contoh.com I Warga": a capital I drawn as a bar
# A network names the section after its brand ("CONTOH Nasional – Warga …", "CONTOH Bola: …").
_SECTION_MARK = re.compile(r"^\s+[A-Z][a-z]+\s*(?:[-–—|:]|I\s)")
# A comma after a name opening the lead is as often a sentence's subject ("Contoh Index, Senin, mencatat
# …"); after a web address it is the dateline's ("Contoh.com, Kota – …").
_LABEL_LINE = re.compile(rf"^[\W_]*?(?:©|\(c\)|{cue_words('label_line')}\b)", re.I)
_BARE_LABEL = re.compile(rf"^\W*{cue_words('bare_label')}\s*:?\s*$", re.I)
_SHORT_LINE_WORDS = 4
_EDGE_LINES = 3
_LEAD_PARAGRAPHS = 3
_WIRES = folded_set("ingest_outlet_words.txt", "wire")  # they lend stories and photos; a page's own is rarer
# The page's own sight or reading of another source: "dilansir Contoh.com dari laman resmi …",
# "Dilihat Contoh.com di akun …", "sebagaimana dikutip Contoh.com dari …".
_OWN_SIGHT_BEFORE = re.compile(rf"\b{cue_words('own_sight')}\s+$", re.I)
_OWN_SIGHT_AFTER = re.compile(rf"^\s+{cue_words('own_sight_after')}\s", re.I)
# "dikutip Contoh.com, Senin 4 Mei 2026", "dilihat Contoh Raya, Selasa (…)": the page's own quoting or seeing,
# dated with the day it did so (a listed name may carry its edition's region before the comma).
_OWN_SIGHT_DATED = re.compile(rf"\b{cue_words('own_sight_dated')}\s+$", re.I)
_DAY_AFTER = re.compile(rf"^(?:\s+(?P<region>[A-Z][a-z]+))?\s*,\s*(?i:{DAY_NAMES})\b")
# "Mengutip arsip contohEdu, …": the newsroom's own archive read again (see the cue list).
_OWN_ARCHIVE = re.compile(rf"\b{cue_words('own_archive')}\s+$", re.I)
# "seperti dilihat Contoh News dari …": in the page's own sight a name of two or three capitalised words
# closing on a word outlets name themselves with is the newsroom's, though no one word of it is a brand;
# so is one the page dates with the day it saw or quoted ("seperti dilihat Contoh News, Selasa (…)").
_NEWSROOM_NAME = r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){1,2})"
_OWN_SIGHT_NEWSROOM = re.compile(
    rf"\b(?i:{cue_words('own_sight')})\s+{_NEWSROOM_NAME}(?=\s+(?i:{cue_words('own_sight_after')})\s)"
    rf"|\b(?i:{cue_words('own_sight_dated')})\s+{_NEWSROOM_NAME.replace('name', 'dated')}"
    rf"(?=\s*,\s*(?i:{DAY_NAMES})\b)"
)
# Another's source: "dikutip dari Contoh.com", "melansir Contoh.com", "via Contoh.com", "tayang di".
_CITED_BEFORE = re.compile(rf"\b{cue_words('cited')}\s+(?:{cue_words('cited_object')})?\s*$", re.I)


def brand_on_page(paragraphs: list[str], body: list[str]) -> str:
    """The one brand the page signs with in a signing position and never cites as another's source,
    shown as its outlet; "" when there is none, or more than one."""
    lines = [p.strip() for p in paragraphs if p.strip()]
    signed: dict[str, str] = {}
    cited: set[str] = set()
    # a credit under a bare label ("Sumber :" then "• contoh.co.uk") names where a picture came from
    credits = {line for label, line in pairwise(lines) if _BARE_LABEL.match(label)}
    edges = {*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:]} - credits
    foot = set(lines[len(lines) // 2 :])
    leads = {p.strip() for p in body[:_LEAD_PARAGRAPHS]}
    last = body[-1].strip() if body else ""
    for line in lines:
        for match in _CANDIDATE.finditer(line):
            name = _brand(match)
            if not name or fold(name) in _WIRES:
                continue
            key = outlet_key(name)
            before, after = line[: match.start()], line[match.end() :]
            dated = _DAY_AFTER.match(after) if _OWN_SIGHT_DATED.search(before) else None
            own_sight = _OWN_SIGHT_BEFORE.search(before) and _OWN_SIGHT_AFTER.match(after)
            if dated or own_sight or _OWN_ARCHIVE.search(before):
                signed.setdefault(key, _with_region(name, dated["region"] if dated else None))
            elif _CITED_BEFORE.search(before):
                cited.add(key)
            elif _signs(line, match, edges=edges, leads=leads, last=last, foot=foot) and (
                key not in signed or match["domain"]
            ):
                signed[key] = name  # its web address is the fullest form ("Contoh" then "Contoh.com")
        for sight in _OWN_SIGHT_NEWSROOM.finditer(line):
            name = sight["name"] or sight["dated"]
            if _newsroom_name(name):
                signed.setdefault(outlet_key(name), name)
    for word in (_signed_off_word(last), _signed_off_name(last)):
        if word:
            signed.setdefault(outlet_key(word), word)
    if not signed:
        return _wire_source(lines[-1] if lines else "")
    if len(signed) != 1:
        return ""
    key, name = signed.popitem()
    return "" if key in cited else display_outlet(name)


# "SOURCE: Contoh Wire" as the page's last line: a page that signs with no brand of its own names the
# story's source there, a wire as often as another outlet (which signs already: "Sumber : Contoh TV"); the
# read sets' golds name that source as the outlet (a wire on y2; outlets on x3, y3, z2).
_SOURCE_LINE = re.compile(rf"^\W*{cue_words('label_line')}\s*:\s*(?P<name>[^:|]+?)\W*$", re.I)


def _wire_source(last_line: str) -> str:
    match = _SOURCE_LINE.match(last_line)
    if not match or fold(match["name"]) not in _WIRES:
        return ""
    return display_outlet(match["name"])


def _with_region(name: str, region: str | None) -> str:
    """ "Contoh Bandung": a listed network's name and the region of the edition that signs so."""
    return f"{name} {region}" if region and is_outlet_name(name) and is_region(region) else name


def _newsroom_name(name: str) -> bool:
    """ "Contoh News", "Kabar Contoh TV": the last word one outlets name themselves with, the first not (an
    office's unit, "Tim Liputan", is no newsroom's name)."""
    words = name.split()
    return has_outlet_word(words[-1]) and not has_outlet_word(words[0]) and fold(name) not in _WIRES


def _brand(match: re.Match[str]) -> str:
    text = match.group()
    if match["domain"]:
        return "" if is_platform(text) or _PUBLIC_HOST.search(text) else text
    if match["suffixed"]:
        return text
    return text if _names_outlet(text) else ""


@lru_cache(maxsize=1 << 14)
def _names_outlet(word: str) -> bool:
    """Whether a capitalised word of a page is an outlet's name; asked of every word of every line of
    every page (250 a page), mostly the same words: answered once a process (the lists are fixed)."""
    return is_outlet_name(word) or is_compound_outlet(word) or is_titled_compound(word)


def _signs(
    line: str, match: re.Match[str], *, edges: set[str], leads: set[str], last: str, foot: set[str]
) -> bool:
    before, after = line[: match.start()], line[match.end() :]
    web = bool(match["domain"])
    short = len(line.split()) <= _SHORT_LINE_WORDS and not _LABEL_LINE.match(line)
    if short and line in edges and (web or _alone(line, match)):
        return True  # the page's name on a line of its own at its top or foot, not a credit ("© Contoh.org")
    lead_mark = (
        _LEAD_MARK.match(after)
        or (web and after.lstrip().startswith(","))
        or (is_outlet_name(match.group()) and _SECTION_MARK.match(after))
    )
    if line in leads and re.fullmatch(_LEAD_PLACE, before) and lead_mark:
        return True  # "Kota, Contoh.com – Warga …": the lead opens with it
    if line == last and _SIGN_OFF_BEFORE.search(before) and _SIGN_OFF_AFTER.match(after):
        return True  # "… kata dia. (Contoh.com)": the story closes with it
    # a copyright or source line under the story; above it such a line credits a photo
    return line in foot and bool(_LABEL_LINE.match(line))


def _alone(line: str, match: re.Match[str]) -> bool:
    """A name, not a web address, signs on a short line only alone there ("Posting Komentar" is a button,
    "Tentang Suara Contoh" a menu's link)."""
    return line.strip(" .|-–—•") == match.group()


_SIGN_OFF_BEFORE = re.compile(r"[.!?”\"]\s*\(\s*$")
_SIGN_OFF_AFTER = re.compile(r"\s*(?:/[\w ]{1,20})?\)\W*$")
_SIGN_OFF_WORD = re.compile(r"[.!?”\"]\s*\((?P<word>[a-z]{6,})\)\W*$")


def _signed_off_word(last: str) -> str:
    """ "… kata dia.(contohrekam)": a lower-case word the dictionary does not know closing the story in
    brackets is the site's sign-off (a desk's initials are shorter, "(ana/bud)")."""
    from kutip.index.entities.dictionary import is_listed_word  # the gazetteer's package reads ingest

    match = _SIGN_OFF_WORD.search(last)
    return match["word"] if match and not is_listed_word(match["word"]) else ""


# "… kata dia. (Contoh Network/Ana)": a name of two or three capitalised words closing the story in
# brackets before its writer's name, one word of it a word outlets name themselves with; one word alone
# there is read with the page's other candidates.
_SIGN_OFF_NAME = re.compile(
    r"[.!?”\"]\s*\((?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){1,2})\s*/\s*[\w ]{1,20}\)\W*$"
)


def _signed_off_name(last: str) -> str:
    match = _SIGN_OFF_NAME.search(last)
    if not match or fold(match["name"]) in _WIRES:
        return ""
    name = match["name"]
    return name if has_outlet_word(name) or is_outlet_name(name) else ""
