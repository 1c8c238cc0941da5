"""A listed figure written with two vowels of one word exchanged, as copy slips them (session 48):
"Gading Lastrimuko" is the listed "Gading Lastrumiko". Names are made up and put on a list for these
tests only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kutip.index.entities import figure_words, figures
from kutip.index.entities.figures import near_figure
from kutip.index.language import nicknames

_CACHED = (
    figures._nicknames,
    figures._forms_by_full,
    figures._near_index,
    figures._joined_index,
    figures._full_names,
    figures._sounded_full_names,
    figures._forms_by_surname,
    figure_words._first_words,
    nicknames.named_in_full,
)
_ROWS = (
    ("Benny Kurniadeta", ()),
    ("Gading Lastrumiko", ()),
    ("Sukrapati", ()),
)


@pytest.fixture(autouse=True)
def _made_up_list(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for cached in _CACHED:
        cached.cache_clear()
    monkeypatch.setattr(figures, "nickname_rows", lambda: _ROWS)
    monkeypatch.setattr(figure_words, "nickname_rows", lambda: _ROWS)
    monkeypatch.setattr(nicknames, "nickname_rows", lambda: _ROWS)
    yield
    for cached in _CACHED:
        cached.cache_clear()


def test_two_vowels_of_one_word_exchanged_are_a_slip_of_the_figure() -> None:
    assert near_figure("Gading Lastrimuko") == "Gading Lastrumiko"
    assert near_figure("Benny Kurniedata") == "Benny Kurniadeta"


def test_every_other_word_must_be_as_listed() -> None:
    assert near_figure("Gidang Lastrimuko") is None  # two words slipped
    assert near_figure("Benny Kurniedato") is None  # a third vowel changed


def test_a_one_word_name_or_a_short_word_is_not_read_so() -> None:
    assert near_figure("Sakrupati") is None  # one word alone: no other word vouches for it
    assert near_figure("Gading Lastrumoki") == "Gading Lastrumiko"


def test_vowels_exchanged_with_consonants_are_no_slip() -> None:
    assert near_figure("Benny Kurnaideta") == "Benny Kurniadeta"  # two vowels side by side
    assert near_figure("Benny Kurnidaeta") is None  # a vowel exchanged with a consonant



def test_a_listed_word_written_apart_where_one_half_is_a_given_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Lastrumiko" written "Lastru Miko": "Miko" is a given name of its own, but with the word before it
    # it writes the listed word
    monkeypatch.setattr(figures, "first_names", lambda: frozenset({"miko", "gading"}))
    assert near_figure("Gading Lastru Miko") == "Gading Lastrumiko"
    assert near_figure("Gading Lastrumiko Miko") is None  # "Miko" beside the whole word is a name of its own
