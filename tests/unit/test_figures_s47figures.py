"""A listed figure written with a slip the list does not spell out (session 47): an "h" after a consonant
added or left out, a doubled consonant with a legal given name before the name, a middle initial, "M."
for Muhammad, and a word of address before the given name of a figure the list names in full. Names are
made up and put on a list for these tests only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kutip.index.entities import figure_words, figures
from kutip.index.entities.figure_words import addressed_word, figure_word
from kutip.index.entities.figures import contained_figure, initialled_figure, name_figures, near_figure
from kutip.index.language import nicknames
from kutip.index.models import Entity, EntityType, Mention

_CACHED = (
    figures._nicknames,
    figures._forms_by_full,
    figures._near_index,
    figures._joined_index,
    figures._full_names,
    figures._sounded_full_names,
    figures._forms_by_surname,
    figure_words._first_words,
    figure_words.figure_name_words,
    figure_words._own_words,
    figure_words._capital_forms,
    nicknames.named_in_full,
)
_ROWS = (
    ("Benny Rhamdanto", ()),
    ("Gading Wardhasari", ()),
    ("Zulbrata Mukhtaruddin", ()),
    ("Haikalwan Hassanudi", ()),
    ("Rosadi Kusnandar Wiryoseno", ()),
    ("Lintang Kusnandar Wiryoseno", ()),
    ("Muhammad Qobirunt", ()),
    ("Nasirwan Djamilto", ()),
    ("Wirodharmo Sunarjo", ()),
    ("Sofyan Farhandi", ()),
)
_IN_FULL = frozenset({"Haikalwan Hassanudi"})


@pytest.fixture(autouse=True)
def _made_up_list(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for cached in _CACHED:
        cached.cache_clear()
    monkeypatch.setattr(figures, "nickname_rows", lambda: _ROWS)
    monkeypatch.setattr(figure_words, "nickname_rows", lambda: _ROWS)
    monkeypatch.setattr(figure_words, "named_in_full", lambda: _IN_FULL)
    monkeypatch.setattr(nicknames, "nickname_rows", lambda: _ROWS)
    yield
    for cached in _CACHED:
        cached.cache_clear()


def test_an_h_after_a_consonant_added_or_left_out_is_a_slip_of_the_one_figure() -> None:
    assert near_figure("Benny Ramdhanto") == "Benny Rhamdanto"
    assert near_figure("Benny Ramdanto") == "Benny Rhamdanto"
    assert near_figure("Gading Wardasari") == "Gading Wardhasari"
    assert near_figure("Zulbrata Muktharuddin") == "Zulbrata Mukhtaruddin"
    assert near_figure("Zulbrata Muktaruddin") == "Zulbrata Mukhtaruddin"


def test_an_h_after_a_vowel_or_inside_after_r_is_a_letter_of_its_own() -> None:
    assert near_figure("Gading Wardasarih") is None
    assert near_figure("Benny Rhamdantoh") is None
    assert near_figure("Sofyan Farandi") is None  # "rh" inside a word is two sounds


def test_a_legal_given_name_before_a_figure_spelt_with_one_consonant() -> None:
    assert contained_figure("Ahmad Haikalwan Hasanudi") == "Haikalwan Hassanudi"
    assert near_figure("Haikalwan Hasanudi") == "Haikalwan Hassanudi"
    assert contained_figure("Sarinah Haikalwan Hasanudi") is None  # a wife's own name before his


def test_a_middle_initial_stands_for_the_listed_middle_name() -> None:
    assert initialled_figure("Nasirwan D. Djamilto") is None  # no listed middle name
    assert initialled_figure("Wirodharmo S. Sunarjo") is None  # "Sunarjo" is the surname, nothing between
    assert initialled_figure("Benny R. Rhamdanto") is None  # three words for a listed two


def test_a_middle_initial_of_one_figure_only() -> None:
    # two listed figures share the surname and the middle name: the given name decides
    assert initialled_figure("Rosadi K. Wiryoseno") == "Rosadi Kusnandar Wiryoseno"
    assert initialled_figure("Lintang K. Wiryoseno") == "Lintang Kusnandar Wiryoseno"
    assert initialled_figure("R. K. Wiryoseno") is None  # one word written out is too little
    assert initialled_figure("Rosadi T. Wiryoseno") is None  # another initial is another name


def test_m_for_muhammad() -> None:
    assert initialled_figure("M. Qobirunt") == "Muhammad Qobirunt"
    assert initialled_figure("A. Qobirunt") is None
    assert contained_figure("M. Nasirwan Djamilto") == "Nasirwan Djamilto"


def test_a_word_of_address_before_the_given_name_of_a_figure_named_in_full() -> None:
    assert figure_word("Haikalwan") is None  # alone, the given name is anyone's
    assert addressed_word("Haikalwan") == "Haikalwan Hassanudi"
    persons = [_person("Bang Haikalwan", 10)]
    assert [e.name for e in name_figures(persons, "")] == ["Haikalwan Hassanudi"]
    assert [e.name for e in name_figures([_person("Haikalwan", 10)], "")] == ["Haikalwan"]


def test_a_given_name_two_figures_open_names_no_one_after_address() -> None:
    rows = (*_ROWS, ("Haikalwan Sudarsono", ()))
    for cached in _CACHED:
        cached.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(figures, "nickname_rows", lambda: rows)
        patch.setattr(figure_words, "nickname_rows", lambda: rows)
        patch.setattr(nicknames, "nickname_rows", lambda: rows)
        assert addressed_word("Haikalwan") is None
    for cached in _CACHED:
        cached.cache_clear()


def test_a_page_that_writes_another_person_in_full_keeps_them() -> None:
    page = [_person("Haikalwan Pratomo", 0), _person("Bang Haikalwan", 40)]
    names = sorted(e.name for e in name_figures(page, ""))
    assert names == ["Bang Haikalwan", "Haikalwan Pratomo"]


def _person(name: str, at: int) -> Entity:
    return Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)])
