"""A headline with a slash is not always a photo's credit (issue 10, session 47): a ministry's paired name
(two acronyms, "ABC/BKN") closing the headline, or a clause running on after the slash, named no title;
an owner and photographer, an editor's initials and a wire after a caption still credit. Made-up pages."""

from __future__ import annotations

import pytest

from kutip.index.ingest.headline import detect_title

_LEAD = (
    "SUKAMAJU - Menteri Agraria Fulan Hidayat mengatakan pihaknya sudah memeriksa empat pegawai kantor "
    "pertanahan yang menerbitkan sertifikat di atas lahan sawah milik warga desa."
)
_STAMP = "Senin, 5 Mei 2025 - 10:15 WIB"


@pytest.mark.parametrize(
    "headline",
    [
        "Buntut Sertifikat Sawah, Fulan Hidayat Periksa 4 Pegawai ABC/BKN",
        "Menteri ABC/BKN Fulan Hidayat Periksa Sertifikat Sawah di Sukamaju",
    ],
)
def test_a_headline_naming_a_paired_body_is_the_title(headline: str) -> None:
    assert detect_title([headline, "", _STAMP, "", _LEAD])[0] == headline


@pytest.mark.parametrize(
    "caption",
    [
        "Menteri Agraria Fulan Hidayat di kantornya. Foto: KONTOH/Rina Marlina",
        "Menteri Agraria Fulan Hidayat/RMOL",
        "Calon Bupati Fulan Hidayat/Tangkapan layar",
        "Warga Sukamaju Membawa Sertifikat AB/CD",
    ],
)
def test_a_credit_after_a_slash_is_still_no_headline(caption: str) -> None:
    headline = "Empat Pegawai Pertanahan Diperiksa"
    assert detect_title([caption, headline, _STAMP, _LEAD])[0] == headline
