"""A person's name span starts where the name starts (issue 9, names session 35, second engineer):
an active verb opening a sentence (a decree read out, a caption) is no given name. Made-up sentences."""

from __future__ import annotations

from kutip.index.statements.people import front_to_strip, verb_form
from tests.unit.recognised import person_names as _persons


def test_an_active_verb_opening_a_decree_is_not_the_first_name() -> None:
    body = '"Mengangkat Mohammad Rizal Hadiwijaya sebagai kepala badan. Ditetapkan di Jakarta," demikian bunyi keputusan itu.'
    assert _persons(body) == ["Mohammad Rizal Hadiwijaya"]


def test_an_active_verb_opening_a_caption_is_not_the_first_name() -> None:
    body = "Menunjuk Rizal Hadiwijaya sebagai ketua panitia. Rizal mengatakan ia siap bekerja."
    assert _persons(body) == ["Rizal Hadiwijaya"]


def test_a_name_that_parses_as_a_prefix_and_a_root_stays() -> None:
    # "Meliana": me- and "liana", a root the news affixes no other way; "Megawati": a listed name
    assert not verb_form("Meliana")
    assert not verb_form("Megawati")
    assert verb_form("Mengangkat")
    assert verb_form("Berharap")


def test_the_statements_layer_strips_the_verb_too() -> None:
    assert front_to_strip(["Mengangkat", "Mohammad", "Rizal", "Hadiwijaya"], after_title=False) == 1
    assert front_to_strip(["Meliana", "Rizal", "Hadiwijaya"], after_title=False) == 0

