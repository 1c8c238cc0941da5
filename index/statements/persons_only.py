"""Only persons speak (issue 9, item 4): what a cue resolved to is kept only when it is one.

A date, a unit, a place or a capitalised word a cue resolved to is no one. Two kinds of body
are kept all the same: one the cue names outright (``tulis Kementerian X``), and one the text
quoted outright whose quotation goes on with no cue or a clitic's while nobody spoke since
(:meth:`.memory.SpeakerMemory.body_goes_on`). A place read as a speaker (``Kalimantan Barat
menjelaskan``, an official's title cut short) is no one.
"""

from __future__ import annotations

from .found import Found
from .memory import SpeakerMemory
from .names import NameBook


def person_only(book: NameBook, f: Found, speaker: str | None, memory: SpeakerMemory) -> str | None:
    """``speaker`` when a person, or a body kept as the module's doc says; else None."""
    if speaker is None or f.ref.kind == "org" or book.is_person(speaker):
        return speaker
    return speaker if memory.body_goes_on(f.ref, speaker) else None
