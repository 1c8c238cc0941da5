"""Named-entity recognition for news bodies: persons, organisations, places.

``recognise(body, lang)`` is the entry point. It combines rules (titles, speech cues,
bundled gazetteers, word classes) with a statistical tagger (a CRF trained on Indonesian
news, shipped in ``data/models``, loaded once on first use): the tagger types names the
rules leave open, adds persons they miss and vetoes rule-found persons it tags as
something else in every mention (English bodies are left to the rules). Alias
definitions ("Basuki Tjahaja Purnama (Ahok)", "akrab disapa Emil"), misspelt variants of
one name and nicknames of well-known figures end up on one person entity.

For other analysers:

- ``is_person_candidate(body, start, end, lang="id") -> bool``: could ``body[start:end]``
  name a person in its context? No for weekdays, months, page furniture, runs of titles
  and ordinary words; otherwise (Indonesian) the tagger's confidence decides.
- ``person_confidence(body, start, end) -> float``: the tagger's probability (0..1) that
  those words name a person. Both keep the tagging of the last few bodies, so asking about
  every speaker candidate of one article tags it once.
- ``filtered_person_probability(body, name)``: the learned person filter's probability for a
  person ``recognise`` kept in that body (``entities/person_filter.py``), None if unknown.
- ``person_names``, ``resolve_person``, ``strip_titles``: speaker names as written, mapped
  to the article's persons; ``lookup`` / ``canonical_place``: the gazetteer.
"""

from __future__ import annotations

from kutip.index.entities.check import filtered_person_probability, is_person_candidate, person_confidence
from kutip.index.entities.lexicon import GazetteerEntry, canonical_place, lookup
from kutip.index.entities.persons import person_names, resolve_person, strip_titles
from kutip.index.entities.recognise import recognise

__all__ = [
    "GazetteerEntry",
    "canonical_place",
    "filtered_person_probability",
    "is_person_candidate",
    "lookup",
    "person_confidence",
    "person_names",
    "recognise",
    "resolve_person",
    "strip_titles",
]
