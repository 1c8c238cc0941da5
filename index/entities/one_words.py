"""Persons written as one word: the article's evidence that such a word is no one, and listed
figures named by one word in English prose.

A single capitalised word is the weakest person the rules keep, and real pages give them many
words that are no one's name: a city the article calls a city elsewhere ("warga kota X"), a faith
("umat X"), a device or program ("laptop X"), an Islamic month that is also a given name
("menjelang X"), an honorific cut from the name it opens ("Hj."), the picture credit "Ist.", a role
word with its possessive ("Wakilnya"), a ministry's or an office's glued short name ("Kemenpora",
:mod:`.office_compounds`; "Menkel" after "Menteri Kelautan", :mod:`.minister_forms`). The words
before the name say so (``language/one_words.txt``); a place noun after a holder's word ("kepala
desa X", "wali kota X") introduces a person instead.
A word clipped from the capitalised name beside its brackets ("Kepala Biro Layanan Pengadaan
(Karo Lapeng)", "Pimwil (Pimpinan Wilayah)") is that name's short form (:mod:`.clipped_forms`).

A rare one-word name closing the speaker's phrase after a speech verb and a body ("ujar anggota tim
Kemenag X.") is the speaker, though the rules read a word after a body as its region.

English bodies are left to the rules (the tagger learnt Indonesian), and a listed figure written
alone with no cue ("under Suharto", "through Pratikno") was missed there, while the Indonesian
pipeline types such words by the nickname list (:mod:`.figure_words`). Here a listed figure's word
standing alone in English prose is that figure, unless it sits in a run of capitals, after a street
word, or the article writes it in lower case or opening someone else's name.
"""

from __future__ import annotations

from kutip.index.entities.clipped_forms import clipped_short_form
from kutip.index.entities.dictionary import is_plain_word
from kutip.index.entities.figure_words import figure_word, other_bearers
from kutip.index.entities.lexicon import Lexicon, lexicon
from kutip.index.entities.minister_forms import minister_short_form
from kutip.index.entities.office_compounds import office_compound
from kutip.index.language import Token, fold, folded_set, is_world_place, words, written_lower
from kutip.index.models import Entity, EntityType, Mention, absorb

__all__ = ["settle_one_words"]

_LIST = "language/one_words.txt"
_STREETS = frozenset({"jalan", "jl", "jln", "street", "road", "avenue"})
_CLITIC = "nya"
_MIN_STEM = 4  # "Sonya", "Tanya": a short stem before "nya" is a name's own letters
_SPEAKER_REACH = 10  # words of a speaker's role and body after the speech verb
_CLAUSE_ENDS = frozenset(".,;:!?\n")


def settle_one_words(entities: list[Entity], tokens: list[Token], lang: str) -> list[Entity]:
    """``entities`` with one-word persons the article shows to be no one dropped (places retyped),
    and, in English, listed figures written alone added."""
    lex = lexicon()
    entities = _judged(entities, tokens, lex)
    if lang == "en":
        return _with_english_figures(entities, tokens, lex)
    return _with_speakers_after_bodies(entities, tokens, lex)


def _judged(entities: list[Entity], tokens: list[Token], lex: Lexicon) -> list[Entity]:
    places, things = _named_kinds(tokens, lex)
    alone = folded_set(_LIST, "alone")
    at = {t.start: k for k, t in enumerate(tokens)}
    out: list[Entity] = []
    for e in entities:
        if e.type is not EntityType.PERSON or len(words(e.name)) != 1:
            out.append(e)
            continue
        written = {fold(e.name)} | {fold(m.text) for m in e.mentions}
        if any(clipped_short_form(tokens, at.get(m.start)) for m in e.mentions):
            continue  # "Kepala Biro Layanan Pengadaan (Karo Lapeng)": a short form, no one
        if office_compound(e.name) or minister_short_form(e.name, tokens):
            continue  # "Kemenpora", "Wamenkomdigi", "Menkel": a ministry's or an office's glued short name
        if written & places:
            e.type = EntityType.PLACE
            out.append(e)
        elif not (written & things or written & alone or any(_possessed_role(w, lex) for w in written)):
            out.append(e)
    return out


