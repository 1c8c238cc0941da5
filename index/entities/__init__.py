"""Named-entity recognition for news bodies: persons, organisations, places.

Rules, cues and bundled gazetteers only (no models), for Indonesian and English news.
``recognise`` is the entry point; the rest lets other analysers speak the same names.
"""

from __future__ import annotations

from kutip.index.entities.lexicon import GazetteerEntry, canonical_place, lookup
from kutip.index.entities.persons import person_names, resolve_person, strip_titles
from kutip.index.entities.recognise import recognise

__all__ = [
    "GazetteerEntry",
    "canonical_place",
    "lookup",
    "person_names",
    "recognise",
    "resolve_person",
    "strip_titles",
]
