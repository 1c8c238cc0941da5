"""The rules and the statistical tagger, combined.

The rules know titles, speech cues and the gazetteers; the tagger knows how names look in
Indonesian news. Before linking, the tagger types what the rules left open (a lone word,
a weak capitalised run) and adds names the rules passed over. After linking, it vetoes a
rule-found person that it tags as something else in every mention.

English bodies are left to the rules: the tagger learnt Indonesian text only.
"""

from __future__ import annotations

from bisect import bisect_left

from kutip.index.entities.cues import Candidate
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.headlines import is_derived_word, is_plain_word
from kutip.index.entities.lexicon import Lexicon, degrees
from kutip.index.entities.office_compounds import unit_word
from kutip.index.entities.tagger import Tagging
from kutip.index.language import Token, fold, words
from kutip.index.models import Entity, EntityType
from kutip.index.search.stemming import root_words

__all__ = [
    "ADD_AT",
    "VETO_BELOW",
    "add_persons",
    "in_doubt",
    "list_persons",
    "split_titled_bodies",
    "veto_persons",
]

ADD_AT = 0.7  # a name the rules left open becomes a person from this tagger confidence
LIST_AT = 0.05  # an open name listed with a person is one from this confidence ("Oxford" is not)
SUBJECT_AT = 0.2  # an open name opening a clause before an affixed verb is a person from this confidence
VETO_BELOW = 0.2  # a rule-found person tagged an organisation or place with a best mention under this is one
DROP_BELOW = 0.05  # an uncued rule-found person tagged no entity with a best mention under this is dropped
PLAIN_BELOW = 0.05  # a titled person of ordinary words with a best mention under this is dropped
CUED = frozenset({"title", "speech", "antecedent", "byline", "headline", "family", "figure"})
_TYPES = {"ORG": EntityType.ORGANIZATION, "LOC": EntityType.PLACE}


def _person_spans(tagging: Tagging) -> list[tuple[int, int]]:
    """Token ranges (inclusive) the tagger labels as one person each."""
    spans: list[tuple[int, int]] = []
    start = -1
    for k, label in enumerate([*tagging.labels, "O"]):
        if start >= 0 and label != "I-PER":
            spans.append((start, k - 1))
            start = -1
        if label == "B-PER" or (label == "I-PER" and start < 0):
            start = k
    return spans


def in_doubt(tokens: list[Token], candidates: list[Candidate], lex: Lexicon) -> list[bool]:
    """Tokens the tagger should see: persons and open names, and capitalised words no candidate took.

    Sentences naming only organisations, places and titles need no tagging.
    """
    wanted = [False] * len(tokens)
    covered = [False] * len(tokens)
    for c in candidates:
        for k in range(c.first, c.last + 1):
            covered[k] = True
            if c.type is None or c.type is EntityType.PERSON:
                wanted[k] = True
    for k, token in enumerate(tokens):
        if not covered[k] and not token.sentence_start and not _not_a_name(token, lex):
            wanted[k] = True
    for c in candidates:
        if _titled_body(tokens, c, lex):
            for k in range(c.first, c.last + 1):
                wanted[k] = True
    return wanted


def _titled_body(tokens: list[Token], c: Candidate, lex: Lexicon) -> bool:
    """A body of three words or more named right after a title ("Kepala Pusat ... Geologi Fulan")."""
    return (
        c.type is EntityType.ORGANIZATION
        and c.cue == "head"
        and c.last - c.first >= 2
        and c.first > 0
        and tokens[c.first - 1].folded in lex.title_starts
    )


def split_titled_bodies(
    tokens: list[Token], candidates: list[Candidate], tagging: Tagging, lex: Lexicon
) -> None:
    """The person at the end of a long body after a title: "Kepala Pusat Vulkanologi ... Geologi Kasbani".

    Bodies are named in words the dictionary may not know, so the rules cannot tell where
    the body ends and the name begins; the tagger can. When it is sure the run ends in a
    person, the run is split. Its span may start a body word early ("Geologi Kasbani"):
    ordinary words that no given name is are trimmed from its front, except after the
    body's acronym, where the name starts ("BMKG Rahmat Triyono"); a span that holds the
    body's acronym or head ("Tsunami BMKG Fulan") starts after it.
    """
    added: list[Candidate] = []
    for c in candidates:
        if not _titled_body(tokens, c, lex):
            continue
        span = next(((f, last) for f, last in _person_spans(tagging) if last == c.last and f > c.first), None)
        if span is None:
            continue
        first = span[0]
        if not tokens[first - 1].acronym:
            while (
                first < c.last
                and is_plain_word(tokens[first].folded)
                and tokens[first].folded not in first_names()
            ):
                first += 1
        body = [k for k in range(first, c.last + 1) if _body_word(tokens[k], lex)]
        if body:  # "Tsunami BMKG Fulan": the tagger's span ran back into the body; the name follows it
            first = body[-1] + 1
            if first > c.last:
                continue
        if tagging.person_score(first, c.last) >= ADD_AT:
            added.append(Candidate(first, c.last, EntityType.PERSON, "title"))
            c.last = first - 1
    for person in added:
        index = bisect_left([c.first for c in candidates], person.first)
        candidates.insert(index, person)


