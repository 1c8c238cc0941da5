"""Session 29 (lead), a province of two words before an office holder's name (made-up text): the
glued-front rule took off the province's first word alone ('Jawa'), so its second ('Tengah') opened
the name and the speaker became 'Tengah Sutrisno'. A place the gazetteer spells in several words
comes off whole."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.people import front_to_strip


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id"))]


def test_a_two_word_province_before_a_one_word_name_comes_off_whole() -> None:
    assert front_to_strip(["Jawa", "Tengah", "Sutrisno"], after_title=True) == 2
    assert front_to_strip(["Jawa", "Tengah", "Sutrisno"], after_title=False) == 2


def test_a_one_word_world_place_is_still_cut_alone() -> None:
    assert front_to_strip(["Texas", "Fulan", "Hidayat"], after_title=False) == 1


def test_the_office_holder_after_a_two_word_province_speaks_by_his_name() -> None:
    body = (
        "Harga cabai naik di sejumlah pasar tradisional.\n\n"
        "Ketua Asosiasi Pedagang Pasar (APPSI) Jawa Tengah Sutrisno mengatakan pasokan berkurang. "
        '"Selain karena musim hujan, panen juga terlambat," kata Sutrisno.\n'
    )
    assert set(_speakers(body)) == {"Sutrisno"}
