"""Persons on thin evidence: everyday words, event names, streets named after people.

Capitals alone make a name on real pages far too often: slogans and programme names
spelled out in Title Case ("Operasi Bersih Kota"), event names borrowed from English
("Car Free Day", "Quarter Final"), a role word after a title ("Penata Ruangan"). A person
of such words needs more than capitals: a given name, or a tagger that agrees. What is dropped:

- a run of two words or more ending in an event word (``language/event_words.txt``);
- in Indonesian bodies, a run whose every word is an everyday word (written lower case by
  the news the tagger learnt, or an affixed form of a dictionary root), none a given name,
  that the tagger gives less than :data:`EVERYDAY_BELOW`;
- in English bodies (no tagger), a run with no title, speech verb or byline whose every word
  is an Indonesian dictionary word, one of them an everyday word, none a given name;
- in Indonesian bodies, a long run (three words or more), half of them everyday words, none
  a given name, that the tagger gives less than :data:`PHRASE_BELOW` (a heritage list's or
  a programme's name).

A run every mention of which follows a street's or a venue's head word, even in lower case
("di jalan Fulan Badu"), or that opens with one ("Gelora Fulan Badu"), is the place; so is a run no
person's cue found (a title, a speech verb, a byline) that the article also writes as a street or a
venue ("Jalan Fulan Badu").
Well-known figures (the nickname list) are never dropped; a headline's words before one
("Tak Mau Pusing Mikirin Jokowi") are cut, and the figure joins its other mentions.

English bodies are not tagged as a whole, yet a run that only its capitals made a person
("Sukamaju Wetan", "Modified Scale Intensity", a ship's or a shipyard's name) is asked of
the tagger on its own sentences: it is dropped when the tagger gives it under
:data:`ENGLISH_BELOW` (names the tagger knows the shape of, Indonesian or English, score far
higher; see ``docs/tagger.md``).
"""

from __future__ import annotations

from collections.abc import Mapping

from kutip.index.entities.dictionary import (
    is_derived_word,
    is_listed_word,
    is_lower_word,
    root_affixed_elsewhere,
)
from kutip.index.entities.english_names import after_role_noun, given_name_run, ordinary_english_name
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.person_filter import STRONG_CUES, ArticleFacts
from kutip.index.entities.tagger import Tagging, tag_tokens
from kutip.index.language import Token, fold, folded_set, is_world_place, words
from kutip.index.models import Entity, EntityType, absorb

__all__ = [
    "ENGLISH_BELOW",
    "EVERYDAY_BELOW",
    "PHRASE_BELOW",
    "drop_numbered_persons",
    "drop_thin_persons",
    "drop_uncued_english",
    "places_are_no_persons",
]

EVERYDAY_BELOW = 0.5  # a run of everyday words stays a person from this tagger confidence ("Puan Maharani")
PHRASE_BELOW = 0.2  # a long run of half everyday words stays a person from this tagger confidence
PHRASE_WORDS = 3
ENGLISH_BELOW = 0.05  # an English run with no cue but capitals stays a person from this tagger confidence
_CUES = frozenset({"title", "speech", "antecedent", "byline", "headline", "family"})
_EVENTS = "language/event_words.txt"
_STREETS = "gazetteer/street_heads.txt"


def _everyday(word: str, alone: bool = False) -> bool:
    """A word the news writes lower case, or an affixed form of a root. A name of one word (``alone``:
    "Pak Rosan") is everyday only when the news affixes that root some other way too: "Rosan" parses
    as "ros" + "-an", but the news has no other form of "ros"."""
    if is_lower_word(word):
        return True
    return is_derived_word(word) and (not alone or root_affixed_elsewhere(word))


def _thin(name: list[str], cues: set[str], per: float | None) -> bool:
    """Whether a person named by the folded words ``name`` rests on too little evidence."""
    names = first_names()
    if any(w in names for w in name):
        return False
    if len(name) >= 2 and name[-1] in folded_set(_EVENTS):
        return True
    if per is None:  # an English body
        indonesian = all(is_listed_word(w) for w in name) and any(is_lower_word(w) for w in name)
        return indonesian and not cues & STRONG_CUES
    everyday = sum(_everyday(w, len(name) == 1) for w in name)
    if everyday == len(name) and per < EVERYDAY_BELOW:
        return True
    return len(name) >= PHRASE_WORDS and 2 * everyday >= len(name) and per < PHRASE_BELOW


