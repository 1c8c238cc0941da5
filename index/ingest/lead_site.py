"""A site's domain in the slot where a story's dateline names its outlet.

Small sites write their domain where a wire writes its name, in forms no one dateline shape covers:
"Kota – contoh.com – Warga …", "Contoh.id | Warga …", "Kota, (Contoh.com)", "CONTOH.ME -Warga …",
"Contoh.com, Meski …", "Contoh.id  Kabar Contoh - Warga …", "CONTOH.CO.ID (KOTA) – Warga …", the logo's
capitals run into the lead with no mark ("CONTOH.CO.ID Warga …"), or any domain whose dash a scrape
dropped ("contoh.co Warga …", "Kota(contoh.com)Warga …"). What they share: a domain among the first
words at the top of the page, with at most a place before it and a separator (or the site's name or
place, then a dash) after it. A scrape may leave furniture before it: an image's markup and bars
("![]() | …"), a labelled date ("date 2025-04 …"), the page's stamp with its section run into the lead
("Olah Raga Jumat, 14 Feb 2025 10:06 WIBcontoh.com - …"). A sentence that names another site writes words
before it ("dikutip dari contoh.com,"), and a caption credits it inside a label ("(Foto: contoh.com)").
"""

from __future__ import annotations

import re

from kutip.index.ingest.cues import cue_words
from kutip.index.ingest.dates import find_dates
from kutip.index.ingest.outlets import display_outlet, known_outlets
from kutip.index.ingest.site_domain import is_platform
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.ingest.site_invite import site_name
from kutip.index.language.wordlists import folded_set

__all__ = ["lead_site"]

# A domain, with a top-level name news sites use; not an e-mail address's host, nor a file name.
_SITE = re.compile(
    r"(?<![\w@/.-])(?P<site>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9-]*)*"
    rf"\.(?i:{SITE_ENDING}))"
    r"(?P<after>\s*(?:[-–—|,:)]|$)|(?P<spelled>(?:\s+[A-Z][\w'’.]*){1,3})\s+[-–—]{1,2}(?:\s|$)"
    # "CONTOH.CO.ID (KOTA) – …": the place in brackets after the site, as a wire writes it after the place
    r"|\s*\([A-Z][\w'’. ]{1,30}\)\s*[-–—]{1,2}\s"
    # "CONTOH.CO.ID Warga …": the logo's capitals run into the lead (read only where it opens the lead)
    r"|(?P<unmarked>\s+)(?=[A-Z][a-z]))"
)
# After the domain: a separator, or the site's spelled-out name or its place, then the dash ("Contoh.id
# Kabar Contoh - Warga …", "Contoh.com Kota — Warga …").
# Before the domain: nothing, or a place of up to three capitalised words, then a dash, comma or
# an opening bracket.
# "Kota(contoh.com)Warga …": a scrape that drops spaces and dashes runs the place into the bracket.
_PLACE_BEFORE = re.compile(r"^(?:[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}\s*(?:[-–—,]|\s|(?=\())\s*)?\(?\s*$")
# "Mengutip Contoh.com, …": a capitalised word before the domain may be a cue naming another's source
# (data/ingest_brand_cues.txt [cited]), which the place's slot must not take for a place.
_CITED_BEFORE = re.compile(rf"(?i:(?<!\w){cue_words('cited')})\W*$")
# "Ilustrasi. (Contoh.id)", "FOTO - Contoh.com": a caption's label in the place's slot; the site credits the
# picture (data/ingest_outlet_words.txt [lead_label]).
_LABELS = folded_set("ingest_outlet_words.txt", "lead_label")
# "Contoh,id- Warga …": a slip of the key wrote the opening domain's dot as a comma; read only where the
# paragraph opens with it, a lower-case site ending and a dash or bar right after.
_COMMA_FOR_DOT = re.compile(rf"^(\s*[A-Za-z][A-Za-z0-9-]{{2,}}),(?={SITE_ENDING}\s*[-–—|])")
# "Health NewsContoh.com | …": a section's label run into the domain; its last word (capitalised, then
# the site's capital) is cut off the site where the label's first word stands before it.
_SECTION_TAILS = folded_set("ingest_outlet_words.txt", "section_tail")
_GLUED_TAIL = re.compile(r"^([A-Z][a-z]+)(?=[A-Z][a-z]{2,}[a-z0-9-]*\.)")
# The top of the page: furniture over the story and its first paragraphs.
_TOP_PARAGRAPHS = 8
_SITE_MIN_LETTERS = 3
# A lead, not a headline: a headline may open with a site as its subject ("Kabarcontoh.com Raih …").
_LEAD_MIN_WORDS = 12

