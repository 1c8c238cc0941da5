"""Session 43, speakers (made-up text): posts quoted by the account that wrote them. The handle
is the speaker (``cuit akun X @fulan_01``), ``tulis akun tersebut`` points back to the last handle
written; and a quotation of what a banner says (``bertuliskan: "…"``) is nobody's the reader can name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == "direct"]


def test_the_handle_after_the_account_noun_speaks() -> None:
    body = (
        "Keributan di kantor dinas\n\n"
        'Kepala dinas Rina Marlina menolak berkomentar. "Ramai sekali kantor pagi tadi," cuit akun X '
        "@warga_kota21, Senin (3/2/2025).\n"
    )
    assert _direct(body) == ["@warga_kota21"]


def test_the_account_named_before_is_the_one_that_wrote() -> None:
    body = (
        "Gelar doktor kilat\n\n"
        "Badu Santoso menyelesaikan studinya dalam 18 bulan. Dikutip dari akun X @catatan_kampus, "
        "sidang itu digelar pekan lalu.\n"
        '"Masuk: Maret 2022, Lulus: Mei 2023," tulis akun tersebut.\n'
    )
    assert _direct(body) == ["@catatan_kampus"]



def test_words_on_a_banner_are_no_one_s() -> None:
    body = (
        "Aksi pegawai\n\n"
        '"Kami hanya ingin didengar," cuit akun X @warga_kota21, Senin.\n'
        "Spanduk lainnya yang dibawa pegawai bertuliskan:\n"
        '"Kami Bekerja untuk Rakyat, Bukan untuk Keluarga Pejabat".\n'
    )
    assert _direct(body) == ["@warga_kota21", None]
