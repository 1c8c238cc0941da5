"""A known place that opens with a title word, agency codes in photo credits, and phrases of faith and
thanks written in capitals. Texts are made up for these tests."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from tests.unit.recognised import person_names as _persons


def _typed(text: str, lang: str = "id") -> list[tuple[str, str]]:
    return [(e.type.value, e.name) for e in recognise(text, lang)]




@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_gazetteer_place_longer_than_its_title_word_is_the_place(lang: str) -> None:
    text = (
        "Izin tambang di Raja Ampat dicabut pada Selasa."
        if lang == "id"
        else "Permits in Raja Ampat were revoked."
    )
    assert ("place", "Raja Ampat") in _typed(text, lang)
    assert _persons(text, lang) == []


def test_the_title_word_still_opens_a_name() -> None:
    assert _persons("Raja Fulan Hidayat hadir di acara itu bersama warga.") == ["Fulan Hidayat"]


def test_a_news_agency_code_after_an_outlet_address_is_no_photographer() -> None:
    text = "Konferensi pers di Jakarta. (Sumber: Kabar.tv/Ant)\n\nJAKARTA - Menteri Fulan Hidayat hadir."
    assert _persons(text) == ["Fulan Hidayat"]
    assert "Rina Marlina" in _persons(
        "Konferensi pers di Jakarta. (Foto: Kabar.id/Rina Marlina)\n\nMenteri hadir."
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"Kami kerja Lillahi Ta\'ala," tegas Fulan Hidayat.', "id"),
        ('"Thank God, it was a tough negotiation," Fulan Hidayat said.', "en"),
        ("It was imposed one day after Eid al-Adha, Fulan Hidayat said.", "en"),
    ],
)
def test_phrases_of_faith_and_thanks_are_no_persons(text: str, lang: str) -> None:
    assert _persons(text, lang) == ["Fulan Hidayat"]


@pytest.mark.parametrize("office", ["Ketum", "Seskab", "Cawapres", "Jampidsus", "Kasubbid"])
def test_short_forms_of_offices_are_titles_not_names(office: str) -> None:
    text = f"Rapat digelar di Jakarta. {office} Fulan Hidayat mengatakan semua siap. Ia hadir bersama Rina Marlina."
    persons = _persons(text)
    assert "Fulan Hidayat" in persons
    assert not any(office in p for p in persons)


def test_an_office_alone_after_a_word_of_address_is_no_person() -> None:
    text = 'Kami berkoordinasi dengan Pak Seskab dan Bapak Presiden," kata Fulan Hidayat.'
    assert _persons(text) == ["Fulan Hidayat"]


def test_a_body_head_alone_before_a_title_is_no_person() -> None:
    text = "Ia menilai, Majelis Hakim tak akan terpengaruh opini publik. Fulan Hidayat hadir di sidang."
    assert _persons(text) == ["Fulan Hidayat"]


def test_english_news_puts_the_compass_word_first() -> None:
    text = "Floods hit North Tapanuli and Central Lombok on Monday, officials said."
    assert ("place", "Tapanuli Utara") in _typed(text, "en")
    assert _persons(text, "en") == []
