"""``According to him, Fulan had asked for …``: the clause after an according-to cue is its
speaker's.

English writes the cue's pronoun in the object case (``him``, ``her``, ``them``), which no cue
reads as a speaker, so the clause went unattributed and the speech verb inside it (``asked``)
made the person it reports on the passage's speaker: a later ``he said`` went to them. The
object pronoun stands for its subject form, and a cue inside the clause is what the speaker told.
"""

from __future__ import annotations

from .speaker_ref import SpeakerRef
from .text import Token

__all__ = ["inside_clause", "object_pronoun"]

_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def object_pronoun(toks: list[Token], i: int) -> tuple[SpeakerRef, int] | None:
    """The pronoun ref and its end when ``toks[i]`` after ``according to`` is an object pronoun."""
    if i >= len(toks):
        return None
    subject = _SUBJECT_FORMS.get(toks[i].text.casefold())
    return (SpeakerRef("pronoun", words=(subject,)), toks[i].end) if subject else None


def inside_clause(pos: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in the content of an according-to cue read before it in the sentence."""
    return any(s <= pos < e for s, e in clauses)
