"""Word-level differences between two reports of one remark, for highlighting.

Words compare folded and without surrounding punctuation, so ``ini,`` equals ``Ini``
and only real rewording (``Korea Utara`` -> ``Korut``) is marked.
"""

from __future__ import annotations

import difflib
import re

from kutip.index.linking.normalise import fold_word

__all__ = ["word_diff"]

_EDGE_PUNCT = re.compile(r"^\W+|\W+$")


def _key(word: str) -> str:
    return fold_word(_EDGE_PUNCT.sub("", word)) or word


def word_diff(base: str, other: str) -> list[tuple[str, str]]:
    """Segments turning ``base`` into ``other``: ``(op, text)`` with op equal/insert/delete/replace.

    ``equal``, ``insert`` and ``replace`` carry ``other``'s words (joining them rebuilds
    ``other``); ``delete`` carries the ``base`` words ``other`` left out.
    """
    old, new = base.split(), other.split()
    matcher = difflib.SequenceMatcher(None, [_key(w) for w in old], [_key(w) for w in new], autojunk=False)
    segments: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        text = " ".join(old[i1:i2]) if op == "delete" else " ".join(new[j1:j2])
        segments.append((op, text))
    return segments
