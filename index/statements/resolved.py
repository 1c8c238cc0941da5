"""Who a cue found in the text resolves to, given the running passage: the grammar's reference
(a name, a pronoun, a description, an office, nothing) read against the speakers so far."""

from __future__ import annotations

from .agreeing import described_fallback
from .apposed import apposed_name
from .found import Found
from .memory import SpeakerMemory
from .names import NameBook
from .sole_person import person_before_found, sole_person_before
from .spoken_of import not_spoken_of, put_forward_since


def speaker_for(
    f: Found,
    memory: SpeakerMemory,
    earlier: list[tuple[Found, str | None]],
    book: NameBook,
    fresh_subject: bool = False,
) -> str | None:
    if f.ref.kind in ("anaphor", "office"):
        # "mantan gubernur itu", "kata Kapolda": whom the article gave that role; a bare office
        # nobody was given stays unknown, a description falls back on the running passage
        at = f.cue[0] if f.cue else f.start
        named = apposed_name(book, at) if f.ref.kind == "anaphor" else None
        named = named or book.describe(at, f.ref.words, memory.people)
        if named or f.ref.kind != "anaphor":
            return named
        return described_fallback(book, f, memory)
    if f.ref.kind != "inherit" or f.kind != "direct":
        found = memory.resolve(f.ref)
        if found is None:
            found = sole_person_before(book, f, memory)
        return not_spoken_of(book, f, memory, found)
    if memory.quote_open and not earlier:
        return memory.said_last  # a quotation run on from the paragraph before: its speaker, known or not
    if not earlier and fresh_subject and put_forward_since(memory, book):
        return memory.focus  # "Fulan menyarankan agar …" then an uncued quotation: Fulan's
    for prev, speaker in reversed(earlier):
        if speaker is not None and (prev.kind == "direct" or _reported_by_name(prev)):
            return speaker
    return memory.resolve(f.ref)


def defined_nickname(book: NameBook, speaker: str | None, memory: SpeakerMemory, f: Found) -> str | None:
    """``kata Ulan, sapaan akrabnya``: the short name is the running speaker's, from here on; before
    anyone was put forward, the one person the body has named."""
    if speaker is None or not book.owned_nickname(speaker):
        return speaker
    owner = memory.last or memory.focus or person_before_found(book, f)
    if owner is None or owner == speaker or not book.is_person(owner):
        return speaker
    book.define_alias(speaker, owner)
    return owner


def _reported_by_name(f: Found) -> bool:
    """A reported statement whose cue names its speaker (``Fulan said the government had …``):
    an uncued quotation after it in the paragraph goes on with that speaker's words."""
    return f.kind == "indirect" and f.cue is not None and f.ref.kind == "person"
