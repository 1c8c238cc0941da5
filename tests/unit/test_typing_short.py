"""A two-letter word being typed is widened by a few recorded stems, never to every term it begins."""

from __future__ import annotations

from kutip.index.search.parse import parse_query
from kutip.index.search.tree import And, Or, Pattern, Word
from kutip.index.search.typing import (
    PATTERN_FROM,
    SHORT_STEMS,
    TYPED_TERMS,
    as_prefix,
    typed_prefix,
    widen_typed,
)


def test_a_two_letter_word_is_widened_by_stems_only() -> None:
    assert PATTERN_FROM == 3
    stems = [f"ba{letter}" for letter in "cdefghijklmnopqrstuvwxyz"]
    tree = widen_typed(parse_query("banjir ba"), typed_prefix("banjir ba"), stems)
    assert tree == And((Word("banjir"), Or((Word("ba"), *(Word(s) for s in stems[:SHORT_STEMS])))))
    assert not any(isinstance(leaf, Pattern) for leaf in tree.children[1].children)  # type: ignore[attr-defined]
    assert as_prefix("banjir ba", stems) == f"banjir ({' OR '.join(['ba', *stems[:SHORT_STEMS]])})"


def test_a_two_letter_word_without_recorded_stems_is_the_word_itself() -> None:
    assert widen_typed(parse_query("ka"), "ka") == Word("ka")
    assert as_prefix("ka") == "ka"


def test_from_three_letters_the_word_is_a_prefix_again() -> None:
    tree = widen_typed(parse_query("kat"), "kat", ["kata"])
    assert tree == Or((Pattern("kat*"), Word("kata")))
    assert tree.children[0].most == TYPED_TERMS  # type: ignore[union-attr]  # its most frequent terms only
    assert as_prefix("kat", ["kata"]) == "(kat* OR kata)"
