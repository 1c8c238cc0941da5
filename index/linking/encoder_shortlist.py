"""Candidates across languages that the blocking keys miss, for the sentence encoder (issue 10).

The blocking keys (:mod:`keys`) meet an English quote and its Indonesian report through the
lexicon's pivot: when the translator's words are not the pivot's (``interpret``: the pivot
``tafsir``, the report ``ditarik ke mana-mana``), the two never meet, though the encoder would
confirm them (:func:`encoder.translated`). So, with the encoder installed, a direct quote also meets
the direct quotes credited to its speaker in the other language within its date window, at most
``MAX_SPEAKER_CANDIDATES``, those of the nearest dates first. Its speaker is every credited name
whose words hold the quote's or are held by them (an English page's "Subianto" for "Prabowo
Subianto"), read once per batch from the statements' distinct speakers (:class:`Speakers`); the
statements table is indexed by speaker. Only :meth:`update._Linker.encoded` verifies them.
"""

from __future__ import annotations

import sqlite3

from kutip.index.linking import encoder
from kutip.index.linking.speakers import speaker_names
from kutip.index.linking.store import LinkDoc, load_docs

__all__ = ["MAX_SPEAKER_CANDIDATES", "Speakers", "speaker_docs"]

MAX_SPEAKER_CANDIDATES = 20  # nearest dates first; bounds a prolific speaker's cost (60: 2 ms an article)
_LANGUAGES = ("en", "id")


class Speakers:
    """The archive's credited speakers by name word, read at the first question (one pass over the
    speaker index per batch of the linker)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.by_word: dict[str, list[tuple[str, frozenset[str]]]] | None = None

    def of(self, names: frozenset[str]) -> list[str]:
        """Credited speakers whose name words hold ``names`` or are held by them."""
        if self.by_word is None:
            self.by_word = {}
            for (speaker,) in self.db.execute("SELECT DISTINCT speaker FROM statements WHERE speaker != ''"):
                words = speaker_names(str(speaker)).canonical
                for word in words:
                    self.by_word.setdefault(word, []).append((str(speaker), words))
        found = {
            speaker
            for word in names
            for speaker, words in self.by_word.get(word, [])
            if words <= names or names <= words
        }
        return sorted(found)


def speaker_docs(db: sqlite3.Connection, doc: LinkDoc, seen: set[str], speakers: Speakers) -> list[LinkDoc]:
    """The direct quotes of ``doc``'s speaker in the other language, in other articles of its date
    window, not among ``seen``; none when ``doc`` is no direct quote or the encoder is absent."""
    if doc.lang not in _LANGUAGES or not doc.names or not encoder.available():
        return []
    row = db.execute("SELECT kind FROM statements WHERE id = ?", (doc.statement,)).fetchone()
    if row is None or row[0] != "direct":
        return []
    names = speakers.of(doc.names)
    if not names:
        return []
    low, high = doc.months
    other = _LANGUAGES[1] if doc.lang == _LANGUAGES[0] else _LANGUAGES[0]
    marks = ",".join("?" * len(names))
    rows = db.execute(
        "SELECT s.id FROM statements s JOIN link_docs d ON d.statement = s.id "
        f"WHERE s.speaker IN ({marks}) AND s.kind = 'direct' AND s.article != ? AND d.lang = ? "
        "AND (d.month = 0 OR d.month BETWEEN ? AND ?) "
        "ORDER BY d.day = 0, abs(d.day - ?) LIMIT ?",
        (*names, doc.article, other, low, high, doc.day, MAX_SPEAKER_CANDIDATES),
    )
    ids = [str(r[0]) for r in rows if str(r[0]) not in seen]
    found = load_docs(db, ids)
    return [found[sid] for sid in ids if sid in found]
