"""A listed figure's surname written with one slip becomes that figure (invented names throughout)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kutip.index.entities import figures, slipped_figures
from kutip.index.entities.slipped_figures import slipped_figure
from kutip.index.models import Entity, EntityType, Mention

_ROWS = (
    ("Baskara Wiratmaja", ("Pak Baskara",)),
    ("Lintang Saraswanto", ()),
    ("Lintang Kusumadewi", ()),
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


@pytest.mark.parametrize(
    "slip", ["Baskara Wiratmja", "Baskara Wiratamja", "Baskara Wiratmajaa", "Baskara Wiratmaj"]
)
def test_a_slip_in_the_surname_is_the_figure(slip: str) -> None:
    body = f"Menurut {slip}, rapat itu ditunda hingga pekan depan."
    assert slipped_figure(_person(slip, body), body) == "Baskara Wiratmaja"


def test_the_call_site_renames_the_person_and_keeps_the_slip_as_an_alias() -> None:
    body = "Rapat dipimpin Baskara Wiratmjaa kemarin, kata seorang staf."
    [entity] = figures.name_figures([_person("Baskara Wiratmjaa", body)], body)
    assert entity.name == "Baskara Wiratmaja"
    assert "Baskara Wiratmjaa" in entity.aliases


def test_a_namesake_written_twice_is_kept() -> None:
    body = "Baskara Wiratmja datang pagi. Sore harinya Baskara Wiratmja pulang."
    assert slipped_figure(_person("Baskara Wiratmja", body), body) is None


def test_a_one_word_name_is_kept() -> None:
    body = "Kata Wiratmja kepada wartawan."
    assert slipped_figure(_person("Wiratmja", body), body) is None


def test_given_names_two_listed_figures_share_are_kept() -> None:
    body = "Menurut Lintang Saraswanta, acara itu batal."
    assert slipped_figure(_person("Lintang Saraswanta", body), body) is None


def test_a_short_surname_is_kept() -> None:
    body = "Menurut Damar Sukri, acara itu batal."
    assert slipped_figure(_person("Damar Sukri", body), body) is None


def test_two_slips_are_another_name() -> None:
    body = "Menurut Baskara Wiratmojo, acara itu batal."
    assert slipped_figure(_person("Baskara Wiratmojo", body), body) is None
