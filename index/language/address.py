"""Words of address written before a given name (``Pak``, ``Bang``, ``Cak``, ``Babe``): one list,
``data/language/address_words.txt``, read the same way by the recogniser, the figures list and the
cue reader, so a person one of them folds by the word is the others' person too."""

from __future__ import annotations

from kutip.index.language.fold import fold
from kutip.index.language.wordlists import folded_set

__all__ = ["is_address_word"]

_ADDRESS = "language/address_words.txt"


def is_address_word(word: str) -> bool:
    """Whether ``word`` is a word of address written before a given name."""
    return fold(word) in folded_set(_ADDRESS)
