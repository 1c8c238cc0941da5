"""An office's short form in brackets after the office written out: "Kepala Biro Informasi
Pertahanan (Karo Infohan)". The title's short form ("Karo") cues the word after it as a name,
but the word is the office's field written short ("Infohan"), no one's name: the holder's name
follows the brackets. A one-word person written only so is none.
"""

from __future__ import annotations

import re

from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, folded_set
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["drop_bracketed_offices"]

_WORLD_GIVEN = "language/english_given_names.txt"
_LOOK_BACK = 120  # characters before the bracket the written-out office is read in
_PIECE = 3  # letters of a word of the office that open or close its short form
_TITLE_IN_BRACKET = re.compile(r"(?P<office>\w+)\s*\(\s*(?P<title>[A-Z][A-Za-z]+)\s+$")


def _office_short_form(body: str, mention: Mention) -> bool:
    """Whether ``mention`` is the word after a title opening a bracket that follows a capitalised word
    and closes right after the mention."""
    if body[mention.end : mention.end + 1] != ")":
        return False
    match = _TITLE_IN_BRACKET.search(body, max(0, mention.start - 80), mention.start)
    if match is None or match.end() != mention.start:
        return False
    if not match["office"][:1].isupper() or fold(match["title"]) not in lexicon().title_starts:
        return False
    return _pieced(fold(body[mention.start : mention.end]), _office_words(body, match.end("office")))


def _office_words(body: str, end: int) -> list[str]:
    """The capitalised words written right before ``end``, folded, nearest last."""
    found: list[str] = []
    for written in reversed(body[max(0, end - _LOOK_BACK) : end].split()):
        if not written[:1].isupper():
            break
        found.insert(0, fold(written))
    return found


def _pieced(word: str, office: list[str]) -> bool:
    """Whether ``word`` opens as one word of ``office`` opens and closes on letters of a later one
    ("infohan": "Informasi", "Pertahanan"): the office's words written short."""
    if len(word) < 2 * _PIECE:
        return False
    head, tail = word[:_PIECE], word[-_PIECE:]
    later = [k for k, w in enumerate(office) if tail in w]
    return any(w.startswith(head) and any(k > i for k in later) for i, w in enumerate(office))


def drop_bracketed_offices(entities: list[Entity], body: str) -> list[Entity]:
    """The entities but one-word persons every mention of which is an office's bracketed short form;
    a given name there ("(Wapres Fulan)") stays the holder's."""
    given = first_names() | folded_set(_WORLD_GIVEN)
    return [
        e
        for e in entities
        if not (
            e.type is EntityType.PERSON
            and len(e.name.split()) == 1
            and fold(e.name) not in given
            and e.mentions
            and all(_office_short_form(body, m) for m in e.mentions)
        )
    ]