def _named_kinds(tokens: list[Token], lex: Lexicon) -> tuple[set[str], set[str]]:
    """Folded words the article writes as a place's name and as a faith's, a product's or a month's."""
    place_nouns, kind_nouns = folded_set(_LIST, "places"), folded_set(_LIST, "kinds")
    holders, months = folded_set(_LIST, "holders"), folded_set(_LIST, "months")
    times, feasts = folded_set(_LIST, "time"), folded_set(_LIST, "feasts")
    places: set[str] = set()
    things: set[str] = set()
    for k in range(1, len(tokens)):
        token, before = tokens[k], tokens[k - 1]
        if not token.capitalised or token.gap != " ":
            continue
        if not before.capitalised and before.folded in place_nouns:
            previous = tokens[k - 2] if k >= 2 else None
            holder = (
                previous is not None
                and previous.gap in (" ", "")
                and (previous.folded in holders or (previous.folded, before.folded) in lex.titles)
            )
            if not holder:
                places.add(token.folded)
        elif (not before.capitalised and before.folded in kind_nouns) or (
            token.folded in months and _month_at(tokens, k, times, feasts)
        ):
            things.add(token.folded)
    return places, things


def _month_at(tokens: list[Token], k: int, times: frozenset[str], feasts: frozenset[str]) -> bool:
    """Whether the month's word at ``k`` follows a word of time or goes before "dan" and a feast."""
    before = tokens[k - 1]
    if not before.capitalised and before.folded in times:
        return True
    after = tokens[k + 1 : k + 3]
    return len(after) == 2 and after[0].folded == "dan" and after[1].folded in feasts


def _possessed_role(word: str, lex: Lexicon) -> bool:
    """A title, kinship or everyday word with the possessive "-nya" ("wakilnya", "kuasanya")."""
    if not word.endswith(_CLITIC) or len(word) - len(_CLITIC) < _MIN_STEM:
        return False
    stem = word[: -len(_CLITIC)]
    return (stem,) in lex.titles or stem in lex.kin or stem in lex.roles or is_plain_word(stem)


def _with_english_figures(entities: list[Entity], tokens: list[Token], lex: Lexicon) -> list[Entity]:
    covered = [(m.start, m.end) for e in entities for m in e.mentions]
    found: dict[str, list[Mention]] = {}
    others: frozenset[str] | None = None
    lower: frozenset[str] | None = None
    for k, token in enumerate(tokens):
        if not token.capitalised or token.title_case_line:
            continue
        full = figure_word(token.text)
        if full is None or any(s < token.end and token.start < e for s, e in covered):
            continue
        if not _stands_alone(tokens, k, lex):
            continue
        if others is None:
            others, lower = other_bearers(tokens), written_lower(tokens)
        if token.folded in others or token.folded in (lower or frozenset()):
            continue
        # "Suharto" for the listed "Soeharto" is a spelling: the article's stays (as figure_ties keeps it)
        name = token.text if len(words(full)) == 1 else full
        found.setdefault(name, []).append(Mention(token.start, token.end, token.text))
    if not found:
        return entities
    by_name = {e.name: e for e in entities if e.type is EntityType.PERSON}
    out = list(entities)
    for full, mentions in found.items():
        if full in by_name:
            by_name[full].mentions = sorted(by_name[full].mentions + mentions, key=lambda m: m.start)
        else:
            out.append(Entity(full, EntityType.PERSON, mentions))
    return sorted(out, key=lambda e: min((m.start for m in e.mentions), default=1 << 62))


