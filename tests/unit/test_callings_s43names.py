"""Callings ("budayawan", "seniman"), civil servants' functional offices with their grades
("Pranata Humas Ahli Muda") and "Imam Besar" are titles: the name after them is the person, the
office is no person, and a rank and an agency's short name between office and name stay out of
the name. Short portfolios ("Polkam", "Bimas"), a youth wing's name, a planetarium and a named
operation are no persons either. Invented sentences."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.segment import PartKind, segment
from kutip.index.language import tokenize
from kutip.index.statements import extract_statements
from tests.unit.recognised import person_names as _persons


def _direct(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_functional_office_and_its_grade_are_a_title() -> None:
    body = (
        '"Patroli berjalan lancar," ujar Pranata Humas Ahli Madya Letnan Bakamla Yosafat Wirantono kemarin.'
    )
    assert _persons(body) == ["Yosafat Wirantono"]
    assert _direct(body) == ["Yosafat Wirantono"]


def test_a_calling_before_a_name_is_a_title() -> None:
    assert _persons("Pameran itu dibuka seniman Yosafat Wirantono di Solo, Sabtu.") == ["Yosafat Wirantono"]
    # capitalised, a calling is no given name: it stays out of the name
    assert _persons("Budayawan Yosafat Wirantono menilai pameran itu penting.") == ["Yosafat Wirantono"]
    assert _persons('"Budaya kita kaya," kata Sastrawan Yosafat Wirantono.') == ["Yosafat Wirantono"]


def test_a_religious_office_before_a_place_is_no_person() -> None:
    body = '"Jemaah akan bertambah," ucap Imam Besar Masjid Raya itu kepada kami.'
    assert _persons(body) == []
    named = '"Jemaah akan bertambah," ucap Imam Besar Masjid Raya Yosafat Wirantono kepada kami.'
    assert _persons(named) == ["Yosafat Wirantono"]


def test_short_portfolios_after_an_office_are_no_person() -> None:
    assert _persons("Rapat kemarin dihadiri Menko Polkam serta dua menteri lain.") == []
    body = "Undangan ditandatangani Dirjen Bimas Kristen pada pekan lalu."
    assert _persons(body) == []


def test_a_youth_wing_and_a_planetarium_are_no_person() -> None:
    assert _persons("Menurut Ketua GP Ansor itu, dialog harus dilanjutkan.") == []
    assert _persons("Pengamatan hilal dilakukan tim Planetarium Bosscha sejak sore.") == []


def test_a_named_operation_is_a_thing() -> None:
    tokens = tokenize("Pelayanan terbaik diberikan dalam Operasi Wiramarta tahun ini.")
    kinds = {tokens[p.first].text: p.kind for p in segment(tokens, lexicon())}
    assert kinds["Operasi"] is PartKind.THING


def test_a_named_oath_is_no_person() -> None:
    body = "Para taruna baru mengucapkan Sumpah Prajurit di lapangan upacara akademi."
    assert _persons(body) == []