def _body_word(token: Token, lex: Lexicon) -> bool:
    """An acronym, a lower-case word or an organisation's head: a body's word, never a name's."""
    return token.acronym or not token.capitalised or (token.folded,) in lex.org_heads


def _word_sentence(tokens: list[Token], c: Candidate) -> bool:
    """ "... menguat? Yes. Fundamentalnya ...", "Amin..", "Kasihani lah ...": one word that is a sentence
    of its own inside a line (an answer, a prayer's close, a plea) names no one, whatever the tagger says
    of a capitalised word between two sentence ends; a name alone stands on a line of its own."""
    if c.first != c.last or c.first == 0 or not tokens[c.first].sentence_start or "\n" in tokens[c.first].gap:
        return False
    after = c.first + 1
    if after >= len(tokens):
        return True
    gap = tokens[after].gap
    return gap.lstrip()[:1] in (".", "!", "?") or (tokens[after].folded in _PLEA_PARTICLES and gap == " ")


_PLEA_PARTICLES = frozenset({"lah", "dong", "deh"})  # "Kasihani lah": a verb's plea, never a name's


def add_persons(tokens: list[Token], candidates: list[Candidate], tagging: Tagging, lex: Lexicon) -> None:
    """Types open candidates the tagger is sure name a person, and adds persons no candidate covers."""
    for c in candidates:
        open_name = c.type is None or (c.cue == "acronym" and c.first == c.last)  # "SBY", "JK"
        # "Majelis Hakim menolak": a body's head word alone before a title names the body, never a person
        open_name = open_name and not (c.first == c.last and (tokens[c.first].folded,) in lex.org_heads)
        # "Satreskrim Polresta X", "Kan Bareskrim": a run holding a police unit's clipped name names the unit
        open_name = open_name and not any(unit_word(t.folded) for t in tokens[c.first : c.last + 1])
        open_name = open_name and not _word_sentence(tokens, c)
        score = tagging.person_score(c.first, c.last)
        if open_name and (score >= ADD_AT or (score >= SUBJECT_AT and _subject(tokens, c, lex))):
            c.type, c.cue, c.weak = EntityType.PERSON, "tagger", False
    starts = [c.first for c in candidates]
    covered: set[int] = set()
    for c in candidates:
        covered.update(range(c.first, c.last + 1))
    added = []
    for span_first, last in _person_spans(tagging):
        first = span_first
        while first <= last and _not_a_name(tokens[first], lex):
            first += max(1, _title_words(tokens, first, lex))  # "Rais Aam menegaskan": the whole office
        if first > last or covered.intersection(range(first, last + 1)):
            continue
        if tagging.person_score(first, last) >= ADD_AT:
            added.append(Candidate(first, last, EntityType.PERSON, "tagger"))
    for c in added:
        index = bisect_left(starts, c.first)
        candidates.insert(index, c)
        starts.insert(index, c.first)


_AND = frozenset({"dan", "serta", "and"})
_VERB_PREFIXES = ("me", "ber", "di", "ter")


def _listed_together(tokens: list[Token], left: Candidate, right: Candidate) -> bool:
    """Whether ``right`` follows ``left`` in one list: "A, B", "A dan B", "A, dan B".

    A short aside in brackets may follow each item ("A (vokal), B (gitar), dan C").
    """
    after = left.last + 1
    if after < right.first and "(" in tokens[after].gap:
        aside = range(after + 1, min(after + 4, right.first + 1))
        close = next((k for k in aside if ")" in tokens[k].gap), -1)
        if close < 0:
            return False
        marks = tokens[close].gap.replace(")", "", 1).strip()
        if close == right.first:
            return marks == ","
        if close != right.first - 1 or tokens[close].folded not in _AND:
            return False
        return marks in ("", ",") and tokens[right.first].gap.isspace()
    between = right.first - after
    if between == 0:
        return tokens[right.first].gap.strip() == ","
    if between != 1:
        return False
    joiner = tokens[after]
    return joiner.folded in _AND and joiner.gap.strip() in ("", ",") and tokens[right.first].gap.isspace()


def list_persons(tokens: list[Token], candidates: list[Candidate], tagging: Tagging, lex: Lexicon) -> None:
    """Single open names listed with a person are persons too ("Mason, Gilmour, Wright dan Waters").

    Items of one list are of one kind; a list counts as people when one item is a person
    (by the rules or, for an open name, the tagger from ``ADD_AT``) and no item is an
    organisation or a place. Ordinary root words and acronyms are never taken.
    """
    k = 0
    while k < len(candidates):
        end = k
        while end + 1 < len(candidates) and _listed_together(tokens, candidates[end], candidates[end + 1]):
            end += 1
        items = candidates[k : end + 1]
        k = end + 1
        if len(items) < 2 or any(c.type not in (None, EntityType.PERSON) for c in items):
            continue
        if not any(
            (c.type is EntityType.PERSON and not c.weak) or tagging.person_score(c.first, c.last) >= ADD_AT
            for c in items
        ):
            continue
        for c in items:
            word = tokens[c.first]
            if (
                c.type is None
                and c.first == c.last
                and not word.acronym
                and not _ordinary(word, lex)
                and tagging.person_score(c.first, c.last) >= LIST_AT
            ):
                c.type, c.cue, c.weak = EntityType.PERSON, "list", False


