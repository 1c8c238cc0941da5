"""Related-article headlines printed one a line with no bullets (their label, "Artikel Terkait", is
dropped by ingest as furniture) are read the way a "Baca juga" line is (issue 9, names2 session 34).
Made-up text; the figures are the nickname list's own."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.related_blocks import _plain_blocks, add_related_block_persons
from kutip.index.models import EntityType

STORY = """Warga Desa Sukamaju menggelar kerja bakti membersihkan saluran air, Minggu pagi.
Kepala desa Badu Santoso mengatakan kegiatan itu rutin digelar setiap bulan.
Gebrak Meja Polemik Anggaran, Dewan Minta Audit Total Proyek Jalan

Trump Pilih Penasihat Baru untuk Pimpin Tim Dagang, Akhir dari Penantian
Warga berharap saluran air tidak lagi tersumbat saat musim hujan tiba.
"""


def _persons(body: str, lang: str = "id") -> dict[str, list[str]]:
    return {
        e.name: [body[m.start : m.end] for m in e.mentions]
        for e in recognise(body, lang)
        if e.type is EntityType.PERSON
    }


def test_two_headline_lines_in_a_row_name_their_figure() -> None:
    persons = _persons(STORY)
    assert persons.get("Donald Trump") == ["Trump"]
    assert "Badu Santoso" in persons


def test_the_block_ends_at_the_first_sentence() -> None:
    (block,) = _plain_blocks(STORY)
    assert [line["headline"][:6] for line in block] == ["Gebrak", "Trump "]


def test_one_headline_line_is_no_block() -> None:
    body = STORY.replace("Gebrak Meja Polemik Anggaran, Dewan Minta Audit Total Proyek Jalan\n", "")
    assert _plain_blocks(body) == []


def test_a_title_case_line_closing_on_a_full_stop_is_no_headline() -> None:
    body = STORY.replace("Proyek Jalan\n", "Proyek Jalan.\n")
    assert _plain_blocks(body) == []


def test_english_pages_keep_their_title_case_lines() -> None:
    assert add_related_block_persons([], STORY, "en") == []
    assert [e.name for e in add_related_block_persons([], STORY, "id")] == ["Donald Trump"]


def test_a_name_beside_the_figure_in_one_run_is_kept() -> None:
    body = STORY.replace("Trump Pilih Penasihat Baru", "Trump Pilih Fulanto Wiradipa")
    persons = _persons(body)
    assert "Donald Trump" in persons
    assert persons.get("Fulanto Wiradipa") == ["Fulanto Wiradipa"]


def test_a_credit_line_is_no_headline() -> None:
    body = STORY.replace(
        "Gebrak Meja Polemik Anggaran, Dewan Minta Audit Total Proyek Jalan",
        "Redaksi Contoh.com / Fulanto Wiradipa Santoso | Sukamaju",
    )
    assert _plain_blocks(body) == []
