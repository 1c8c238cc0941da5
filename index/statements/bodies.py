"""Whether a description cue names a body rather than a person."""

from __future__ import annotations

from .descriptions import GENERIC_DESCRIPTION
from .lexicon import lexicon


def a_body(lang: str, words: tuple[str, ...]) -> bool:
    """Whether the description names a body, not a person (``the National Cyber Agency (NCA)
    has confirmed``, ``Badan X menyatakan``): its head is an organisation's word; English puts
    the head last before ``of`` (``the Governor of the Central Bank`` is a person), Indonesian
    first (``Kepala Badan X`` is a person)."""
    lex = lexicon()
    content = [w for w in words if w not in GENERIC_DESCRIPTION]
    if lang == "en":
        head = content[: content.index("of")] if "of" in content else content
        return any(lex.is_a(w, "orghead") for w in head)
    return bool(content) and lex.is_a(content[0], "orghead")