def _figure_tail(name: list[str]) -> str | None:
    """The listed figure a headline's run ends with ("Tak Mau Pusing Mikirin Jokowi" -> "Joko Widodo")."""
    names = first_names()
    for cut in range(1, len(name)):
        if name[cut - 1] in names:
            return None
        figure = full_name(" ".join(name[cut:]))
        if figure is not None:
            return figure
    return None


def _after_street_head(tokens: list[Token], first: int) -> bool:
    """ "di jalan Fulan Badu", "Jl. MH Fulan": a run right after a street's or a venue's head is the place.

    A hero's rank may stand between ("di kawasan Kapten Fulan"): the rules cut it from the name.
    """
    k = first - 1
    if k > 0 and tokens[k].acronym and len(tokens[k].text) <= 3:  # a hero's initials: "Jalan MH Fulan"
        k -= 1
    titles = lexicon().title_starts
    while k > 0 and tokens[k].folded.rstrip(".") in titles and tokens[k].gap.strip() in ("", "."):
        k -= 1
    if k < 0 or "\n" in tokens[k + 1].gap:
        return False
    return tokens[k].folded.rstrip(".") in folded_set(_STREETS)


_ADDRESS_REACH = 5  # capitalised words between "di" and a part of an address ("di Gedung Contoh Raya, X")


def _in_address(tokens: list[Token], first: int, last: int) -> bool:
    """ "di Kompleks Contoh, Senayan, Jakarta", "di SPN Contoh, Maluku Utara": a run in a place's address.

    The run follows "di" across capitalised words (a venue's name) and is followed by a comma and a
    listed place or region ("Jakarta", "Kabupaten Badung"); a person's name is written so only after
    the person's own house or office in lower case ("di rumah Fulan, Bekasi"), which stops the search.
    """
    after = last + 1
    if after + 1 > len(tokens) or tokens[after].gap.strip() != "," or "\n" in tokens[after].gap:
        return False
    lex = lexicon()
    ends = range(after + 1, min(after + 4, len(tokens)) + 1)
    entries = (lex.entry([t.text for t in tokens[after:end]]) for end in ends)
    place = any(e is not None and e.type is EntityType.PLACE for e in entries)
    if not place and tokens[after].folded not in lex.place_heads:
        return False
    k = first - 1
    while k >= 0 and first - k <= _ADDRESS_REACH and "\n" not in tokens[k + 1].gap:
        if tokens[k].folded in lex.area_preps:
            return True
        if not tokens[k].capitalised:
            return False
        k -= 1
    return False


def _street_names(entities: list[Entity]) -> frozenset[str]:
    """The folded names the article's streets and venues carry after their head ("Jalan Fulan Badu")."""
    found: set[str] = set()
    for entity in entities:
        name = [fold(w) for w in words(entity.name.replace("-", " "))]
        if entity.type is EntityType.PLACE and len(name) > 1 and name[0] in folded_set(_STREETS):
            found.add(" ".join(name[1:]))
    return frozenset(found)


