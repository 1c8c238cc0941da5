"""One list and one loader for the glued short names of bodies and offices: a ministry's pieces
("Permendikbudristek") and the police's clipped units ("Satlantas", "Dirkrimum") in one file, split by
the same grammar (``language/office_compounds.txt``, ``entities/office_compounds.py``). Invented words and
sentences."""

from __future__ import annotations

from importlib.resources import files

from kutip.index.entities.lexicon import unit_word
from kutip.index.entities.office_compounds import office_compound
from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def test_police_units_are_office_compounds() -> None:
    for word in ("Satlantas", "Dirkrimum", "Kasatnarkoba", "Bareskrim"):
        assert office_compound(word) and unit_word(word.casefold()), word
    assert office_compound("Permendikbudristek") and not unit_word("permendikbudristek")  # a rule, no unit
    for word in ("Satria", "Dirgantara", "Basuki", "Dirham", "Menteri"):
        assert not office_compound(word), word


def test_there_is_one_list() -> None:
    data = files("kutip.index") / "data" / "language"
    assert not (data / "unit_words.txt").is_file()
    assert (data / "office_compounds.txt").is_file()


def test_a_unit_glued_before_a_name_is_cut_off() -> None:
    body = "Kanit Satlantas Fulan Wirabata mengatakan jalan itu ditutup sejak pagi."
    persons = [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert persons == ["Fulan Wirabata"]
