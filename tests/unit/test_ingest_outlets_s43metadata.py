"""Outlets a page names in forms the readers did not take (issue 10, outlet >= 0.95): a site's one-word
name carrying a number, a place and a one-word name joined by hyphens. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.outlets import is_compound_outlet
from tests.conftest import load_article

_TITLE = "Petani Sukamaju Panen Jagung Lebih Awal karena Kemarau"
_LEAD = "petani di tiga desa memanen jagung dua pekan lebih awal karena hujan tak kunjung turun sejak bulan lalu."
_MORE = (
    '"Kalau ditunda, tongkolnya kering di pohon," kata Kepala Desa Sukamaju, Fulan Hidayat.\n\n'
    "Menurut dia, harga jagung di tingkat petani masih bertahan di kisaran yang sama.\n"
)


def _page(lead: str, *head: str) -> str:
    return "\n\n".join([*head, _TITLE, lead, _MORE])


@pytest.mark.parametrize("name", ["Kabar7News", "Warta21Pos"])
def test_a_one_word_site_name_with_a_number_inside_is_a_compound_outlet(name: str) -> None:
    assert is_compound_outlet(name)


@pytest.mark.parametrize("word", ["Covid19", "Galaxy5Pro", "Tahun2031"])
def test_a_word_with_a_number_but_no_outlet_word_is_none(word: str) -> None:
    assert not is_compound_outlet(word)


def test_a_numbered_site_name_opening_the_lead_is_the_outlet(tmp_path: Path) -> None:
    page = _page(f"Kabar7News – Para {_LEAD}")
    assert load_article(tmp_path, page).outlet == "Kabar7News"


def test_a_place_and_a_site_name_joined_by_hyphens_name_the_outlet(tmp_path: Path) -> None:
    page = _page(f"Bandung-WartaKitaNews- Para {_LEAD}")
    assert load_article(tmp_path, page).outlet == "WartaKitaNews"


@pytest.mark.parametrize(
    "line",
    [
        "Jawa-Bali Padam, Listrik Kembali Menyala Malam Ini di Seluruh Wilayah Pelanggan",
        "Sukamaju-Kepolisian- Warga melapor ke pos jaga setelah jembatan desa runtuh tadi malam.",
    ],
)
def test_words_joined_by_a_hyphen_without_a_site_name_are_no_dateline_outlet(line: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is None or not dateline.outlet


def test_a_one_name_writer_beside_a_networks_edition_names_the_edition(tmp_path: Path) -> None:
    page = f"{_TITLE}\n\nSukarti - detikJateng\nJumat, 3 Okt 2031 10:15 WIB\n\nPara {_LEAD}\n\n{_MORE}"
    assert load_article(tmp_path, page).outlet == "detikJateng"


def test_one_word_beside_an_unlisted_name_names_no_outlet(tmp_path: Path) -> None:
    page = f"{_TITLE}\n\nPanen - Kabar Desa Kita\n\nPara {_LEAD}\n\n{_MORE}"
    assert load_article(tmp_path, page).outlet != "Kabar Desa Kita"


def test_the_newsrooms_own_summary_names_the_outlet(tmp_path: Path) -> None:
    more = "Berikut tiga fakta panen dini yang telah dirangkum Lintas Desa News, Sabtu (4/10/2031)."
    page = f"{_TITLE}\n\nSUKAMAJU - Para {_LEAD}\n\n{more}\n\n{_MORE}"
    assert load_article(tmp_path, page).outlet == "Lintas Desa News"


def test_a_summary_taken_from_another_names_no_outlet(tmp_path: Path) -> None:
    more = "Berikut tiga fakta panen dini yang dirangkum dari berbagai sumber, Sabtu (4/10/2031)."
    page = f"{_TITLE}\n\nSUKAMAJU - Para {_LEAD}\n\n{more}\n\n{_MORE}"
    assert load_article(tmp_path, page).outlet == ""


_ENGLISH = (
    "Farmers across three districts of Sukamaju began picking their corn two weeks early on Friday, after "
    "the village council told growers the rains would not come in time.\n\n"
    '"If we wait, the cobs dry on the stalk," said council head Fulan Hidayat.\n'
)


def test_a_wire_on_the_source_line_closing_an_unsigned_page_is_the_outlet(tmp_path: Path) -> None:
    more = "\n\n".join(["The council meets again next week to count the losses."] * 6)
    page = f"Sukamaju farmers race the drought\n\n{_ENGLISH}\n{more}\n\nSOURCE:Anadolu Agency\n"
    assert load_article(tmp_path, page).outlet == "Anadolu Agency"


def test_a_wire_on_the_source_line_of_a_page_signing_its_own_name_is_not_the_outlet(tmp_path: Path) -> None:
    more = "\n\n".join(["The council meets again next week to count the losses."] * 6)
    page = f"Sukamaju farmers race the drought\n\n{_ENGLISH}\n{more}\n\nkabarsukamaju.com\n\nSOURCE:Reuters\n"
    assert load_article(tmp_path, page).outlet != "Reuters"


def test_a_sentence_opening_on_the_web_address_a_source_spoke_to_names_the_outlet(tmp_path: Path) -> None:
    told = "Kepada Kabarsukamaju.com di Sukamaju dilaporkan, Fulan Hidayat menyebut panen dini sudah merata."
    page = f"{_TITLE}\n\nSUKAMAJU - Para {_LEAD}\n\n{told}\n\n{_MORE}"
    assert load_article(tmp_path, page).outlet == "Kabarsukamaju.com"


def test_the_opening_on_a_page_passing_on_anothers_work_names_nothing(tmp_path: Path) -> None:
    told = "Kepada Kabarsukamaju.com, Fulan Hidayat menyebut panen dini sudah merata, dikutip dari Warta."
    page = f"{_TITLE}\n\nSUKAMAJU - Para {_LEAD}\n\n{told}\n\n{_MORE}"
    assert load_article(tmp_path, page).outlet != "Kabarsukamaju.com"
