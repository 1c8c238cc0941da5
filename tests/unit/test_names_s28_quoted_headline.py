"""Session 28, a headline quoted in running text (made-up text): "... seperti ini: Menteri Akui
Pemerintah Gagal, Fulan Hidayat Bilang Badu Lemah, dan lain-lain" capitalises an everyday verb
('Bilang') between two names, so the run is a headline, not a person: the person is the one the
article names, and no 'Fulan Hidayat Bilang ...' person is listed (or shown as a speaker)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements

BODY = (
    "Fulan Hidayat menegaskan dia tidak pernah menyebut Presiden Badu Santoso lemah.\n\n"
    '"Mereka sengaja menulis ngaco seperti ini: Menteri Akui Pemerintah Gagal, Fulan Hidayat Bilang '
    'Badu Lemah, dan lain-lain. Itu semua tidak ada dalam omongan saya," ucapnya.\n'
)


def test_a_quoted_headline_run_is_cut_to_the_person_the_article_names() -> None:
    persons = [e.name for e in recognise(BODY, "id") if e.type is EntityType.PERSON]
    assert persons == ["Fulan Hidayat", "Badu Santoso"]


def test_the_speaker_is_the_person_not_the_headline() -> None:
    found = extract_statements("t", BODY, "id", recognise(BODY, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Fulan Hidayat"]


def test_a_name_of_everyday_words_that_are_given_names_stays_whole() -> None:
    body = "Putri Indah Lestari mengatakan hal itu kepada wartawan.\n\nPutri Indah Lestari juga hadir."
    assert [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON] == ["Putri Indah Lestari"]
