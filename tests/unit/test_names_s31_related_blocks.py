"""A bulleted block of related-article headlines inside the text is read the way a "Baca juga" line is.
Made-up text; the figure is the nickname list's own."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType

BLOCK = """Warga Desa Sukamaju menggelar kerja bakti membersihkan saluran air, Minggu pagi.
Kepala desa Badu Santoso mengatakan kegiatan itu rutin digelar setiap bulan.

Berita Terkait
- Detik-Detik Banjir Datang: Ridwan Kamil Siap Tinjau Lokasi Pengungsian
- Gebrak Meja Polemik Anggaran, Dewan Minta Audit Total Proyek Jalan
"""


def test_a_listed_figure_in_a_block_of_related_headlines_is_a_person() -> None:
    persons = {e.name: e for e in recognise(BLOCK, "id") if e.type is EntityType.PERSON}
    assert "Ridwan Kamil" in persons
    (mention,) = persons["Ridwan Kamil"].mentions
    assert BLOCK[mention.start : mention.end] == "Ridwan Kamil"
    assert "Badu Santoso" in persons


def test_one_bulleted_line_is_no_block() -> None:
    body = BLOCK.split("- Gebrak", maxsplit=1)[0]
    persons = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert "Ridwan Kamil" not in persons
