"""People credited inside the story's own text: a caption's photographer and a closing writer's name.

Captions the page sets inside the story end with their credit ("… (OUTLET/NAME)", "… PHOTO: NAME"),
and regional sites close a story with its writer in brackets ("… stabil. (Fulan)") or alone in capitals
on its last line ("FULAN HIDAYAT"). Line-level credit reading only sees the page's furniture, so these
people are read here, from the body's lines, with the credit's own evidence: an outlet or agency before
the slash, the bracket that closes the story's last line around one unknown capitalised name, or a
last line that is nothing but two or three such words in capitals.
"""

from __future__ import annotations

import re

from kutip.index.entities.dictionary import is_lower_word
from kutip.index.entities.lexicon import body_word, lexicon, lookup
from kutip.index.entities.office_compounds import office_compound
from kutip.index.language import fold, folded_set
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["add_closing_credits"]

# "… stabil. (Fulan)", "(Fulan Badu)" alone on the story's last line
_CLOSING_NAME = re.compile(r"\((?P<name>[A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})?)\)\s*$")


# "Artikel ini ditulis oleh:" / "Fulan": a writer's label alone on the line above the story's last line
_WRITER_LABEL = re.compile(
    r"^(?:artikel ini\s+)?(?:ditulis oleh|penulis|reporter|pewarta|written by|writer)\s*:\s*$", re.I
)
_LABELLED_NAME = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{2,}){0,3}")


# "FULAN HIDAYAT": the writer's name alone in capitals on the story's last line, as some outlets sign
_SHOUTED_NAME = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,}){1,2}")


def _shouted_writer(line: str) -> tuple[str, int] | None:
    """The writer signed alone in capitals on the story's last line (two or three words), or None."""
    from kutip.index.ingest.credits import unshouted  # ingest reads the entity gazetteer

    name = line.strip()
    if not (_SHOUTED_NAME.fullmatch(name) and _unknown_name(unshouted(name))):
        return None
    return name, line.index(name)


def _labelled_writer(line: str, above: str) -> tuple[str, int] | None:
    """The writer named alone on the story's last line under a writer's label, or None."""
    name = line.strip()
    if not (_WRITER_LABEL.match(above.strip()) and _LABELLED_NAME.fullmatch(name) and _unknown_name(name)):
        return None
    return name, line.index(name)


def _closing_writer(line: str) -> tuple[str, int] | None:
    """The writer a story's last line closes with, and where the name starts, or None."""
    match = _CLOSING_NAME.search(line)
    if not match or not _unknown_name(match["name"]):
        return None
    return match["name"], match.start("name")


def _unknown_name(name: str) -> bool:
    """No everyday, title or source word in ``name``, and no outlet, body or place."""
    from kutip.index.ingest.outlets import is_outlet_name  # ingest reads the entity gazetteer

    lex = lexicon()
    sources = folded_set("language/credit_sources.txt")  # given names are often words too ("Wisnu")
    for word in name.split():
        folded = fold(word)
        if folded in lex.common or folded in lex.title_starts or is_lower_word(folded) or folded in sources:
            return False  # "(Bisnis)" is written in lower case in news, "(Redaksi)", "(Setpres)" are sources
    return not (is_outlet_name(name) or lookup(name) is not None)  # "(Detik)", "(Xinhua)", a body, a place


def add_closing_credits(body: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the persons credited by the body's captions and closing bracket added."""
    from kutip.index.ingest.credits import (  # ingest reads the entity gazetteer
        closing_photo_credits,
        unshouted,
    )

    known = {fold(e.name) for e in entities if e.type is EntityType.PERSON}
    found: list[Entity] = []
    offset = 0
    lines = body.split("\n")
    # the story's last line; a label left below it ("Artikel ini ditulis oleh:") closes no story
    last = max(
        (k for k, line in enumerate(lines) if line.strip() and not line.rstrip().endswith(":")), default=-1
    )
    for k, line in enumerate(lines):
        names: list[tuple[str, int]] = []
        for credit in closing_photo_credits(line) if "/" in line or ":" in line else []:
            at = line.casefold().rfind(credit.name.casefold())
            if at >= 0:
                names.append((credit.name, at))
        if k == last:
            above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
            writer = _closing_writer(line) or _labelled_writer(line, above) or _shouted_writer(line)
            if writer is not None:
                names.append(writer)
        for written, at in names:
            name = unshouted(written)  # a credit in capitals names a person written in Title Case
            if fold(name) in known or office_compound(name) or body_word(name):
                continue  # "(Foto: Kemenpora)": a ministry's short name credits the ministry
            known.add(fold(name))
            start = offset + at
            found.append(Entity(name, EntityType.PERSON, [Mention(start, start + len(written), written)]))
        offset += len(line) + 1
    if not found:
        return entities
    return sorted([*entities, *found], key=lambda e: e.mentions[0].start if e.mentions else len(body))
