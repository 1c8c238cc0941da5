"""A nationality is nobody's name, and ``Fulan's father, Badu Santoso, said …`` puts the father
forward for the pronoun after it: made-up English passages."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.runs import not_a_name

PASSAGE = """The Indonesian government has issued food safety guidance to kitchens.

Within minutes of eating a school lunch, Rudi Hartono started getting very sick.

"After finishing the food, I felt a headache," the 17-year-old said.

Rudi's father, Fulan Hidayat, said there was hysteria and panic at the school.

"Parents there were crying," he said.
"""


def test_a_nationality_is_no_name() -> None:
    assert not_a_name(["Indonesian"])
    assert not not_a_name(["Rudi", "Hartono"])


def test_descriptions_and_relations_find_the_right_person() -> None:
    found = extract_statements("a", PASSAGE, "en", recognise(PASSAGE, "en"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Rudi Hartono", "Fulan Hidayat"]


LONG_OFFICE = """Mount Sukamaju erupted on Sunday at 23.57 local time, belching a column of lava, Fulan Hidayat, a spokesperson for The Center of Volcanology and Geological Hazard Mitigation (PVMBG), said on Monday.

"There was a power outage and then it was raining," he told reporters.
"""


def test_a_long_office_in_the_apposition_still_names_who_speaks_next() -> None:
    found = extract_statements("a", LONG_OFFICE, "en", recognise(LONG_OFFICE, "en"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Fulan Hidayat"]
