"""Persons in related-link headlines and closing signatures (issue 9, names session 41).

Headlines and stories are written for the tests; the figures named are rows of the nickname list.
"""

from __future__ import annotations

from kutip.index.entities.closings import add_closing_credits
from kutip.index.entities.related import headline_names


def test_a_nickname_after_a_headlines_affixed_verb_names_its_figure() -> None:
    assert headline_names(["Pedagang Pasar Temui Ahok Senin Malam"]) == ["Basuki Tjahaja Purnama"]
    assert headline_names(["Relawan Kunjungi Jokowi di Solo Kemarin"]) == ["Joko Widodo"]


def test_a_name_word_before_a_nickname_still_opens_another_name() -> None:
    assert headline_names(["Kasus Perundungan Aulia Risma Diusut, Publik Geram"]) == []


def test_a_listed_full_name_run_on_into_the_next_word_is_the_listed_name_alone() -> None:
    assert headline_names(["Ekonom Nilai Target Sri Mulyani Indrawati Overpriced"]) == [
        "Sri Mulyani Indrawati"
    ]


def test_a_writer_signing_alone_in_capitals_on_the_last_line_is_a_person() -> None:
    body = "Warga menanam seribu pohon di tepi sungai, kata Fulan Hidayat.\n\nDARSONO WIRAPATI\n"
    persons = [e.name for e in add_closing_credits(body, [])]
    assert persons == ["Darsono Wirapati"]


def test_a_label_or_a_place_in_capitals_on_the_last_line_is_no_writer() -> None:
    for last in ("BACA JUGA", "TIM REDAKSI", "JAKARTA SELATAN"):
        assert add_closing_credits(f"Warga menanam pohon.\n\n{last}\n", []) == []
