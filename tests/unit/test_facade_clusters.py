"""``kutip statements --speaker``: one person under every name, one name on every cluster (made-up text)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.facade import Archive

FULL = """Harga Beras Dijaga Stabil

Jakarta - Menteri Perdagangan Bagus Santoso Wirya meninjau pasar induk pada Senin (3/6/2024).

"Harga beras kami jaga tetap stabil sampai akhir bulan," kata Bagus Santoso Wirya kepada wartawan.
"""

SHORT = """Stok Pangan Cukup

Surabaya - Menteri Perdagangan Bagus Wirya mengunjungi gudang logistik pada Selasa (4/6/2024).

"Stok pangan nasional cukup hingga akhir tahun," ujar Bagus Wirya di lokasi.
"""

OTHER = """Pelabuhan Diperluas

Makassar - Direktur pelabuhan Sinta Maharani meresmikan dermaga baru pada Rabu (5/6/2024).

"Dermaga ini memperpendek antrean kapal," kata Sinta Maharani.
"""


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("full", FULL), ("short", SHORT), ("other", OTHER)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    opened = Archive.open(tmp_path / "ix")
    opened.index([corpus])
    yield opened
    opened.close()


def _said(archive: Archive, speaker: str) -> list[tuple[str | None, str]]:
    return sorted((c.speaker, c.members[0].text.split()[0]) for c in archive.clusters(speaker, min_articles=1))


@pytest.mark.parametrize("asked", ["Bagus Santoso Wirya", "Bagus Wirya", "Wirya"])
def test_every_name_of_one_person_finds_all_their_remarks(archive: Archive, asked: str) -> None:
    """The full name finds the remark reported under the name without its middle name too, as
    ``kutip quotes --speaker`` does; each cluster shows the one name of the person."""
    assert _said(archive, asked) == [("Bagus Santoso Wirya", "Harga"), ("Bagus Santoso Wirya", "Stok")]


def test_another_person_is_not_found_and_an_unknown_name_finds_nothing(archive: Archive) -> None:
    assert _said(archive, "Sinta Maharani") == [("Sinta Maharani", "Dermaga")]
    assert _said(archive, "Dewi Lestari") == []
    assert archive.clusters("  ", min_articles=1) == []  # a name without a word asks for no one


def test_without_a_speaker_clusters_show_the_persons_name(archive: Archive) -> None:
    shown = {c.speaker for c in archive.clusters(None, min_articles=1)}
    assert shown == {"Bagus Santoso Wirya", "Sinta Maharani"}
