"""A description cue that names no role anyone was given still agrees, or not, with a person.

``"…," kata politikus itu`` with no politician introduced goes to whom the text last put
forward: the article may have described them otherwise (``Anggota DPR Rina``). But the proper
words of a description (``the Singapore leader``, ``politikus PDI Perjuangan itu``) say where
its holder belongs: when exactly one person's introduction holds them (``Singapore Prime
Minister Fulan``), the description is theirs, not the running person's (a singer the story
named first).
"""

from __future__ import annotations

from .bodies import a_body
from .descriptions import description_of
from .found import Found
from .lexicon import lexicon
from .memory import SpeakerMemory
from .names import NameBook
from .sole_person import sole_person_before
from .text import tokens


def described_fallback(book: NameBook, f: Found, memory: SpeakerMemory) -> str | None:
    """The person a description cue means when ``book.describe`` found no one with its role:
    the one person introduced with its proper words, else the running passage's (or the one
    person named before)."""
    running = memory.resolve(f.ref) or sole_person_before(book, f, memory)
    holders = _holders(book, f)
    if len(holders) == 1 and running not in holders:
        return holders.pop()
    return running


def _holders(book: NameBook, f: Found) -> set[str]:
    """Who the article introduces with the proper words of the cue's description."""
    wanted = description_of(f.ref.words)
    if wanted is None or f.cue is None or a_body(book.lang, f.ref.words):
        return set()
    lex = lexicon()
    proper = {
        t.text.casefold()
        for t in tokens(book.body, *f.cue)
        if t.capitalised and not lex.is_a(t.text, "role") and not lex.is_a(t.text, "function")
    } & wanted.content
    if not proper:
        return set()
    # a capitalised word of the description itself that the recogniser took for a person
    # ("mantan panglima Kodam Utara/Selatan tersebut") is introduced by it, and is not its holder
    inside = range(*f.cue)
    return {intro.name for intro in book.intros() if intro.role_words & proper and intro.pos not in inside}
