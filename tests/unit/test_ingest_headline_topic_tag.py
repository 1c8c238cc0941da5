"""A topic tag over the headline that the headline words its own way (issue 10). Made-up pages."""

from __future__ import annotations

from kutip.index.ingest.headline import detect_title

_LEAD = (
    "SUKAMAJU, Kabar Contoh - Kakak kepala desa Sukamaju tewas dibacok di rumahnya pada Senin malam, dan "
    "polisi masih mencari pelaku yang melarikan diri."
)
_TAG = "Kakak Kades Tewas Dibacok"
_HEADLINE = "Tewasnya Kakak Kades Sukamaju Disebut Berkaitan Dengan Sengketa Lahan, Ini Kata Polisi"


def test_a_short_tag_sharing_most_stems_with_the_title_case_line_below_is_no_headline() -> None:
    lines = ["Breaking News", "", _TAG, "", _HEADLINE, "", _LEAD]
    assert detect_title(lines)[0] == _HEADLINE


def test_a_short_headline_over_its_sentence_case_dek_stays_the_headline() -> None:
    dek = "Kakak kades tewas di rumahnya, polisi menyebut pelaku masih diburu hingga kini oleh warga"
    assert detect_title([_TAG, "", dek, "", _LEAD])[0] == _TAG


def test_a_short_headline_over_an_unrelated_title_case_line_stays_the_headline() -> None:
    other = "Baca Berita Populer Lainnya Tentang Pemilu Dan Ekonomi Hari Ini"
    assert detect_title([_TAG, "", other, "", _LEAD])[0] == _TAG
