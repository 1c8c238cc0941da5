"""People named in a story's block of related-article links: "- Fulan Hidayat Tolak Usulan ..." lines.

Many pages print their related or popular articles as a bulleted list of headlines inside the text
(no "Baca juga" label), so they reach the body's recogniser, where Title Case hides the names. Such a
block (two bulleted headline lines or more, in a row) is read the way a "Baca juga" line is
(``headline_names.headline_names``: names the rules and the tagger find, cut to their name words, and listed
figures), and each name is a mention where the line writes it; a person the body read only inside the
block gives way to these names.

Pages also print such links with no bullets, one headline a line, under a label ("Artikel Terkait",
"Baca juga:") that ingest drops as furniture: in an Indonesian story, two headline lines or more in a
row (blank lines aside), none closing on a full stop, make a block too. Story lines are sentences, with
far fewer capitals; English pages are left out (captions there are written in Title Case).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kutip.index.entities.figure_words import figure_word
from kutip.index.entities.figures import full_name
from kutip.index.language import fold
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["add_related_block_persons", "headline_words"]

_BULLET = re.compile(r"^[ \t]*[-•][ \t]+(?P<headline>\S[^\n]{8,200})$", re.M)
_BLOCK_MIN = 2  # bulleted headlines in a row; one bullet is any list's item
_HEADLINE_CAPITALS = 0.6  # share of a line's words written with a capital: a headline, not a sentence
_HEADLINE_WORDS = 4
_PLAIN = re.compile(r"^[ \t]*(?P<headline>[^\s\-•][^\n]{8,200})$", re.M)
_CREDIT_MARKS = frozenset("/|")  # "Redaksi Contoh.com / Fulan Hidayat": a credit line, not a headline
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def headline_words(found: Sequence[str]) -> bool:
    """Whether the words of a line read as a headline: enough of them, most written with a capital
    (a story's sentence has far fewer). Each caller reads the line's words its own way."""
    if len(found) < _HEADLINE_WORDS:
        return False
    capitals = sum(1 for w in found if w[:1].isupper())
    return capitals / len(found) >= _HEADLINE_CAPITALS


def _headline(text: str) -> bool:
    return headline_words(_WORD.findall(text))


def _bulleted_blocks(body: str) -> list[list[re.Match[str]]]:
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


def _plain_blocks(body: str) -> list[list[re.Match[str]]]:
    """Runs of two headline lines or more with no bullets ("Fulan Hidayat Tolak Usulan ...")."""
    blocks: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for line in _PLAIN.finditer(body):
        headline = line["headline"].rstrip()
        joined = bool(current) and not body[current[-1].end() : line.start()].strip()
        if not joined and len(current) >= _BLOCK_MIN:
            blocks.append(current)
        current = current if joined else []
        if _headline(headline) and not headline.endswith(".") and not _CREDIT_MARKS & set(headline):
            current.append(line)
        elif current:
            if len(current) >= _BLOCK_MIN:
                blocks.append(current)
            current = []
    if len(current) >= _BLOCK_MIN:
        blocks.append(current)
    return blocks


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


def add_related_block_persons(entities: list[Entity], body: str, lang: str = "id") -> list[Entity]:
    """``entities`` with the persons of the body's related-link blocks, as mentions where written."""
    from kutip.index.entities.headline_names import headline_names  # it runs recognise: imported on need

    plain_blocks = _plain_blocks(body) if lang == "id" else []
    blocks = _bulleted_blocks(body) + plain_blocks
    if not blocks:
        return entities
    plain = {line.span("headline") for block in plain_blocks for line in block}
    spans = [(line.start("headline"), line.end()) for block in blocks for line in block]
    found: list[tuple[str, int, int]] = []  # the headline reader's names, where written
    for block in blocks:
        for line in block:
            headline = line["headline"]
            offset = line.start("headline")
            for name in headline_names([headline]):
                at = _written_at(headline, name)
                if at is not None:
                    found.append((name, offset + at[0], offset + at[1]))

    def in_block(m: Mention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    def in_plain(m: Mention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in plain)

    def read_over(m: Mention) -> bool:
        return any(s < m.end and m.start < e for _, s, e in found)

    def replaced(e: Entity) -> bool:
        """A person read only inside the block is the body's Title Case guess ("Fulan Hidayat Sidak"): the
        headline reader's names replace it; under no bullets, only where the reader names someone in it."""
        if e.type is not EntityType.PERSON or not all(map(in_block, e.mentions)):
            return False
        return not all(map(in_plain, e.mentions)) or any(map(read_over, e.mentions))

    kept: list[Entity] = []
    dropped: list[Entity] = []
    for e in entities:
        (dropped if replaced(e) else kept).append(e)
    entities = kept
    found.extend(_rest_names([m for e in dropped for m in e.mentions if in_plain(m)], found, body))
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    by_name = {fold(e.name): e for e in entities if e.type is EntityType.PERSON}
    added: list[Entity] = []
    for name, start, end in found:
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


_Found = tuple[str, int, int]  # a name and where the body writes it


def _rest_names(mentions: list[Mention], found: list[_Found], body: str) -> list[_Found]:
    """Names in what is left of replaced runs beside the headline reader's names: "Trump Pilih Fulan
    Hidayat" -> "Fulan Hidayat" after "Trump", its ordinary words cut the way a headline's are."""
    from kutip.index.entities.headline_names import name_words

    out: list[tuple[str, int, int]] = []
    for m in mentions:
        cuts = sorted((s, e) for _, s, e in found if s < m.end and m.start < e)
        pos = m.start
        for s, e in [*cuts, (m.end, m.end)]:
            part = body[pos:s] if s > pos else ""
            name = name_words(part.strip(" ,:;")) if part.strip() else ""
            if name:
                at = body.index(name, pos)
                out.append((name, at, at + len(name)))
            pos = max(pos, e)
    return out
