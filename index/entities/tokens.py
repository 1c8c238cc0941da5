"""Kept for code that imports the tokeniser from here; it lives in :mod:`kutip.index.language`."""

from __future__ import annotations

from kutip.index.language.fold import fold
from kutip.index.language.tokens import Token, tokenize, words

__all__ = ["Token", "fold", "tokenize", "words"]
