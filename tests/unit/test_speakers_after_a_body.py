"""A pronoun cue after a body was named inside a person's words goes to that person, not to the
body (a speaker is always a person): made-up passages."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

PASSAGE = """Wakil Kepala Badan Pangan Rina Marlina meminta maaf atas kejadian keracunan itu.

"Satu anak pun sakit itu adalah tanggung jawab kami. Sekali lagi saya mohon maaf," tegasnya.

Sebelum menutup jumpa pers, Rina menegaskan bahwa BGN mengakui kesalahan mereka dalam insiden itu.

"BGN bertanggung jawab penuh atas kesalahan ini," tambahnya.
"""

BODY_ONLY = """Kementerian Pangan menyatakan stok beras aman hingga akhir tahun.

"Stok beras cukup untuk enam bulan ke depan," tulisnya dalam keterangan resmi.
"""


def _direct_speakers(body: str) -> list[str | None]:
    found = extract_statements("a", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_clitic_after_a_body_named_in_reported_words_is_the_person() -> None:
    assert _direct_speakers(PASSAGE) == ["Rina Marlina", "Rina Marlina"]


def test_a_body_alone_gives_its_clitic_no_person() -> None:
    assert _direct_speakers(BODY_ONLY) in ([None], ["Kementerian Pangan"])


RUN_ON = """Kepala Pusat Data Badan Bencana Rina Marlina mengatakan korban terus bertambah.

"Bagi masyarakat yang belum menemukan anggota keluarga, segera melapor ke petugas setempat," ucap Rina.

BPBD juga mengimbau agar masyarakat tidak kembali ke lokasi erupsi dalam radius tujuh kilometer.

"Kami masih menerima laporan dari banyak warga di sekitar gunung itu."
"""


def test_an_unattributed_quotation_after_a_body_goes_on_with_its_person() -> None:
    assert _direct_speakers(RUN_ON) == ["Rina Marlina", "Rina Marlina"]