def _ordinary(token: Token, lex: Lexicon) -> bool:
    word = token.folded
    if _not_a_name(token, lex) or word in lex.portfolios or word.replace(".", "") in degrees():
        return True
    return word in root_words() and word not in first_names()


def _subject(tokens: list[Token], c: Candidate, lex: Lexicon) -> bool:
    """ "Collins memperoleh", ", Daryatmo memimpin": one unknown word opening a clause before an affixed verb.

    Indonesian verbs take the prefixes me-, ber-, di- and ter-; the subject before one is
    an agent, far more often a person than anything else the rules left open.
    """
    if c.type is not None or c.first != c.last or c.first + 1 >= len(tokens):
        return False
    word, verb = tokens[c.first], tokens[c.first + 1]
    if not (word.sentence_start or word.gap.strip() == ","):
        return False
    if verb.gap != " " or not verb.text.islower() or not verb.folded.startswith(_VERB_PREFIXES):
        return False
    if word.acronym or _ordinary(word, lex):
        return False
    # the stemmer is the slow part (milliseconds for a rare word): asked last
    return not is_plain_word(word.folded) and is_derived_word(verb.folded)  # not "Sebagaimana diberitakan"


def _title_words(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many words of the longest title open at token ``k`` ("Rais Aam", "Juru Bicara"); 0 if none."""
    for n in range(min(lex.longest_title, len(tokens) - k), 0, -1):
        if tuple(t.folded for t in tokens[k : k + n]) in lex.titles:
            return n
    return 0


def _not_a_name(token: Token, lex: Lexicon) -> bool:
    """A word no name starts with: lower case, a title or a listed ordinary word."""
    return not token.text[:1].isupper() or token.folded in lex.title_starts or token.folded in lex.common


def _plain_name(entity: Entity) -> bool:
    """Every word of every mention is an ordinary Indonesian word, one of them affixed ("Pencetak Utang").

    Given names are often plain root words ("Panca Putra", "Budi Karya"), hardly ever derived ones.
    """
    written = [fold(w) for m in entity.mentions for w in words(m.text)]
    return all(is_plain_word(w) for w in written) and any(is_derived_word(w) for w in written)


def _root_word(entity: Entity) -> bool:
    """Every mention is one Indonesian root word, no given name ("Kepala Suku", "Keputusan Menteri X Nomor").

    Two root words may well be a name ("Panca Putra"); one after a title the tagger rejects is a noun.
    """
    written = [[fold(w) for w in words(m.text)] for m in entity.mentions]
    return all(len(w) == 1 and w[0] in root_words() and w[0] not in first_names() for w in written)


def veto_persons(
    entities: list[Entity], tokens: list[Token], tagging: Tagging, cued: frozenset[int]
) -> list[Entity]:
    """Persons the tagger calls something else in every mention are retyped (or dropped when nothing).

    ``cued`` holds the first token of every mention the rules typed by a title or a speech
    verb: the tagger gets those wrong too often ("Kabupaten X Fulan" runs on as one place).
    A listed public figure (``data/people/nicknames.tsv``) is kept: the list is knowledge the
    tagger lacks ("SBY" reads as an acronym).
    """
    starts = [t.start for t in tokens]
    out: list[Entity] = []
    for entity in entities:
        if entity.type is not EntityType.PERSON:
            out.append(entity)
            continue
        best = 0.0
        kinds: dict[str, int] = {}
        strong = False
        for mention in entity.mentions:
            first = bisect_left(starts, mention.start)
            last = bisect_left(starts, mention.end) - 1
            if first > last:
                continue
            strong = strong or first in cued
            best = max(best, tagging.person_score(first, last))
            kind = tagging.kind(first, last)
            kinds[kind] = kinds.get(kind, 0) + 1
        kind = max(kinds, key=lambda k: kinds[k]) if kinds else "PER"
        if (
            full_name(entity.name) is not None
        ):  # "Presiden SBY": a listed public figure, whatever the tagger says
            out.append(entity)
            continue
        if strong and best < PLAIN_BELOW and (_plain_name(entity) or _root_word(entity)):
            continue  # "Menteri Pencetak Utang", "Kepala Suku": a title before ordinary words names no one
        if strong or best >= VETO_BELOW or (kind not in _TYPES and best >= DROP_BELOW):
            out.append(entity)
        elif kind in _TYPES:
            entity.type = _TYPES[kind]
            out.append(entity)
    return out
