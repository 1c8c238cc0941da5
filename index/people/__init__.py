"""Archive-wide name knowledge: one canonical person behind every way a name is written.

``update_people`` keeps the people tables in the document store's SQLite file current
inside each indexing batch; ``canonical``, ``variants`` and ``resolve_role`` answer from
them; ``PeopleIndex`` does the same for articles held in memory. Names load lazily (see
``kutip.index.lazy``): answering from the tables does not import the statement analysers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kutip.index.lazy import lazy_exports

if TYPE_CHECKING:
    from kutip.index.people.lookup import (
        canonical,
        canonical_names,
        person_of,
        resolve_role,
        resolve_speaker,
        variants,
    )
    from kutip.index.people.memory import PeopleIndex
    from kutip.index.people.offices import name_offices
    from kutip.index.people.query import expand_query
    from kutip.index.people.same_person import article_name, one_per_person, shown_name
    from kutip.index.people.speakers import SpeakerMatch, speaker_match
    from kutip.index.people.store import ensure_schema
    from kutip.index.people.update import rebuild_people, update_people
    from kutip.index.people.version import people_version

_EXPORTS = {
    "canonical": "lookup",
    "canonical_names": "lookup",
    "person_of": "lookup",
    "resolve_role": "lookup",
    "resolve_speaker": "lookup",
    "variants": "lookup",
    "PeopleIndex": "memory",
    "name_offices": "offices",
    "expand_query": "query",
    "article_name": "same_person",
    "one_per_person": "same_person",
    "shown_name": "same_person",
    "SpeakerMatch": "speakers",
    "speaker_match": "speakers",
    "ensure_schema": "store",
    "rebuild_people": "update",
    "update_people": "update",
    "people_version": "version",
}
_load = lazy_exports(__name__, _EXPORTS)


def __getattr__(name: str) -> Any:
    return _load(name)


__all__ = [
    "PeopleIndex",
    "SpeakerMatch",
    "article_name",
    "canonical",
    "canonical_names",
    "ensure_schema",
    "expand_query",
    "name_offices",
    "one_per_person",
    "people_version",
    "person_of",
    "rebuild_people",
    "resolve_role",
    "resolve_speaker",
    "shown_name",
    "speaker_match",
    "update_people",
    "variants",
]
