"""Who takes the floor in a narrative sentence: the person written right before its speech verb.

``Menanggapi isu bahwa Presiden X memanggil Y, Juru Bicara Fulan membantahnya.`` and ``Fulan,
Deputi Bidang A, B, dan C, menyampaikan kepada media bahwa …`` say that Fulan spoke, though the
shapes :func:`~.subject.subject_person` reads find a name of the fronted clause (X) or none (the
apposition holds commas). The quotation after such a sentence (``"…," jelas dia``) is Fulan's.

The signal is the sentence's own structure: an active speech verb of the lexicon (or its form
with the ``-nya`` object clitic, ``membantahnya``), and the recognised person mention just before
it, either touching it or separated by one comma-bounded apposition that holds no verb, and
opening the main clause (at the sentence start or after a fronted phrase's comma, maybe after its
office). Only the first speech verb of the sentence is read.
"""

from __future__ import annotations

from .lexicon import lexicon
from .names import NameBook
from .phrase import ROLE_GLUE
from .speaker_ref import SpeakerRef
from .text import tokens

__all__ = ["speaking_subject", "takes_the_floor"]

_REACH = 400  # characters of the sentence read: the verb comes early in a reporting sentence
_MAX_APPOSITION_WORDS = 14
_OBJECT_CLITIC = "nya"


def _speech_verb(word: str) -> bool:
    lex = lexicon()
    w = word.casefold()
    if w in lex.active:
        return True
    return w.endswith(_OBJECT_CLITIC) and w[: -len(_OBJECT_CLITIC)] in lex.active


def takes_the_floor(book: NameBook, start: int, end: int, subject: SpeakerRef | None) -> SpeakerRef | None:
    """The speaker of ``body[start:end]`` by its first speech verb when that should replace the
    subject read by shape: there is none, or it is written earlier in the sentence (in a fronted
    clause: ``Mengenai isu bahwa X memanggil Y, Fulan membantahnya``). A subject written after the
    speaker (``Setelah Fulan mengatakan itu, Badu pergi``) is the main clause's, and stays."""
    speaking = speaking_subject(book, start, end)
    if speaking is None or speaking.name is None or not book.is_person(speaking.name):
        return None
    if subject is None or subject.name is None:
        return speaking
    if subject.name == speaking.name:
        return None
    mentions = book.person_mentions(start, end)
    at = {name: ms for ms, _me, name in reversed(mentions)}  # each name's first mention
    if subject.name in at and speaking.name in at and at[subject.name] < at[speaking.name]:
        return speaking
    return None


def speaking_subject(book: NameBook, start: int, end: int) -> SpeakerRef | None:
    """The person who speaks in ``body[start:end]`` by the first speech verb, or None."""
    body = book.body
    toks = tokens(body, start, min(end, start + _REACH))
    lex = lexicon()
    for k, tok in enumerate(toks):
        if k == 0 or not _speech_verb(tok.text):
            continue
        mentions = book.person_mentions(start, tok.start)
        if not mentions:
            return None
        ms, me, name = mentions[-1]
        if not _opens_clause(book, start, ms):
            return None  # "… karena Fulan menyampaikan …": a subordinate clause's speaker
        gap = body[me : tok.start]
        inner = [t for t in toks[:k] if t.start >= me]
        if gap.strip():
            piece = gap.strip()
            if not (piece.startswith(",") and piece.endswith(",") and len(piece) > 1):
                return None
            if len(inner) > _MAX_APPOSITION_WORDS or any(lex.is_verb(t.text) for t in inner):
                return None
        if not book.is_recognised(name):
            return None
        return SpeakerRef("person", name)
    return None


def _opens_clause(book: NameBook, start: int, mention: int) -> bool:
    """Whether the mention at ``mention`` opens the sentence's main clause: only an office or a
    description in capitals (``Juru Bicara Kepresidenan``) stands between it and the sentence
    start or the comma that closes a fronted phrase."""
    body = book.body
    head = body[start:mention]
    cut = head.rfind(",")
    lex = lexicon()
    return all(
        t.capitalised or lex.is_a(t.text, "role") or t.text.casefold() in ROLE_GLUE
        for t in tokens(body, start + cut + 1, mention)
    )
