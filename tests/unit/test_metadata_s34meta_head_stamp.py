"""The line straight under a plain-text scrape's headline, read as its head block's stamp when the site's
name and slogan (or the slogan alone) stand before the date (session 34, issue 10; p3, two sites): the
stamp reader wants only times, outlets and bylines beside a date. The same line over the headline, a
sentence, or a clockless date the story's own dates put months before it, dates nothing. Every page here
is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.outlets import is_compound_outlet
from tests.conftest import load_article

_HEAD = "Warga Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air\n\n"
_STORY = (
    "Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan tahun "
    "ini.\n\n“Kami tidak mau banjir seperti tahun lalu terulang lagi,” kata Fulan Hidayat, ketua RT.\n\n"
    "Kegiatan itu diikuti warga dari tiga dusun dan berlangsung sejak pagi hingga siang hari.\n"
)


@pytest.mark.parametrize(
    ("stamp", "iso", "outlet"),
    [
        ("KBTNews - Kabar Terkini dan Terpercaya - 18 Jan 2025, 04:00", "2025-01-18", "KBTNews"),
        ("Cerdas & Jujur - Maret 14, 2022", "2022-03-14", ""),  # a slogan alone, no clock
        ("Kabarcontoh.com | Jernih Mengabarkan | 2 Mei 2024 10:15 WIB", "2024-05-02", "Kabarcontoh.com"),
    ],
)
def test_the_stamp_under_the_headline_with_a_slogan_dates_the_page(
    tmp_path: Path, stamp: str, iso: str, outlet: str
) -> None:
    article = load_article(tmp_path, f"{_HEAD}{stamp}\n\n{_STORY}")
    assert article.date == iso
    if outlet:
        assert article.outlet == outlet


@pytest.mark.parametrize(
    "page",
    [
        f"Cerdas & Jujur - Maret 14, 2022\n\n{_HEAD}{_STORY}",  # over the headline: the fetch's banner
        f"{_HEAD}Warga berkumpul sejak pagi. Kerja bakti - 14 Maret 2022\n\n{_STORY}",  # a sentence
        f"{_HEAD}Update - Cerdas - 14 Maret 2022 10:00\n\n{_STORY}",  # an update's stamp
        # a clockless day long after the day the lead gives its event: a banner printed under the headline
        f"{_HEAD}Cerdas & Jujur - Oktober 10, 2025\n\n{_STORY.replace('ini.', 'ini, Senin (14/3/2022).')}",
    ],
)
def test_no_date_from_a_banner_a_sentence_or_an_update(tmp_path: Path, page: str) -> None:
    assert load_article(tmp_path, page).date == ""


@pytest.mark.parametrize(("name", "compound"), [("KBTNews", True), ("TVRI", False), ("NTVNewsroom", False)])
def test_a_broadcasters_capitals_then_an_outlet_word_is_a_sites_name(name: str, compound: bool) -> None:
    assert is_compound_outlet(name) is compound
