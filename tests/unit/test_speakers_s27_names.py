"""Session 27, a respelt name (made-up text): two spellings of one name that differ only in
letters written for one sound (``Azis``/``Aziz``, ``Novri``/``Nofri``) are one person, in an
article and across the archive."""

from __future__ import annotations

from kutip.index.people import PeopleIndex
from kutip.index.people.names import same_spelling_variant
from tests.unit.test_people_index import article


def test_one_sound_written_two_ways_is_one_name() -> None:
    assert same_spelling_variant("fulan azis", "fulan aziz")
    assert same_spelling_variant("badu nofriansyah", "badu novriansyah")
    assert same_spelling_variant("fulan yusup", "fulan yusuf")


def test_a_vowel_or_a_first_letter_apart_is_another_name() -> None:
    assert not same_spelling_variant("dedi santoso", "dodi santoso")
    assert not same_spelling_variant("dedi azis", "dedi anis")
    assert not same_spelling_variant("fulan safri", "fulan zafri")
    assert not same_spelling_variant("fulan aziz", "fulan azis hidayat")


def test_the_archive_names_a_rare_spelling_by_the_common_one() -> None:
    people = PeopleIndex.from_articles(
        [
            article("z1", {"Fulan Azis": ["Azis"]}),
            article("z2", {"Fulan Azis": ["Azis"]}),
            article("z3", {"Fulan Azis": []}),
            article("z4", {"Fulan Aziz": ["Aziz"]}),
        ]
    )
    assert people.canonical("Fulan Aziz") == "Fulan Azis"