def drop_thin_persons(
    entities: list[Entity], tokens: list[Token], tagging: Tagging | None, cues: Mapping[int, str]
) -> list[Entity]:
    """``entities`` without the persons that rest on thin evidence (``tagging`` None in English bodies)."""
    facts = ArticleFacts(tokens)
    out: list[Entity] = []
    by_name = {fold(e.name): e for e in entities if e.type is EntityType.PERSON}
    streets = _street_names(entities)
    for entity in entities:
        if entity.type is not EntityType.PERSON or full_name(entity.name) is not None:
            out.append(entity)
            continue
        spans = [s for s in (facts.span(m.start, m.end) for m in entity.mentions) if s[0] <= s[1]]
        name = [fold(w) for w in words(entity.name.replace("-", " "))]
        street = bool(name) and name[0] in folded_set(_STREETS)  # "Gelora Fulan Badu": the venue itself
        # "Jalan Fulan Badu" once, then "Fulan Badu" in a list of flooded roads: with no mention cued as
        # a person, the article's street of that name is what the run names throughout
        cued = any(cues.get(first, "") in _CUES for first, _ in spans)
        street = street or (" ".join(name) in streets and not cued)
        if street or (spans and all(_after_street_head(tokens, first) for first, _ in spans)):
            entity.type = EntityType.PLACE  # a street or a venue named after someone, never the person here
            out.append(entity)
            continue
        if spans and all(_in_address(tokens, first, last) for first, last in spans):
            entity.type = EntityType.PLACE  # a part of a place's address in every mention
            out.append(entity)
            continue
        found = {cues.get(first, "") for first, _ in spans}
        figure = _figure_tail([fold(w) for w in words(entity.name)]) if found == {"headline"} else None
        if figure is not None:
            same = by_name.get(fold(figure))
            if same is not None and same is not entity:  # the figure is named elsewhere: one person
                same.mentions = sorted(same.mentions + entity.mentions, key=lambda m: m.start)
                continue
            entity.aliases = list(dict.fromkeys([entity.name, *entity.aliases]))
            entity.name = figure
            out.append(entity)
            continue
        per = None if tagging is None else max((tagging.person_score(a, b) for a, b in spans), default=0.0)
        if not name or not _thin(name, found, per):
            out.append(entity)
    return out


def drop_uncued_english(entities: list[Entity], tokens: list[Token], cues: Mapping[int, str]) -> list[Entity]:
    """``entities`` of an English body less the persons only capitals made and the tagger sees no name in."""
    facts = ArticleFacts(tokens)
    doubted: dict[int, list[tuple[int, int]]] = {}
    for entity in entities:
        if entity.type is not EntityType.PERSON or full_name(entity.name) is not None:
            continue
        spans = [s for s in (facts.span(m.start, m.end) for m in entity.mentions) if s[0] <= s[1]]
        if any(given_name_run(tokens, a, b) or after_role_noun(tokens, a, b) for a, b in spans):
            continue  # "beat Anthony Badu", "striker Fulan Badu": a given name opens it, a role noun cues it
        if spans and not any(cues.get(first, "") in _CUES for first, _ in spans):
            doubted[id(entity)] = spans
    if not doubted:
        return entities
    wanted = [False] * len(tokens)
    for spans in doubted.values():
        for first, last in spans:
            wanted[first : last + 1] = [True] * (last - first + 1)
    tagging = tag_tokens(tokens, wanted)
    # "Flight Data Recorder": ordinary English words only, no tagger asked
    labels = {id(e) for e in entities if id(e) in doubted and ordinary_english_name(e.name)}
    out: list[Entity] = []
    for entity in entities:
        spans = doubted.get(id(entity), [])
        unlikely = bool(spans) and max(tagging.person_score(a, b) for a, b in spans) < ENGLISH_BELOW
        if id(entity) in labels or unlikely:
            continue
        out.append(entity)
    return out


def drop_numbered_persons(entities: list[Entity]) -> list[Entity]:
    """``entities`` less the persons whose name holds a digit ("Rp300" before "triliun"): no name does."""
    return [e for e in entities if e.type is not EntityType.PERSON or not any(ch.isdigit() for ch in e.name)]


def places_are_no_persons(entities: list[Entity]) -> list[Entity]:
    """A person whose whole name is a place of the world ("Ohio", "New York";
    ``language/world_places.txt``) is that place: a US state or a city abroad is nobody's name.
    Where the article names that place elsewhere too, its mentions join the place's: the reader
    listed the place twice ("Perth ×2" and "Perth ×1": a mention read as a speaker's name)."""
    places = {e.name: e for e in entities if e.type is EntityType.PLACE}
    out: list[Entity] = []
    for e in entities:
        if e.type is not EntityType.PERSON or not is_world_place(e.name.split()):
            out.append(e)
        elif (same := places.get(e.name)) is not None:
            absorb(same, e)
        else:
            out.append(places.setdefault(e.name, Entity(e.name, EntityType.PLACE, e.mentions, e.aliases)))
    return out
