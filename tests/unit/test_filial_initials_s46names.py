"""Initials joined by "bin"/"binti" withhold a name: no person (session 46, names). Invented text."""

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def test_detainees_listed_by_initials_and_fathers_initials_are_no_persons() -> None:
    body = (
        "Empat tahanan kabur, masing-masing AB (25), "
        "K bin L (31), RS bin TA (40) dan MN binti O (22), kata Fulan Wiratmaja."
    )
    persons = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert persons == {"Fulan Wiratmaja"}


def test_a_name_with_bin_stays() -> None:
    body = "Pangeran Fulan bin Salmanu bertemu Presiden di Riyadh, kata Fulan Wiratmaja."
    persons = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert any("bin Salmanu" in p for p in persons)
