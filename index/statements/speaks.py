"""Whether a narrative sentence has its subject say something, though no reported clause was read."""

from __future__ import annotations

from .lexicon import lexicon
from .names import NameBook
from .text import tokens

__all__ = ["speaks"]

_SPEECH_WINDOW = 12  # words: the subject's name, its apposition, then the verb


def speaks(book: NameBook, start: int, end: int, name: str) -> bool:
    """Whether the narrative sentence ``body[start:end]`` has its subject ``name`` say something
    (``Government vulcanologist Fulan said energy is building …``) though no reported clause was
    read from it: a speech verb among its first words, right after a word of the name. The
    quotation after such a sentence is that person's, not the previous speaker's."""
    lex = lexicon()
    words = {w.casefold() for w in name.split()}
    toks = tokens(book.body, start, min(end, start + 240))[:_SPEECH_WINDOW]
    return any(
        tok.text.casefold() in lex.active and k > 0 and toks[k - 1].text.casefold() in words
        for k, tok in enumerate(toks)
    )