# Furniture a scrape leaves before the lead's first word: an image's markup and its bar, a labelled date
# ("date 2025-04"), and the page's stamp with its time ("Jumat, 14 Feb 2025 10:06 WIB"), which may carry
# its section's label before it ("Olah Raga Jumat, …").
_MARKUP = re.compile(r"^(?:\s*!?\[[^\]]*\]\([^)]*\)\s*\|?)+\s*")
_DATE_LABEL = re.compile(r"^\s*date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?\s+", re.I)
_TIME_AFTER = re.compile(
    r"^\s*[,|]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?\s*[|,-]?\s*$"
)
_SECTION_LABEL = re.compile(r"^\s*(?:[A-Z][\w&]*\s+){0,3}$")
# "10:06 WIBcontoh.com": the stamp's time zone run into the domain after it.
_ZONE_GLUED = re.compile(r"(?<=\d\d)(\s*(?:WITA|WIB|WIT))(?=[a-z])")


def lead_site(paragraphs: list[str], story_start: int = 0) -> str:
    """The domain a top paragraph opens with (after at most its place), shown as the outlet; "" when
    none does. ``story_start`` is where the story's first paragraph stands: a long head of furniture
    (writers' names, stamps, tags) may push the line over it past the first paragraphs."""
    for paragraph in paragraphs[: max(_TOP_PARAGRAPHS, story_start + 1)]:
        text = _COMMA_FOR_DOT.sub(r"\1.", _ZONE_GLUED.sub(r"\1 ", paragraph.strip()))
        start = _past_furniture(text)
        match = _SITE.search(text, start, min(len(text), start + 80))
        before = _past_stamp(text[start : match.start()]) if match else ""
        if match is None or not _PLACE_BEFORE.match(before) or _CITED_BEFORE.search(before):
            continue
        if before.split() and before.split()[0].strip(".,:-–—(").casefold() in _LABELS:
            continue
        if match["unmarked"] is not None and not _unmarked_lead(text, start, match):
            continue
        site = _without_section_tail(match["site"], before)
        if is_platform(site):
            continue
        if len(site.split(".")[0]) < _SITE_MIN_LETTERS:
            # "RM.id  Rakyat Contoh - …": a short domain names the site by the name spelled out after it
            spelled = " ".join((match["spelled"] or "").split())
            if spelled and (spelled.casefold() in known_outlets() or site_name(spelled)):
                return display_outlet(spelled)
            continue
        if len({m["site"].casefold() for m in _SITE.finditer(text)}) > 1:
            continue  # "Contoh.com | Lain.com | …": a network's bar of its sites
        if match["after"].strip() == ")" and "(" not in text[: match.start()]:
            continue
        return _shown(site)
    return ""


def _without_section_tail(site: str, before: str) -> str:
    """``site`` without a section label's last word run into it, when the label's first word stands
    before it ("Health " + "NewsContoh.com"); a listed outlet is kept whole."""
    glued = _GLUED_TAIL.match(site)
    if not before.strip() or glued is None or site.casefold() in known_outlets():
        return site
    return site[glued.end() :] if glued[1].casefold() in _SECTION_TAILS else site


def _past_furniture(text: str) -> int:
    """Where the text starts past an image's markup and a labelled date (a bullet stays: a list under a
    "Sumber :" label credits a picture)."""
    start = 0
    for pattern in (_MARKUP, _DATE_LABEL, _MARKUP):
        found = pattern.match(text, start)
        start = found.end() if found else start
    return start


def _past_stamp(before: str) -> str:
    """What is before the site with the page's stamp taken out: a stamp with its time (and a section's
    label before it) ending there leaves nothing; any other text is left as it is."""
    for found in find_dates(before):
        if _TIME_AFTER.match(before[found.end :]) and _SECTION_LABEL.match(before[: found.start]):
            return ""
    return before


def _unmarked_lead(text: str, start: int, match: re.Match[str]) -> bool:
    """A site with no mark after it opens the lead only first, on a lead, in its logo's capitals or its
    lower case ("contoh.co Warga …": a scrape dropped the dash); a headline or sentence whose subject is
    the site writes it capitalised ("Contoh.com Raih …")."""
    site = match["site"]
    logo = site.isupper() or site.islower()
    return match.start() == start and logo and len(text[match.end() :].split()) >= _LEAD_MIN_WORDS


def _shown(site: str) -> str:
    """A listed outlet's usual name; otherwise the domain as the page writes it, a logo's capitals
    lowered ("CONTOH.ME" → "Contoh.me")."""
    if site.casefold() in known_outlets():
        return display_outlet(site)
    shown = display_outlet(site)
    if shown.casefold() != site.casefold():
        return shown
    return site[0].upper() + site[1:].lower() if site.isupper() else site
