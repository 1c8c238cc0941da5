"""Quotations of words written on a thing: ``spanduk lainnya bertuliskan: "…"``, ``a banner
reading: "…"``. Nobody in the passage said them, so an uncued quotation after such an
introduction is nobody's the reader can name, not the running speaker's."""

from __future__ import annotations

from .lexicon import lexicon
from .speaker_ref import INHERIT, UNNAMED, SpeakerRef
from .text import tokens

_REACH = 60  # the introduction's last words, before its colon and any paragraph break


def uncued_ref(body: str, open_at: int) -> SpeakerRef:
    """The ref of an uncued quotation opening at ``open_at``: unnamed after an inscription's
    introduction (its word, then a colon or a comma), else the running speaker's."""
    head = body[max(0, open_at - _REACH) : open_at].rstrip()
    if not head.endswith((":", ",")):
        return INHERIT
    words = tokens(head, 0, len(head) - 1)
    return UNNAMED if words and lexicon().is_a(words[-1].text, "inscription") else INHERIT
