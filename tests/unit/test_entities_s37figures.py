"""Spellings of a listed figure's name (session 37): words joined or apart, Javanese "a" for "o", and a
ruler's name without the regnal number. Names are made up and put on a list for these tests only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kutip.index.entities import figures
from kutip.index.entities.figures import near_figure
from kutip.index.language import nicknames

_CACHED = (figures._nicknames, figures._forms_by_full, figures._near_index, figures._joined_index)
_ROWS = (
    ("Mangkujoyo VII", ("Sri Sultan Mangkujoyo VII", "Mangku Joyo VII")),
    ("Wirosastro Kusumo", ()),
    ("Rudy Fulanindrawan", ()),
)


@pytest.fixture(autouse=True)
def _made_up_list(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for cached in _CACHED:
        cached.cache_clear()
    monkeypatch.setattr(figures, "nickname_rows", lambda: _ROWS)
    monkeypatch.setattr(nicknames, "nickname_rows", lambda: _ROWS)
    yield
    for cached in _CACHED:
        cached.cache_clear()


def test_words_joined_or_apart_are_one_name() -> None:
    assert near_figure("Wiro Sastro Kusumo") == "Wirosastro Kusumo"
    assert near_figure("Wirosastrokusumo") == "Wirosastro Kusumo"


def test_javanese_a_for_o_in_a_long_name() -> None:
    assert near_figure("Wirasastra Kusuma") == "Wirosastro Kusumo"
    assert near_figure("Mangkujaya VII") == "Mangkujoyo VII"


def test_a_ruler_named_without_the_regnal_number_is_the_one_listed_ruler() -> None:
    assert near_figure("Mangkujoyo") == "Mangkujoyo VII"
    assert near_figure("Mangku Jaya") == "Mangkujoyo VII"


def test_two_listed_rulers_of_one_name_leave_the_bare_name_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (*_ROWS, ("Mangkujoyo VI", ()))
    for cached in _CACHED:
        cached.cache_clear()
    monkeypatch.setattr(figures, "nickname_rows", lambda: rows)
    assert near_figure("Mangkujoyo") is None
    assert near_figure("Mangku Joyo VI") == "Mangkujoyo VI"


def test_a_short_name_or_another_given_name_is_not_read_this_way() -> None:
    assert near_figure("Mangku") is None  # too short to be read joined
    assert near_figure("Rudi Fulanindrawan") is None  # "Rudi" is a given name of its own
    assert near_figure("Wirosastro Kusumi") is None  # another vowel is another name


def test_the_spellings_of_muhammad_are_one_name(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (*_ROWS, ("Mochamad Fulanudin", ()))
    for cached in _CACHED:
        cached.cache_clear()
    monkeypatch.setattr(figures, "nickname_rows", lambda: rows)
    assert near_figure("Muhammad Fulanudin") == "Mochamad Fulanudin"
    assert near_figure("Mohammed Fulanudin") == "Mochamad Fulanudin"
    assert near_figure("Mahmud Fulanudin") is None  # another name
