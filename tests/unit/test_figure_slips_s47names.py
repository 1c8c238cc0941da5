"""A listed figure written with a slip the page makes (session 47, names; invented names throughout).

- given names two listed figures share, and the old "j" for the new "y" in one's surname (another
  letter changed is as often a namesake, so that stays apart);
- a page cut off inside the surname ("... Menteri Baskara Wirat" for "Baskara Wiratmaja");
- a listed name of three words or more that opens on a title's or a month's word, read whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kutip.index.entities import figures, slipped_figures
from kutip.index.entities.slipped_figures import cut_figure, slipped_figure
from kutip.index.models import Entity, EntityType, Mention

_ROWS = (
    ("Baskara Wiratmaja", ("Pak Baskara",)),
    ("Baskara Lindu", ()),
    ("Damar Sukro", ()),
)


@pytest.fixture(autouse=True)
def _listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for module in (slipped_figures, figures):
        monkeypatch.setattr(module, "nickname_rows", lambda: _ROWS)
    caches = (slipped_figures._by_given, figures._nicknames, figures._near_index, figures._forms_by_full)
    for cached in (*caches, figures._full_names, figures._joined_index):
        cached.cache_clear()
    yield
    for cached in (*caches, figures._full_names, figures._joined_index):
        cached.cache_clear()


def _person(name: str, body: str) -> Entity:
    starts = [k for k in range(len(body)) if body.startswith(name, k)]
    return Entity(name, EntityType.PERSON, [Mention(k, k + len(name), name) for k in starts])


def test_the_old_spelling_under_given_names_two_figures_share_is_the_near_one() -> None:
    body = "Menurut Baskara Wiratmaya, rapat itu ditunda."
    assert slipped_figure(_person("Baskara Wiratmaya", body), body) == "Baskara Wiratmaja"


def test_another_letter_under_given_names_two_figures_share_is_a_namesake() -> None:
    body = "Menurut Baskara Wiratmajo, rapat itu ditunda."
    assert slipped_figure(_person("Baskara Wiratmajo", body), body) is None


def test_a_surname_cut_off_by_the_end_of_the_page_is_the_figure() -> None:
    body = "Rapat itu juga dihadiri Menteri Baskara Wirat"
    assert cut_figure(_person("Baskara Wirat", body), body) == "Baskara Wiratmaja"
    [entity] = figures.name_figures([_person("Baskara Wirat", body)], body)
    assert entity.name == "Baskara Wiratmaja"


def test_a_short_name_inside_the_page_is_no_cut_figure() -> None:
    body = "Menteri Baskara Wirat hadir kemarin bersama warga."
    assert cut_figure(_person("Baskara Wirat", body), body) is None


def test_three_letters_are_too_few_to_name_a_cut_figure() -> None:
    body = "Rapat itu dihadiri Damar Suk"
    assert cut_figure(_person("Damar Suk", body), body) is None


def test_a_listed_name_opening_on_a_title_and_a_month_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (*_ROWS, ("Ratu Mei Wulandari", ("Ratu Mei",)))
    for module in (slipped_figures, figures):
        monkeypatch.setattr(module, "nickname_rows", lambda: rows)
    figures._nicknames.cache_clear()
    figures._folded_key.cache_clear()
    from kutip.index.entities import recognise
    from kutip.index.models import EntityType

    body = "Rapat itu dihadiri Wakil Menteri Ratu Mei Wulandari dan para pejabat daerah.\n"
    persons = [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert persons == ["Ratu Mei Wulandari"]
