"""The figures list, session 48: a full name as the encyclopedia titles it, the old short form an alias
(an agency head titled with her middle name, which pages write as an initial or leave out); heads of
civil-society groups, analysts, energy officials and state-firm heads listed; and the rows that would
have taken a word of address from a better-known figure ("Pak Luhut") or whose two everyday words open
many other people's legal names ("Ahmad Ali Fulan" renamed "Ahmad Ali") left out."""

from __future__ import annotations

import pytest

from kutip.index.entities.figure_words import addressed_word
from kutip.index.entities.figures import contained_figure, full_name, name_figures
from kutip.index.language import fold, nickname_rows, words
from kutip.index.models import Entity, EntityType, Mention


def _person(name: str) -> Entity:
    return Entity(name=name, type=EntityType.PERSON, mentions=[Mention(0, len(name), name)])


@pytest.mark.parametrize("written", ["Penny Lukito", "Penny K. Lukito", "Penny K Lukito", "Penny Kusumastuti Lukito"])
def test_the_title_with_the_middle_name_is_the_full_name(written: str) -> None:
    (found,) = name_figures([_person(written)])
    assert found.name == "Penny Kusumastuti Lukito"


@pytest.mark.parametrize(
    "name",
    ["Usman Hamid", "Boyamin Saiman", "Tutuka Ariadji", "Fabby Tumiwa", "Herwyn JH Malonda", "Asfinawati"],
)
def test_new_figures_are_listed(name: str) -> None:
    assert full_name(name) == name


def test_a_written_form_of_a_new_figure_names_the_full_name() -> None:
    assert full_name("Herwyn Malonda") == "Herwyn JH Malonda"
    assert full_name("Nyoman Giri Prasta") == "I Nyoman Giri Prasta"


@pytest.mark.parametrize(
    ("given", "figure"),
    [("Luhut", "Luhut Binsar Pandjaitan"), ("Pramono", "Pramono Anung"), ("Fahri", "Fahri Hamzah")],
)
def test_a_better_known_figure_keeps_the_word_of_address(given: str, figure: str) -> None:
    assert addressed_word(given) == figure


@pytest.mark.parametrize("everyday", ["Ahmad Ali", "Budi Prasetyo", "Abdul Wahid", "Tri Winarno"])
def test_two_everyday_words_are_no_listed_name(everyday: str) -> None:
    listed = {" ".join(fold(w) for w in words(full)) for full, _ in nickname_rows()}
    assert " ".join(fold(w) for w in words(everyday)) not in listed
    assert contained_figure(f"{everyday} Kusumawardana") is None


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Megawati Soekarno Putri", "Megawati Soekarnoputri"),
        ("Iriana Widodo", "Iriana Joko Widodo"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"),
        ("MBZ", "Mohamed bin Zayed Al Nahyan"),
    ],
)
def test_a_written_form_names_the_encyclopedia_title(written: str, title: str) -> None:
    assert full_name(written) == title


def test_a_new_row_takes_no_word_of_address_from_a_listed_figure() -> None:
    assert addressed_word("Prananda") == "Prananda Prabowo"


def test_the_old_spelling_the_title_keeps() -> None:
    assert full_name("Akbar Tanjung") == "Akbar Tandjung"


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Eril", "Emmeril Kahn Mumtadz"),
        ("Kak Seto", "Seto Mulyadi"),
        ("Mas Pram", "Pramono Anung"),
        ("BG", "Budi Gunawan"),
        ("BW", "Bambang Widjojanto"),
    ],
)
def test_a_nickname_the_press_writes_names_the_figure(written: str, title: str) -> None:
    assert full_name(written) == title


@pytest.mark.parametrize("name", ["Saiful Rahmat Dasuki", "Susiwijono Moegiarso", "Herman Herry"])
def test_officials_of_the_previous_cabinet_and_house_are_listed(name: str) -> None:
    assert full_name(name) == name


def test_a_given_name_two_listed_figures_open_names_neither_after_a_word_of_address() -> None:
    assert addressed_word("Saiful") is None
    assert addressed_word("Bima") == "Bima Arya Sugiarto"
