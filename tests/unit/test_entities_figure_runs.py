"""A listed figure's nickname that runs on into a verb or an acronym, and passive verbs at the ends
of a headline's name run. Texts are made up for these tests; "Jokowi" is on the public nickname list."""

from __future__ import annotations

import pytest

from kutip.index.entities.figure_runs import is_passive_verb
from kutip.index.entities.related import related_persons
from tests.unit.recognised import person_names as _persons


def test_a_nickname_in_a_link_headline_ends_before_the_verb() -> None:
    text = (
        "Harga beras naik di pasar.\n\n- Setelah Bertemu Warga, Jokowi Ngobrol Rahasia dengan Pedagang Ini\n"
    )
    persons = _persons(text)
    assert "Joko Widodo" in persons
    assert not any("Ngobrol" in p for p in persons)


def test_a_surname_written_in_the_prose_stays_with_its_name() -> None:
    # "Emil" is a listed nickname of another figure; "Salim" is this person's own name
    assert _persons("Ekonom Emil Salim mengatakan harga naik. Menurut Salim, pasar tenang.") == ["Emil Salim"]
    assert _persons("- Emil Salim Kritik Harga\n\nEkonom Emil Salim mengatakan hal itu.") == ["Emil Salim"]


@pytest.mark.parametrize(
    ("word", "passive"),
    [("diundang", True), ("dituding", True), ("terpukul", True), ("dimas", False), ("diana", False)],
)
def test_passive_verbs_are_told_from_names(word: str, passive: bool) -> None:
    assert is_passive_verb(word) is passive


def test_a_related_headline_name_ends_before_a_passive_verb() -> None:
    line = "Baca juga: Pernyataan Ini yang Bikin Fulan Hidayat Dituding Bohong soal Banjir"
    assert related_persons([line]) == ["Fulan Hidayat"]


def test_a_headline_speaker_is_read_within_its_own_headline() -> None:
    lines = [
        "Baca juga: Presiden Jokowi: Kita Tidak Beri Ruang Perusuh",
        "Baca juga: Wiranto: Kami Sudah Tahu",
    ]
    assert related_persons(lines) == ["Joko Widodo", "Wiranto"]


@pytest.mark.parametrize(
    "text",
    [
        "As of June, around 7 million Indonesians have received free screenings, the minister said.",
        "Jokowi also promised more jobs for Papuans to work in state firms, he said.",
        "The president spoke at the UN Security Council Open Debate on Tuesday, the ministry said.",
    ],
)
def test_english_peoples_and_events_are_no_persons(text: str) -> None:
    persons = _persons(text, "en")
    assert not any(p in ("Indonesians", "Papuans", "Open Debate") for p in persons), persons


def test_an_english_place_named_after_someone_is_no_person() -> None:
    text = "Fulan Hidayat spoke to reporters at Badu Santoso airport in Jakarta, police said."
    persons = _persons(text, "en")
    assert "Badu Santoso" not in persons


def test_two_figures_in_one_run_are_not_cut_to_the_first() -> None:
    persons = _persons("Pasangan Jokowi JK menang dalam pemilu itu, kata dia.")
    assert "Jusuf Kalla" in persons and "Joko Widodo" in persons


def test_a_syllabic_office_name_is_no_person() -> None:
    text = "Kepala Pusdalops Contoh menyebut ada korban. Pusdalops mencatat 20 rumah rusak, ujarnya."
    assert "Pusdalops" not in _persons(text)
