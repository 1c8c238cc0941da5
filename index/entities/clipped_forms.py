"""A word clipped from the capitalised name beside its brackets is that name's short form, no one's
name.

Indonesian shortens a body's or an office's name by clipping its words ("Kepala Biro Layanan
Pengadaan (Karo Lapeng)", "Pimwil (Pimpinan Wilayah)"). The clipped word opens clauses and follows
a title's short form ("Karo"), so the rules cue it as a person; the name beside the brackets shows
it is the office's or the body's words written short.
"""

from __future__ import annotations

from kutip.index.language import Token

__all__ = ["clipped_short_form"]

_SHORT_REACH = 6  # words of the name a short form in brackets stands for
_MIN_PIECE = 2  # letters a clipped word takes from each word of the name ("Kadisdik": ka-dis-dik)
_OPENING_REACH = 3  # words a short form in brackets may stand after the bracket ("(Karo Lapeng)")


def clipped_short_form(tokens: list[Token], k: int | None) -> bool:
    """Whether the word at ``k`` stands in brackets after the name it shortens, or before brackets that
    spell it out ("Pimwil (Pimpinan Wilayah)"), clipped from two or more of its words."""
    if k is None:
        return False
    word = tokens[k].folded
    if len(word) < 2 * _MIN_PIECE:
        return False
    if k + 1 < len(tokens) and "(" in tokens[k + 1].gap:
        inside: list[str] = []
        for token in tokens[k + 1 : k + 1 + _SHORT_REACH]:
            inside.append(token.folded)
            if ")" in token.text or (token is not tokens[k + 1] and "(" in token.gap):
                break
        if _clipped_from(word, inside):
            return True
    opening = next((n for n in range(k, max(k - _OPENING_REACH, 0), -1) if "(" in tokens[n].gap), None)
    if opening is None:
        return False
    before = [t.folded for t in tokens[max(opening - _SHORT_REACH, 0) : opening] if t.capitalised]
    return _clipped_from(word, before)


def _clipped_from(word: str, sources: list[str]) -> bool:
    """Whether ``word`` is clipped from two or more of ``sources`` in order ("Lapeng" from "Layanan
    Pengadaan", "Infohan" from "Informasi Pertahanan"): its letters split into pieces of two or more,
    each a part of a later word, the first beginning with its word's letter."""

    def rest(i: int, w: int, used: int) -> bool:
        if i == len(word):
            return used >= 2
        for n in range(w, len(sources)):
            source = sources[n]
            for size in range(len(word) - i, _MIN_PIECE - 1, -1):
                piece = word[i : i + size]
                if piece in source and (used or piece[0] == source[0]) and rest(i + size, n + 1, used + 1):
                    return True
        return False

    return any(rest(0, start, 0) for start in range(len(sources)))
