"""Dates and outlets read in session 41 (issue 10: no invented dates). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Warga Sukamaju Diminta Mendaftar Ulang Sebelum Akhir Bulan"
_LEAD = (
    "SUKAMAJU - Pemerintah desa meminta seluruh warga mendaftar ulang data kependudukan sebelum akhir bulan "
    "agar bantuan tidak tertunda."
)
_MORE = [
    "Menurut kepala desa, pendaftaran dibuka setiap hari kerja di balai desa mulai pukul delapan pagi.",
    "Warga yang berhalangan hadir dapat menitipkan berkas kepada ketua rukun tetangga masing-masing.",
]


def _page(*paragraphs: str) -> str:
    return "\n\n".join([_TITLE, *paragraphs]) + "\n"


def test_a_capitalised_attribution_after_a_closed_quote_dates_the_quoting_not_the_page(tmp_path: Path) -> None:
    # the quotation ends with its full stop and the attribution opens with a capital speech verb
    speech = (
        "\u201cBerkas yang belum lengkap akan kami kembalikan kepada warga.\u201d Jelas Fulan, dikutip dari "
        "kabarcontoh.com, Senin (4/3/2024)."
    )
    assert load_article(tmp_path, _page(_LEAD, speech, *_MORE)).date == ""


def test_a_sourcing_sentence_after_a_closed_quote_that_opens_with_no_speech_verb_still_dates(
    tmp_path: Path,
) -> None:
    speech = (
        "\u201cBerkas yang belum lengkap akan kami kembalikan kepada warga.\u201d Demikian dikutip dari "
        "kabarcontoh.com, Senin (4/3/2024)."
    )
    assert load_article(tmp_path, _page(_LEAD, speech, *_MORE)).date == "2024-03-04"
