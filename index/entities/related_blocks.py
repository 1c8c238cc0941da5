"""People named in a story's block of related-article links: "- Fulan Hidayat Tolak Usulan ..." lines.

Many pages print their related or popular articles as a bulleted list of headlines inside the text
(no "Baca juga" label), so they reach the body's recogniser, where Title Case hides the names. Such a
block (two bulleted headline lines or more, in a row) is read the way a "Baca juga" line is
(``related.headline_names``: names the rules and the tagger find, cut to their name words, and listed
figures), and each name is a mention where the line writes it; a person the body read only inside the
block gives way to these names.
"""

from __future__ import annotations

import re

from kutip.index.entities.figure_words import figure_word
from kutip.index.entities.figures import full_name
from kutip.index.language import fold
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["add_related_block_persons"]

_BULLET = re.compile(r"^[ \t]*[-•][ \t]+(?P<headline>\S[^\n]{8,200})$", re.M)
_BLOCK_MIN = 2  # bulleted headlines in a row; one bullet is any list's item
_HEADLINE_CAPITALS = 0.6  # share of a line's words written with a capital: a headline, not a sentence
_HEADLINE_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _headline(text: str) -> bool:
    found: list[str] = _WORD.findall(text)
    if len(found) < _HEADLINE_WORDS:
        return False
    capitals = sum(1 for w in found if w[:1].isupper())
    return capitals / len(found) >= _HEADLINE_CAPITALS


def _blocks(body: str) -> list[list[re.Match[str]]]:
    blocks: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for line in _BULLET.finditer(body):
        joined = bool(current) and not body[current[-1].end() : line.start()].strip()
        if not joined:
            if len(current) >= _BLOCK_MIN:
                blocks.append(current)
            current = []
        current.append(line)
    if len(current) >= _BLOCK_MIN:
        blocks.append(current)
    return [block for block in blocks if all(_headline(m["headline"]) for m in block)]


def _written_at(line: str, name: str) -> tuple[int, int] | None:
    """Where ``line`` writes ``name``: the name itself, or a listed figure's nickname or word for it."""
    at = _whole_word(line, name)
    if at is not None:
        return at
    for word in _WORD.finditer(line):
        text = word.group(0).strip(".")
        if figure_word(text) == name or full_name(text) == name:
            return word.start(), word.start() + len(text)
    return None


def _whole_word(line: str, name: str) -> tuple[int, int] | None:
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line)
    return (found.start(), found.end()) if found else None


def add_related_block_persons(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with the persons of the body's related-link blocks, as mentions where written."""
    from kutip.index.entities.related import headline_names  # it runs recognise: imported on need

    blocks = _blocks(body)
    if not blocks:
        return entities
    spans = [(line.start("headline"), line.end()) for block in blocks for line in block]

    def in_block(m: Mention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    # a person read only inside the block is the body's Title Case guess ("Fulan Hidayat Sidak"): the
    # headline reader's names replace it
    entities = [e for e in entities if e.type is not EntityType.PERSON or not all(map(in_block, e.mentions))]
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    by_name = {fold(e.name): e for e in entities if e.type is EntityType.PERSON}
    added: list[Entity] = []
    for block in blocks:
        for line in block:
            headline = line["headline"]
            offset = line.start("headline")
            for name in headline_names([headline]):
                at = _written_at(headline, name)
                if at is None:
                    continue
                start, end = offset + at[0], offset + at[1]
                if any(s < end and start < e for s, e in taken):
                    continue  # the body's own reading of these words stands
                taken.append((start, end))
                mention = Mention(start, end, body[start:end])
                known = by_name.get(fold(name))
                if known is not None:
                    known.mentions = sorted([*known.mentions, mention], key=lambda m: m.start)
                    continue
                entity = Entity(name, EntityType.PERSON, [mention])
                by_name[fold(name)] = entity
                added.append(entity)
    return sorted([*entities, *added], key=lambda e: e.mentions[0].start if e.mentions else -1)
