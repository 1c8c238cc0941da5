"""Headline runs that glue ordinary words to a person the article names elsewhere.

A Title Case line capitalises every word, so "Kinerja Fulan Alihkan ...", "Fulan Dua
Periode" or "Fulan Vs Badu" reach the rules as one capitalised run, and linking then makes
the run a person of its own (or, worse, the canonical name of the person's short
mentions). The article itself says which part is the name: a person written that way
elsewhere (a name, an alias or a mention outside such a line). A headline mention made of
such names and ordinary words (everyday or dictionary words, none a given name) is cut to
the names, each joining its person.

Only mentions in a headline's position are cut: on a line of mostly capitalised words with
no full stop, opening a sentence with the ordinary words first ("Porsi Fulan ..."), or a
headline quoted in running text, whose capitalised words include one the news writes in
lower case ("kabar Fulan Bilang Badu Lemah beredar"). The
name kept must be how the article writes the person: the whole name, an alias or its
first words, never a surname alone, so "Putri Fulani" in prose stays whole.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from kutip.index.entities.dictionary import is_derived_word, is_lower_word, is_plain_word
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, fold, words
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["split_headline_composites"]

_JOINERS = frozenset({"vs", "versus", "dan", "and", "&", "x"})
HEADLINE_RATIO = 2  # a line with this many capitalised words to each lower-case one is a headline
_Key = tuple[str, ...]


def _ordinary(word: str) -> bool:
    """A word a headline may glue to a name: everyday, affixed or a dictionary root, no given name."""
    if word in first_names() or not word.isalpha():
        return word in _JOINERS
    if word in _JOINERS or word in lexicon().common:
        return True
    return is_lower_word(word) or is_derived_word(word) or is_plain_word(word)


def _key(text: str) -> _Key:
    return tuple(fold(w) for w in words(text.replace("-", " ")))


def _known_forms(persons: list[Entity], tokens: list[Token], starts: list[int]) -> dict[_Key, Entity | None]:
    """Each way the article writes a person (None where two persons share it)."""
    forms: dict[_Key, Entity | None] = {}

    def add(key: _Key, entity: Entity) -> None:
        if key and not (key in forms and entity in glued):
            forms[key] = entity if forms.get(key, entity) is entity else None

    # persons whose own name holds an ordinary word may be such runs: their forms count last
    glued = [e for e in persons if any(_ordinary(w) for w in _key(e.name))]
    for entity in sorted(persons, key=lambda e: e in glued):
        names = [_key(name) for name in (entity.name, *entity.aliases)]
        for name in names:
            add(name, entity)
            if len(name) > 1 and not _ordinary(name[0]) and entity not in glued:
                add(name[:1], entity)  # "Fulan" of "Fulan Badu", whether or not written alone
        for m in entity.mentions:
            key = _key(m.text)
            if any(name[: len(key)] == key for name in names):  # the whole name or its first words
                add(key, entity)
    return forms


def _pieces(key: _Key, find: Callable[[_Key], Entity | None]) -> list[tuple[int, int, Entity]] | None:
    """Known names inside ``key`` (word ranges, end exclusive) when every other word is ordinary."""
    found: list[tuple[int, int, Entity]] = []
    k = 0
    while k < len(key):
        for end in range(len(key), k, -1):
            if (k, end) == (0, len(key)):
                continue
            target = find(key[k:end])
            if target is not None:
                found.append((k, end, target))
                k = end
                break
        else:
            if not _ordinary(key[k]):
                return None
            k += 1
    return found or None


def _headline_position(tokens: list[Token], first: int, leads: bool, body: str) -> bool:
    """A sentence opened by the ordinary words, or a headline's line: no stop or comma at its end and
    at least twice as many capitalised words as lower-case ones (Indonesian headlines keep
    "yang", "dengan", "atau" lower case)."""
    token = tokens[first]
    if token.title_case_line or (leads and token.sentence_start):
        return True
    line_start = body.rfind("\n", 0, token.start) + 1
    line_end = body.find("\n", token.start)
    line = body[line_start : line_end if line_end >= 0 else len(body)].rstrip()
    if line.endswith((".", ",", ":", ";")):  # a sentence, or one running on to the next line
        return False
    upper = lower = 0
    for word in line.split():
        if word[:1].isupper():
            upper += 1
        elif word.isalpha():
            lower += 1
    return upper >= HEADLINE_RATIO * max(lower, 1)


def _title_cased_inside(key: _Key, pieces: list[tuple[int, int, Entity]]) -> bool:
    """A run that writes, capitalised, a word the news writes in lower case (no given name)
    between two names the article knows ("Fulan Bilang Badu Lemah"): a headline quoted in running
    text, which prose never capitalises so. A single name ending in such a word ("Ratna Sari")
    is no such run."""
    return any(
        is_lower_word(key[k]) and key[k] not in first_names()
        for (_, end, _), (start, _, _) in pairwise(pieces)
        for k in range(end, start)
    )


def _own_words(pieces: list[tuple[int, int, Entity]], entity: Entity, size: int) -> bool:
    """Every word of the run is a form of the run's own person ("Fulan" and "Badu" of "Fulan Badu"):
    the name itself, which glues no word to it."""
    covered = sum(end - start for start, end, _ in pieces)
    return covered == size and all(target is entity for _, _, target in pieces)


def split_headline_composites(entities: list[Entity], tokens: list[Token], body: str) -> list[Entity]:
    """``entities`` with headline mentions of names plus ordinary words cut to the names."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    if len(tokens) < 2 or not persons:
        return entities
    starts = [t.start for t in tokens]
    forms = _known_forms(persons, tokens, starts)
    figures: dict[str, Entity] = {fold(e.name): e for e in persons if full_name(e.name) is not None}
    created: list[Entity] = []

    def find(key: _Key) -> Entity | None:
        """The person the article writes ``key`` for, or the listed figure it names ("Jokowi")."""
        if key in forms:
            return forms[key]
        full = full_name(" ".join(key))
        if full is None:
            return None
        if fold(full) not in figures:  # named only in this run: the figure becomes a person of its own
            figures[fold(full)] = Entity(full, EntityType.PERSON)
            created.append(figures[fold(full)])
        return figures[fold(full)]

    moved: list[tuple[Entity, Mention]] = []
    emptied: set[int] = set()
    for entity in persons:
        kept: list[Mention] = []
        for m in entity.mentions:
            first, last = bisect_left(starts, m.start), bisect_left(starts, m.end) - 1
            run = tokens[first : last + 1]
            key = tuple(t.folded for t in run)
            pieces = _pieces(key, find) if len(key) > 1 and len(key) == len(_key(m.text)) else None
            if (
                pieces is None
                or _own_words(pieces, entity, len(key))
                or not (
                    _headline_position(tokens, first, pieces[0][0] > 0, body)
                    or _title_cased_inside(key, pieces)
                )
            ):
                kept.append(m)
                continue
            for a, b, target in pieces:
                start, end = run[a].start, run[b - 1].end
                moved.append((target, Mention(start, end, body[start:end])))
        if len(kept) < len(entity.mentions):
            entity.mentions = kept
            emptied.add(id(entity))
    for target, mention in moved:
        target.mentions.append(mention)
    out: list[Entity] = []
    new = {id(e) for e in created}
    for entity in [*entities, *created]:
        entity.mentions.sort(key=lambda m: m.start)
        if id(entity) in emptied or id(entity) in new:
            if not entity.mentions:
                continue
            names = {_key(m.text) for m in entity.mentions}
            owners = {id(forms.get(name)) for name in names}
            owner = forms.get(next(iter(names)))
            if owner is not None and owner is not entity and len(owners) == 1:  # "Fulan" of "Fulan Badu"
                owner.mentions = sorted(owner.mentions + entity.mentions, key=lambda m: m.start)
                continue
            if _key(entity.name) not in names and full_name(entity.name) is None:
                entity.name = max((m.text for m in entity.mentions), key=len)
        out.append(entity)
    if created:
        out.sort(key=lambda e: e.mentions[0].start if e.mentions else len(body))
    return out
