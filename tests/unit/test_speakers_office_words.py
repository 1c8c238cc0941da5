"""Offices written before a holder's name that the role list lacked (``Komisioner``,
``Komisaris``, ``Panitera``): the holder after the comma speaks, not the office (text made up)."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.lexicon import lexicon


def _direct_speakers(body: str, lang: str) -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


@pytest.mark.parametrize("office", ["Komisioner Kompolnas", "Komisioner Komnas HAM"])
def test_the_holder_after_an_office_and_a_comma_speaks(office: str) -> None:
    body = (
        "Komisi itu meninjau lokasi pada Selasa.\n\n"
        f'"Ada indikasi bahwa pelaku bukan warga sekitar," kata {office}, Fulan Hidayat kepada wartawan, '
        "Selasa, 22 April 2025.\n"
    )
    assert _direct_speakers(body, "id") == ["Fulan Hidayat"]


@pytest.mark.parametrize("word", ["komisioner", "komisaris", "panitera", "penjabat", "plh", "judge"])
def test_office_words_are_roles(word: str) -> None:
    assert lexicon().is_a(word, "role")


def test_an_office_of_a_body_the_article_names_is_no_person() -> None:
    body = (
        "Komisi Pengawas Daerah (Kompasda) meninjau lokasi pada Selasa.\n\n"
        '"Ada indikasi bahwa pelaku bukan warga sekitar," kata Komisioner Kompasda, Rina Marlina kepada '
        "wartawan, Selasa, 22 April 2025.\n"
    )
    assert _direct_speakers(body, "id") == ["Rina Marlina"]


def test_a_nickname_defined_for_a_described_person_is_the_running_persons() -> None:
    body = (
        "Rina Marlina buka suara soal sikapnya sejak kembali menjabat menteri.\n\n"
        "Wanita yang akrab disapa Ani itu dinilai tak banyak berkomentar kepada media.\n\n"
        '"Untuk penutupan tahun anggaran biasa saja kita sudah siapkan," kata Ani di kantornya, Rabu.\n\n'
        '"Pasti teman-teman media tahu bahwa minggu-minggu ini sibuk," ujarnya.\n'
    )
    assert _direct_speakers(body, "id") == ["Rina Marlina", "Rina Marlina"]
