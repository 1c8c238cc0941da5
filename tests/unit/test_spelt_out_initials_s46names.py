"""A figure's listed initials that the article spells out as other words are no person (session 46, names).

The nickname list gives a figure short initials; a page defining the same letters as a thing
("sertifikat khusus (RK)") uses them for that thing throughout. Invented sentences.
"""

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _persons(body: str) -> set[str]:
    return {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}


def test_initials_defined_as_a_thing_are_no_figure() -> None:
    body = (
        "Pemerintah memberikan rabat kuota (RK) kepada 300 pedagang pasar, kata Fulan Wiratmaja.\n"
        "Sebanyak 120 pedagang menerima RK I dan sisanya menerima RK II pada pekan depan."
    )
    assert _persons(body) == {"Fulan Wiratmaja"}


def test_initials_defined_as_the_figure_stay() -> None:
    body = "Mantan gubernur Ridwan Kamil (RK) datang ke pasar itu, Senin. RK menyapa para pedagang."
    assert "Ridwan Kamil" in _persons(body)
