"""Which statement speakers a name asks for, the one rule ``--speaker``, ``statements`` and the
person page share: every name the archive knows that person by, or, for a name it does not
know, speakers holding the name's longest word that :func:`~kutip.index.names.name_matches` it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kutip.index.names import name_matches, name_words
from kutip.index.people.lookup import person_of, variants

__all__ = ["SpeakerMatch", "speaker_match"]


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    """``names``: the exact speakers, when the archive knows the person; otherwise ``pattern`` (a SQL
    ``LIKE`` on the longest word) narrows the rows and :meth:`accepts` decides."""

    name: str
    names: tuple[str, ...]
    pattern: str

    def accepts(self, speaker: str | None) -> bool:
        return speaker in self.names if self.names else name_matches(self.name, speaker)


def speaker_match(db: sqlite3.Connection, name: str) -> SpeakerMatch | None:
    """The speakers ``name`` asks for; None when it holds no word, so asks for none."""
    words = name_words(name)
    if not words:
        return None
    if person_of(db, name) is not None:
        return SpeakerMatch(name, tuple(variants(db, name)), "")
    return SpeakerMatch(name, (), f"%{max(words, key=len)}%")
