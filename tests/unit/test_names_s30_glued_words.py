"""Two words a scrape glued into one ("SantosaMenteri", "BaduDewanti") are no part of a person's
name: the run keeps the name words on one side of the glue, or names no one. Made-up passages."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.cues import Candidate
from kutip.index.entities.glued_words import cut_glued_words
from kutip.index.ingest.credits import credits_from_lines
from kutip.index.language import tokenize
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements
from tests.unit.recognised import person_names as _persons

CAPTION = (
    "Menteri Sari Wulandari berjalan meninggalkan gedung usai rapat. KABAR FOTO/Fulan Hidayat Santosa/foc. "
    "KABAR FOTO/Fulan Hidayat SantosaMenteri Sari Wulandari berjalan meninggalkan gedung usai rapat.\n"
    "Sari Wulandari menyebut rapat membahas anggaran tahun depan.\n"
    '"Tidak ada yang baru, hanya anggaran," kata Sari Wulandari.\n'
)


def test_a_credit_glued_to_the_next_caption_is_no_persons_name() -> None:
    persons = _persons(CAPTION)
    assert "Sari Wulandari" in persons
    assert "Fulan Hidayat Santosa" in persons
    assert not any("SantosaMenteri" in p for p in persons)


def test_the_speaker_is_not_read_across_the_glue() -> None:
    found = extract_statements("a", CAPTION, "id", recognise(CAPTION, "id"))
    assert {s.speaker for s in found if s.kind == "direct"} == {"Sari Wulandari"}


def test_a_photographer_glued_before_the_name_leaves_the_name() -> None:
    body = (
        "Warga antre untuk menjenguk Dewanti Kusumastuti di rumah sakit pada Rabu.\n"
        "Dewanti Kusumastuti dirawat sejak Senin. @KabarKita.com/BaduDewanti Kusumastuti sebelum masuk rumah sakit, Rabu.\n"
        '"Kami berdoa untuk kesembuhannya," kata Sari Wulandari, salah seorang penggemar.\n'
    )
    persons = _persons(body)
    assert "Dewanti Kusumastuti" in persons
    assert not any(p.startswith("BaduDewanti") for p in persons)


def _cut(text: str, first: int, last: int) -> list[tuple[int, int]]:
    tokens = tokenize(text)
    out = cut_glued_words(tokens, [Candidate(first, last, EntityType.PERSON, "shape")])
    return [(c.first, c.last) for c in out]


def test_the_run_keeps_two_name_words_after_or_before_the_glue() -> None:
    assert _cut("Fulan BaduMenteri Sari Dewi", 0, 3) == [(2, 3)]
    assert _cut("Sari Dewi BeritaUtama", 0, 2) == [(0, 1)]


def test_glued_words_and_a_word_name_no_one() -> None:
    assert _cut("MajalahBeli Cetak", 0, 1) == []


def test_names_with_a_surname_prefix_or_none_glued_are_left_alone() -> None:
    assert _cut("Fulan McBadu", 0, 1) == [(0, 1)]
    assert _cut("Fulan Badu Santosa", 0, 2) == [(0, 2)]


def test_a_credit_of_glued_words_names_no_one() -> None:
    assert credits_from_lines(["Harga cabai naik lagi. (Foto: KabarNews)"]) == []
    assert [c.name for c in credits_from_lines(["Foto: Fulan McBadu"])] == ["Fulan McBadu"]


def test_a_name_printed_twice_without_a_space_credits_it_once() -> None:
    credits = credits_from_lines(["Fulan HidayatFulan Hidayat", "Editor: Badu Santoso"])
    assert [(c.role, c.name) for c in credits] == [("writer", "Fulan Hidayat"), ("editor", "Badu Santoso")]
