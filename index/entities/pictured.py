"""People a photo caption names: the ingest keeps captions as furniture, outside the story, so a
person shown in a picture and never named in the prose ("Menteri Fulan Badu (kiri) ...", "Minister
Fulan Badu (second left) ...") would be missing from the article's people.

Only a line that reads as a caption is read: it places someone in the picture ("(kiri)", "(second
left)", "dari kiri", "from right") or closes on a photographer's credit ("... (Kabar.id/Ana Lee)").
The caption is recognised as a text of its own, in its own language; the credit it closes on names
the photographer, who is credited already, so only the people before it are taken, as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kutip.index.entities.recognise import recognise
from kutip.index.ingest.language import detect_language
from kutip.index.models import EntityType

__all__ = ["is_caption", "pictured_persons"]

_MAX_CAPTION = 600  # characters: a caption is a sentence or two; longer furniture is a widget or a list
_PLACE = r"(?:kiri|kanan|tengah|left|right|cent(?:er|re))"
# "(kiri)", "(kedua dari kanan)", "(second left)", "(fifth from right)", "Dari kiri-kanan:", "from left"
_IN_PICTURE = re.compile(
    rf"\((?:[\w-]+ ){{0,2}}{_PLACE}\)|\b(?:dari|from) {_PLACE}\b",
    re.IGNORECASE,
)


def is_caption(line: str) -> bool:
    """Whether ``line`` places someone in a picture or closes on a photographer's credit."""
    return bool(_IN_PICTURE.search(line)) or _credit_start(line) is not None


def _credit_start(line: str) -> int | None:
    """Where the photographer's credit closing ``line`` starts, or None when it closes on none: ingest's
    credit reader says where (its bracket, its label with the agency before it, "Foto: KABAR/ANA LEE", or
    its source, "KABAR/Ana Lee"), from the one list of photo labels; a label opening a whole caption
    ("Foto: Menteri Fulan (kiri) ...") starts no credit."""
    from kutip.index.ingest.credits import closing_photo_credit  # ingest reads the entity gazetteer

    found = closing_photo_credit(line)
    return found.start if found is not None else None


def pictured_persons(lines: Iterable[str]) -> list[str]:
    """The persons the caption lines among ``lines`` name before any closing credit, as written,
    each once, in the order the captions give them."""
    found: list[str] = []
    for line in lines:
        if len(line) > _MAX_CAPTION or not is_caption(line):
            continue
        credit = _credit_start(line)
        end = len(line) if credit is None else credit
        for entity in recognise(line, detect_language(line)):
            if entity.type is not EntityType.PERSON or not entity.mentions:
                continue
            first = min(entity.mentions, key=lambda m: m.start)
            if first.start >= end:
                continue  # the photographer the caption closes on
            name = _as_written(entity.name, first.text)
            if name not in found:
                found.append(name)
    return found


def _as_written(name: str, written: str) -> str:
    """The caption's own spelling of the whole name (a listed figure's "Azis" written "Aziz" stays
    so, as every credit does), else the name: a mention in capitals or cut short does not name."""
    if written.isupper() or len(written.split()) != len(name.split()):
        return name
    return written
