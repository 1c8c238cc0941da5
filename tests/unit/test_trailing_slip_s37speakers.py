"""Session 37, speakers (made-up names): a short name written once with one letter after its end
(``Badik`` for ``Badi``) is a slip of the name written more often; other one-letter differences of
short names stay two people."""

from __future__ import annotations

from kutip.index.statements.misspelt import misspelt_names


def test_a_letter_after_a_short_name_is_a_slip() -> None:
    persons = [("Badi Santosa", (("badi", "santosa"), ("badi",)), 3), ("Badik", (("badik",),), 1)]
    assert misspelt_names(persons) == {("badik",): "Badi Santosa"}


def test_a_letter_inside_a_short_name_is_another_name() -> None:
    persons = [("Rudi Santosa", (("rudi", "santosa"), ("rudi",)), 3), ("Ruddi", (("ruddi",),), 1)]
    assert misspelt_names(persons) == {}


def test_a_short_slip_written_twice_is_a_person() -> None:
    persons = [("Badi Santosa", (("badi", "santosa"), ("badi",)), 3), ("Badik", (("badik",),), 2)]
    assert misspelt_names(persons) == {}
