"""The language layer: one tokeniser, one ``fold`` and one loader for the bundled word lists.

Entities, statements, linking and search meet on these, so a word is split, folded and
looked up the same way everywhere:

- :func:`fold` — the key of every lookup (case, curly apostrophes and accents folded away);
- :func:`tokenize` / :func:`words` — word tokens with offsets, sentence starts and Title Case lines;
- :func:`written_lower` — the words a body writes in lower case outside links, handles and hashtags;
- :func:`is_initials` — "M", "D.W": initials, after which a full stop ends no sentence;
- :func:`lines`, :func:`sections`, :func:`folded_set` — the bundled lists under ``kutip/index/data``;
- :func:`one_edit`, :func:`one_letter_added` — two spellings of a word one letter apart;
- :func:`letters_swapped` — two spellings of a name word that differ only in letters written for each other;
- :func:`modern_spelling`, :func:`spelt_alike` — a word in modern spelling; one name in old and new;
- :func:`nickname_rows` — the one list of public figures' nicknames (``data/people/nicknames.tsv``);
- :func:`is_address_word` — a word of address before a given name (``data/language/address_words.txt``);
- :func:`is_world_place` — a US state, province or large city abroad (``data/language/world_places.txt``).
"""

from __future__ import annotations

from kutip.index.language.address import is_address_word
from kutip.index.language.fold import fold
from kutip.index.language.nicknames import nickname_rows
from kutip.index.language.places import is_world_place
from kutip.index.language.spelling import (
    letters_swapped,
    modern_spelling,
    one_edit,
    one_letter_added,
    spelt_alike,
)
from kutip.index.language.tokens import Token, is_initials, tokenize, whole_word_starts, words, written_lower
from kutip.index.language.wordlists import folded_set, lines, phrase_alternatives, sections

__all__ = [
    "Token",
    "fold",
    "folded_set",
    "is_address_word",
    "is_initials",
    "is_world_place",
    "letters_swapped",
    "lines",
    "modern_spelling",
    "nickname_rows",
    "one_edit",
    "one_letter_added",
    "phrase_alternatives",
    "sections",
    "spelt_alike",
    "tokenize",
    "whole_word_starts",
    "words",
    "written_lower",
]
