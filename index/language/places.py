"""Places of the world that news names alone, for telling a place from a person's name.

The gazetteer holds the countries and Indonesia's places; ``data/language/world_places.txt`` adds
US states, provinces and large cities abroad (``the Ohio native said``), written by us. It is not a
tagger feature, so the shipped model is unchanged by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kutip.index.language.fold import fold
from kutip.index.language.wordlists import sections

__all__ = ["is_world_place", "world_place_groups"]

_LIST = "language/world_places.txt"


@cache
def world_place_groups() -> dict[str, list[str]]:
    """The list's groups as written (``us_states``, ``regions``, ``cities``): the origins table
    names a country's places by group (``@us_states``)."""
    return sections(_LIST)


@cache
def _places() -> frozenset[str]:
    return frozenset(fold(place) for group in world_place_groups().values() for place in group)


def is_world_place(words: Sequence[str]) -> bool:
    """Whether ``words`` together spell a listed place of the world (``Ohio``, ``New York``)."""
    return bool(words) and fold(" ".join(words)) in _places()
