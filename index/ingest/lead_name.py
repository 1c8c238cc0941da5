"""The site's own name opening the lead where a wire puts its place: "Contoh – Warga …".

Small sites write their name before the lead's dash in any case and shape ("Contoh –", "KONTOH –",
"KabarContoh –", "Contoh Sukamaju –"), often a word of the language ("Aktual", "Maklumat"), so no
list or shape tells it from a place the gazetteer lacks ("SUKAMAJU –"). The story does: it names the
place again, in its headline or its text, as it reports what happened there, but never its own site.
Page furniture is no evidence either way (menus list regions, footers repeat the site's name).
"""

from __future__ import annotations

import re

from kutip.index.entities import lookup
from kutip.index.entities.dictionary import is_listed_word
from kutip.index.ingest.boilerplate import furniture_share
from kutip.index.ingest.dateline import is_place
from kutip.index.ingest.dates import DAY_NAMES, MONTH_NAMES, find_dates
from kutip.index.ingest.origin import place_shaped
from kutip.index.ingest.outlets import (
    display_outlet,
    has_outlet_word,
    is_compound_outlet,
    is_titled_compound,
    known_outlets,
    outlet_word_inside,
)
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set

__all__ = ["unrepeated_lead_name"]

# One to three words, each opening with a capital ("Contoh", "KONTOH POS", "KabarContoh"), then a dash
# or a bar set apart by spaces, then the lead's first word.
_OPENING = re.compile(
    r"^(?P<name>[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,2})\s+(?:-{1,2}|–|—|\|{1,2})\s+(?=[A-Z\"“‘])"
)
# A name in capitals set apart by a comma from its place or its section ("SUKAMAJU, KONTOH - Warga …",
# "KONTOH, Nasional – Warga …"), or run into the lead's first word by a hyphen ("KONTOH-Warga …", not the
# rest of a longer name: "KONTOH-KOTA.COM").
_CAPITALS = r"[A-Z][A-Z0-9]{2,}"
_PART = r"[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,2}"
_SET_APART = re.compile(
    rf"^(?:(?P<before>{_PART}),\s+)?(?P<name>{_CAPITALS})(?:,\s+(?P<after>{_PART}))?"
    r"(?:\s+(?:-{1,2}|–|—|\|{1,2})\s+(?=[A-Z\"“‘])|(?<=[A-Z0-9])-(?=[A-Z][a-z]))"
)
_MIN_LETTERS = 3  # "KBN –": a three-letter acronym signs a lead too, when the story never writes it again
_MIN_WORD_LETTERS = 3
# A lead's first sentence: a headline tail after a dash is short and has no full stop.
_MIN_LEAD_WORDS = 12
_LEAD_REACH = 3
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s|$)")
# "FOTO –", "ILUSTRASI –", "UPDATE –": labels over a caption or a story, no one's name.
_LABELS = folded_set("ingest_outlet_words.txt", "lead_label")
_DAY_OR_MONTH = re.compile(rf"^(?:{DAY_NAMES}|{MONTH_NAMES})$", re.I)
_MAX_FURNITURE = 0.5


def unrepeated_lead_name(body: list[str], title: str, page: str = "") -> str:
    """The name before the lead's dash, when it names no place, label or known entity and neither the
    headline nor the story writes it again, or a two-letter acronym there that ``page`` spells out as an
    outlet's name; "" otherwise. The lead is the first of the story's first paragraphs that opens so: a
    photo's caption may come before it."""
    found = next(
        (
            (i, m)
            for i, p in enumerate(body[:_LEAD_REACH])
            for m in [_OPENING.match(p.strip()) or _SET_APART.match(p.strip())]
            if m
        ),
        None,
    )
    if found is None:
        return ""
    index, match = found
    if match.re is _SET_APART:
        return _set_apart_name(match, body, index, title)
    rest = body[index].strip()[match.end() :]
    if len(rest.split()) < _MIN_LEAD_WORDS and not _SENTENCE_END.search(rest):
        return ""
    name, place = _name_and_place(match["name"].rstrip("."))
    if not _could_be_a_site(name):
        return _spelled_short_acronym(name, page)
    story = "\n".join([title, *body[:index], rest, *body[index + 1 :]])
    if any(_written(word, story) for word in name.split()):
        return ""
    # "Contoh Sukamaju" of a listed network is its edition for the place; an unlisted site files from it,
    # unless its name is one word of the language ("PELITA SUKAMAJU"), which alone brands no site: the
    # sign is the name whole, the word and the region it covers
    whole = bool(place) and (name.casefold() in known_outlets() or _everyday_word(name))
    return _shown(f"{name} {place}" if whole else name)


