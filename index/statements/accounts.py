"""Social media accounts as speakers: ``cuit akun X @fulan_01``, ``tulis akun tersebut``; an
account with no handle is left to the phrase's other readings.

Pages quote posts by the account that wrote them; the handle is all the page knows of who wrote
it, so the handle is the speaker (as the reader would cite it), and ``akun tersebut`` / ``the
account`` points back to the last handle the body wrote before it.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .speaker_ref import SpeakerRef
from .text import Token

_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]")


def account_ref(body: str, start: int, end: int, toks: list[Token]) -> SpeakerRef | None:
    """The ref of a phrase naming an account (its noun first after any article): the handle
    written in it or right after it; for a phrase closed by a determiner (``akun tersebut``,
    ``the account``) the last handle written before it; None when it gives no handle."""
    lex = lexicon()
    first = 1 if toks and lex.is_any(toks[0].text, ("anaphor_pre", "singular_indefinite")) else 0
    if len(toks) <= first or not lex.is_a(toks[first].text, "account"):
        return None
    # the phrase may stop before the handle ("akun X @fulan_01": the mark is no word of a name)
    after = end + len(body[end:]) - len(body[end:].lstrip(" \u00a0"))
    written = _HANDLE.search(body, start, end) or _HANDLE.match(body, after)
    if written is not None:
        return SpeakerRef("person", written.group())
    if lex.is_a(toks[-1].text, "pronoun_det") or (first and lex.is_a(toks[0].text, "anaphor_pre")):
        before = list(_HANDLE.finditer(body, 0, start))
        if before:
            return SpeakerRef("person", before[-1].group())
    return None
