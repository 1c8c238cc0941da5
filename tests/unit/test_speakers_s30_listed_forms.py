"""A figure the nickname list knows is shown by the list's full name even where an article writes
a longer form the list gives for them (a legal name): readers, and news archives' own indexes,
know the common name (made-up articles; the names are the list's public figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.index.entities import recognise
from kutip.index.people.public import listed_form
from kutip.index.statements import extract_statements
from kutip.tui.cli import main


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"]


def test_a_legal_name_the_list_gives_is_shown_by_the_common_name() -> None:
    body = (
        "Menteri Luar Negeri Retno Lestari Priansari Marsudi menerima tamu dari Sukamaju, Senin.\n"
        "”Kerja sama kedua negara akan kami perluas tahun depan,” kata Retno kepada wartawan.\n"
    )
    assert _speakers(body) == ["Retno Marsudi"]


def test_a_fuller_name_ending_in_another_word_stays_as_written() -> None:
    # the list's words in order, but another last word: a son or daughter of that name, not the
    # figure (a middle name the list leaves out is the figure: test_speakers_s31_written_out)
    body = (
        "Ketua panitia Retno Marsudi Wulandari menerima tamu dari Sukamaju, Senin.\n"
        "”Kerja sama kedua desa akan kami perluas tahun depan,” kata Retno kepada wartawan.\n"
    )
    assert _speakers(body) == ["Retno Marsudi Wulandari"]


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Retno Lestari Priansari Marsudi", True),
        ("Sandiaga Salahuddin Uno", True),
        ("Sandiaga Uno", True),
        ("Fulan Hidayat Santoso", False),
        ("Jokowi", False),  # one word: the archive decides who it is
    ],
)
def test_listed_form(written: str, listed: bool) -> None:
    assert listed_form(written) is listed


RESMI = """Menteri Resmikan Pasar Baru di Sukamaju

Menteri Pariwisata Sandiaga Salahuddin Uno meresmikan pasar baru di Sukamaju, Senin.

"Pasar ini akan kami jadikan tujuan wisata belanja," kata Sandiaga Salahuddin Uno.
"""

KUNJUNGAN = """Menteri Kunjungi Desa Wisata di Sukamaju

Menteri Pariwisata Sandiaga Salahuddin Uno mengunjungi desa wisata di Sukamaju, Selasa.

"Desa ini punya potensi besar untuk wisatawan asing," ujar Sandiaga Salahuddin Uno.
"""

PANTAI = """Menteri Tinjau Pantai di Sukamaju

Menteri Pariwisata Sandiaga Uno meninjau pantai di Sukamaju, Rabu.

"Kebersihan pantai harus dijaga bersama," kata Sandiaga.
"""


def test_the_archive_shows_the_common_name_though_most_articles_write_the_legal_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("resmi.txt", RESMI), ("kunjungan.txt", KUNJUNGAN), ("pantai.txt", PANTAI)):
        (corpus / name).write_text(text, encoding="utf-8")
    location = tmp_path / "ix"
    assert main(["--index", str(location), "index", str(corpus)]) == 0
    capsys.readouterr()
    assert main(["--index", str(location), "quotes", "--json"]) == 0
    speakers = {json.loads(line)["speaker"] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert speakers == {"Sandiaga Uno"}
