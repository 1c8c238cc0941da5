"""A sentence connective written without its comma: ``Sementara itu Ketua DPR Fulan menilai …``.

With the comma (``Sementara itu, …``) the subject reader starts after it; without one, the
connective's words (a head such as ``sementara``, ``selain``, ``meski``, then ``itu`` or
``demikian`` within two words) stand where the subject's name should, and the person after them
was never read as the one the passage turns to.
"""

from __future__ import annotations

from .lexicon import lexicon
from .text import Token

_MAX_WORDS = 3  # "Sementara itu", "Di samping itu", "Oleh karena itu"


def after_connective(body: str, toks: list[Token]) -> int | None:
    """The index of the capitalised word after a comma-less connective opening ``toks``, or None."""
    lex = lexicon()
    if not toks or not lex.is_a(toks[0].text, "connective_head"):
        return None
    for k in range(1, min(len(toks) - 1, _MAX_WORDS)):
        if body[toks[k - 1].end : toks[k].start].strip():
            return None
        if lex.is_a(toks[k].text, "connective_close"):
            nxt = toks[k + 1]
            return k + 1 if nxt.capitalised and not body[toks[k].end : nxt.start].strip() else None
    return None
