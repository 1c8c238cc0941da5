"""Session 36, speakers (made-up names and text): offices and ranks the recogniser's titles list
holds are offices for the cue grammar too (``speech_lexicon.tsv``), so the name after them, or
after their body and a comma, is the speaker; and ``exclaimed`` is a cue of quotations."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_party_chair_by_the_short_form_and_the_name_after_the_comma() -> None:
    body = (
        "Partai Contoh Raya menggelar rapat kerja di Bandung pada Senin.\n\n"
        '"Kami siap mengawal hasil rapat ini sampai ke daerah," kata Ketum Partai Contoh Raya, '
        "Badu Wirawan dalam keterangan tertulis, Senin.\n"
    )
    assert _speakers(body) == ["Badu Wirawan"]


def test_an_acting_office_with_a_dot_then_a_company_then_the_holder() -> None:
    body = (
        "Harga bahan bakar nonsubsidi naik mulai pekan ini.\n\n"
        '"Kami tetap mempertimbangkan daya beli masyarakat di semua daerah," ucap Pjs. Sekretaris '
        "Perusahaan PT Contoh Niaga, Fulan Hidayat dalam keterangan resmi.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]


@pytest.mark.parametrize("office", ["Wakapolda Sukamaju", "Pangkostrad", "Sekda Kabupaten Sukamaju"])
def test_an_office_then_a_rank_then_the_name(office: str) -> None:
    body = (
        "Pengamanan hari raya dimulai sejak Senin pagi.\n\n"
        f'"Kami menyiagakan seribu personel di semua titik keramaian," kata {office}, Brigjen Fulan '
        "Hidayat, Senin.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_a_soldier_by_a_rank_of_the_ranks_list() -> None:
    body = (
        "Banjir merendam tiga desa di Sukamaju sejak Minggu malam.\n\n"
        '"Kami mengevakuasi dua ratus warga dengan perahu karet sejak pagi," kata Danramil '
        "Sukamaju, Letda Badu Wirawan, Senin.\n"
    )
    assert _speakers(body) == ["Badu Wirawan"]


def test_exclaimed_after_a_name_cues_the_quotation_before_it() -> None:
    body = (
        "The rebel commander Fulan Kogaya denied any payment for the release of the pilot.\n\n"
        "\u201cIt has been a long year for the family of the pilot,\u201d Badu said.\n\n"
        "\u201cThere was no money. Where is the proof?\u201d Kogaya exclaimed.\n"
    )
    assert _speakers(body, "en") == ["Badu", "Fulan Kogaya"]