def _stands_alone(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k`` is a name by itself: no capitalised or hyphenated word joined to it, no
    street word before it, no gazetteer name, no acronym."""
    token = tokens[k]
    if token.gap == "-" or lex.entry([token.text], [token.folded]) is not None:
        return False
    if token.acronym:  # "the initials RK": a listed figure's capitals are anyone's initials
        return False
    if k > 0:
        before = tokens[k - 1]
        if before.folded in _STREETS or (before.capitalised and token.joined):
            return False
    if k + 1 < len(tokens):
        after = tokens[k + 1]
        if after.joined and (after.capitalised or after.gap == "-"):
            return False
    return True


def _with_speakers_after_bodies(entities: list[Entity], tokens: list[Token], lex: Lexicon) -> list[Entity]:
    """A one-word name closing the speaker's phrase after a speech verb and a body ("ujar anggota tim
    Kemenpora Fulan.") is the speaker: the rules read a word after a body as its region and the
    tagger doubts a lone rare word, but a speech verb is followed by the one who speaks. The word must
    be no gazetteer name, no place of the world, no everyday word (weekdays are) and never written in
    lower case by the article."""
    verbs = folded_set(_LIST, "speech")
    regions = {e.name: e for e in entities if e.type is EntityType.PLACE and _one_word_guess(e, lex)}
    covered = {
        k for e in entities if e.name not in regions for m in e.mentions for k in range(m.start, m.end)
    }
    stops = folded_set(_LIST, "not_in_phrase")
    persons = {
        k for e in entities if e.type is EntityType.PERSON for m in e.mentions for k in range(m.start, m.end)
    }
    organisations = [e for e in entities if e.type is EntityType.ORGANIZATION]
    bodies = {k for e in organisations for m in e.mentions for k in range(m.start, m.end)}
    found: list[Mention] = []
    lower: frozenset[str] | None = None
    for k, token in enumerate(tokens):
        if token.folded not in verbs:
            continue
        j = _phrase_end(tokens, k)
        if j is None or j - k < 2:
            continue
        name, before = tokens[j], tokens[j - 1]
        if name.start in covered or not (before.start in bodies or before.acronym):
            continue
        if any(t.start in persons or t.folded in stops for t in tokens[k + 1 : j]):
            continue  # "kata Kepala Dinas Fulan Badu di TPST X": the speaker is named, X is a place
        if j + 1 < len(tokens) and tokens[j + 1].start in persons:
            continue  # "kata Ketua DPRD X, Fulan Badu": the name follows, X is the region
        if not _lone_name_word(name, lex):
            continue
        if lower is None:
            lower = written_lower(tokens)
        if name.folded not in lower:
            found.append(Mention(name.start, name.end, name.text))
    if not found:
        return entities
    out = list(entities)
    by_name = {e.name: e for e in entities if e.type is EntityType.PERSON}
    for mention in found:  # "ujar pejabat Kemenag Fulan.": the word read as the body's region speaks
        region = regions.pop(mention.text, None)
        if region is None:
            continue
        if mention.text in by_name:
            absorb(by_name[mention.text], region)
            out.remove(region)
        else:
            region.type = EntityType.PERSON
            by_name[mention.text] = region
    for mention in found:
        if any(m.start == mention.start for e in by_name.values() for m in e.mentions):
            continue
        if (person := by_name.get(mention.text)) is not None:
            person.mentions = sorted([*person.mentions, mention], key=lambda m: m.start)
        else:
            by_name[mention.text] = Entity(mention.text, EntityType.PERSON, [mention])
            out.append(by_name[mention.text])
    return sorted(out, key=lambda e: min((m.start for m in e.mentions), default=1 << 62))


def _phrase_end(tokens: list[Token], k: int) -> int | None:
    """The last word of the clause the speech verb at ``k`` opens, within reach, or None."""
    for j in range(k + 1, min(k + 1 + _SPEAKER_REACH, len(tokens))):
        if tokens[j].gap != " ":
            return None
        if j + 1 == len(tokens) or any(c in _CLAUSE_ENDS for c in tokens[j + 1].gap):
            return j
    return None


def _lone_name_word(token: Token, lex: Lexicon) -> bool:
    text = token.text
    return (
        token.capitalised
        and not token.acronym
        and len(text) >= 3
        and text.isalpha()
        and lex.entry([text], [token.folded]) is None
        and not is_world_place([text])
        and not is_plain_word(token.folded)
        and token.folded not in lex.common
    )


def _one_word_guess(entity: Entity, lex: Lexicon) -> bool:
    """A place the rules guessed from one word the gazetteer does not know, written so every time."""
    return (
        all(m.text == entity.name for m in entity.mentions)
        and len(words(entity.name)) == 1
        and (lex.entry([entity.name], [fold(entity.name)]) is None)
    )
