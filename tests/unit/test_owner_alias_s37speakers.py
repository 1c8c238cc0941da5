"""Session 37, speakers (made-up names and text): English news defines a short name after it, by
its owner's possessive (``said Ulan, Fulan Hidayat's nickname``, ``BHU said, Badu Hartono
Utomo's familiar greeting``); the short name, letters or a word, is that person."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.aliases import person_aliases


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_initials_defined_by_the_owners_possessive_are_that_person() -> None:
    body = (
        "Governor Badu Hartono Utomo opened the new market on Monday.\n\n"
        "\u201cThis market must be busy every day,\u201d BHU said, Badu Hartono Utomo's familiar "
        "greeting.\n"
    )
    assert _speakers(body) == ["Badu Hartono Utomo"]


def test_a_one_word_owner_defines_the_short_name() -> None:
    body = "Mayor Fulanah Wulandari Rahayu said on Monday.\n\nIta, Fulanah's nickname, smiled.\n"
    aliases, _owned = person_aliases(body, [])
    assert aliases[("ita",)] == "Fulanah"


def test_a_possessive_without_the_comma_defines_nothing() -> None:
    body = "Badu read Fulan Hidayat's nickname aloud.\n"
    aliases, _owned = person_aliases(body, [])
    assert aliases == {}