def _everyday_word(name: str) -> bool:
    """One word of the language ("Pelita", "Fajar"); a coined one ("Kabarwarta") is a site's name alone."""
    return len(name.split()) == 1 and is_listed_word(fold(name))


# "KN – Warga …": two capitals before the lead's dash are too short to be read as a name alone (a state's,
# a unit's, a person's initials); the page that prints its own name spelled out ("Kabar Nusa", on a caption
# line or in its footer) tells them apart.
_SHORT_ACRONYM = re.compile(r"^[A-Z]{2}$")


def _spelled_short_acronym(acronym: str, page: str) -> str:
    """The one name of as many capitalised words as ``acronym`` has letters, their initials spelling it
    and a word outlets name themselves with among them, that ``page`` prints; "" when none or several."""
    if not _SHORT_ACRONYM.match(acronym) or not page:
        return ""
    words = r"\s+".join(rf"{letter}(?:[a-z][\w'’]*|[A-Z]{{2,}})" for letter in acronym)
    spelled = {
        fold(found): found
        for found in re.findall(rf"(?<![\w'’-]){words}(?![\w'’-])", page)
        if has_outlet_word(found)
    }
    return _shown(spelled.popitem()[1]) if len(spelled) == 1 else ""


def _set_apart_name(match: re.Match[str], body: list[str], index: int, title: str) -> str:
    """The capitals name of a "PLACE, NAME –", "NAME, Section –" or "NAME-Lead" opening, when it could be a
    site's and the story never writes it again, and the part beside it is accounted for: a known place,
    a word the story writes again (the place it reports), or a section's label."""
    rest = body[index].strip()[match.end() :]
    if len(rest.split()) < _MIN_LEAD_WORDS and not _SENTENCE_END.search(rest):
        return ""
    name = match["name"]
    story = "\n".join([title, *body[:index], rest, *body[index + 1 :]])
    if not _could_be_a_site(name) or _written(name, story):
        return ""
    beside = [part for part in (match["before"], match["after"]) if part]
    if not all(_accounted(part, story) for part in beside):
        return ""
    return _shown(name)


def _accounted(part: str, story: str) -> bool:
    return (
        is_place(part)
        or furniture_share(part) >= _MAX_FURNITURE
        or all(_written(word, story) or is_listed_word(fold(word)) for word in part.split())
    )


def _shown(name: str) -> str:
    """A listed outlet's usual name; otherwise the name as written, a logo's capitals lowered
    ("KONTOH POS" → "Kontoh Pos"), but for an acronym too short to be read as a word ("KBN")."""
    shown = display_outlet(name)
    spoken = len(name) > _ACRONYM_LETTERS
    return name.title() if shown == name and name.isupper() and spoken else shown


_ACRONYM_LETTERS = 3


def _written(word: str, story: str) -> bool:
    """The word again in the story, in any case; its domain ("Contoh.com") is no repetition. Each word
    of a longer name counts: a caption's kicker ("ANA DAN FULAN –") names the people it shows."""
    if sum(c.isalpha() for c in word) < _MIN_WORD_LETTERS:
        return False
    return re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w-]|\.\w)", story, re.I) is not None


def _name_and_place(name: str) -> tuple[str, str]:
    """ "Contoh Sukamaju": the site's name, and the known place after it that it files from, if any. A name
    that is one known place as a whole ("BANDAR SUKAMAJU", a town named after another place) comes back
    uncut, for ``_could_be_a_site`` to refuse: its first word is no site filing from its last."""
    words = name.split()
    if is_place(name):
        return name, ""
    for cut in range(1, len(words)):
        if is_place(" ".join(words[cut:])) and not is_place(" ".join(words[:cut])):
            return " ".join(words[:cut]), " ".join(words[cut:])
    return name, ""


def _could_be_a_site(name: str) -> bool:
    words = name.split()
    if sum(c.isalpha() for c in name) < _MIN_LETTERS or any(_DAY_OR_MONTH.match(w) for w in words):
        return False
    if is_place(name) or lookup(name) is not None or any(is_place(w) or lookup(w) is not None for w in words):
        return False
    if next(find_dates(name), None) or furniture_share(name) >= _MAX_FURNITURE:
        return False
    return not any(fold(w) in _LABELS or place_shaped(fold(w)) or _not_compound(w) for w in words)


def _not_compound(word: str) -> bool:
    """An outlet word run into more letters that the compound rules reject ("Beritakan", "Journalist"):
    a word of the language, which they have already judged."""
    return outlet_word_inside(word) and not (is_titled_compound(word) or is_compound_outlet(word))
