"""Outlets a page names in forms the readers did not take (issue 10, outlet >= 0.95): a site's one-word
name carrying a number, a place and a one-word name joined by hyphens. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.outlets import is_compound_outlet
from tests.conftest import load_article
from tests.unit.ingest_pages import HARVEST_MORE, HARVEST_TITLE

_LEAD = (
    "petani di tiga desa memanen jagung dua pekan lebih awal karena hujan tak kunjung turun sejak bulan lalu."
)


def _outlet(tmp_path: Path, *paragraphs: str) -> str:
    """The outlet read from the headline, the paragraphs and the story's quote."""
    return load_article(tmp_path, "\n\n".join([HARVEST_TITLE, *paragraphs, HARVEST_MORE])).outlet


@pytest.mark.parametrize("name", ["Kabar7News", "Warta21Pos"])
def test_a_one_word_site_name_with_a_number_inside_is_a_compound_outlet(name: str) -> None:
    assert is_compound_outlet(name)


@pytest.mark.parametrize("word", ["Covid19", "Galaxy5Pro", "Tahun2031"])
def test_a_word_with_a_number_but_no_outlet_word_is_none(word: str) -> None:
    assert not is_compound_outlet(word)


def test_a_numbered_site_name_opening_the_lead_is_the_outlet(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"Kabar7News – Para {_LEAD}") == "Kabar7News"


def test_a_place_and_a_site_name_joined_by_hyphens_name_the_outlet(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"Bandung-WartaKitaNews- Para {_LEAD}") == "WartaKitaNews"


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
    byline = "Sukarti - detikJateng\nJumat, 3 Okt 2031 10:15 WIB"
    assert _outlet(tmp_path, byline, f"Para {_LEAD}") == "detikJateng"


def test_one_word_beside_an_unlisted_name_names_no_outlet(tmp_path: Path) -> None:
    assert _outlet(tmp_path, "Panen - Kabar Desa Kita", f"Para {_LEAD}") != "Kabar Desa Kita"


def test_the_newsrooms_own_summary_names_the_outlet(tmp_path: Path) -> None:
    more = "Berikut tiga fakta panen dini yang telah dirangkum Lintas Desa News, Sabtu (4/10/2031)."
    assert _outlet(tmp_path, f"SUKAMAJU - Para {_LEAD}", more) == "Lintas Desa News"


def test_a_summary_taken_from_another_names_no_outlet(tmp_path: Path) -> None:
    more = "Berikut tiga fakta panen dini yang dirangkum dari berbagai sumber, Sabtu (4/10/2031)."
    assert _outlet(tmp_path, f"SUKAMAJU - Para {_LEAD}", more) == ""


_ENGLISH = (
    "Farmers across three districts of Sukamaju began picking their corn two weeks early on Friday, after "
    "the village council told growers the rains would not come in time.\n\n"
    '"If we wait, the cobs dry on the stalk," said council head Fulan Hidayat.\n'
)


def _english_outlet(tmp_path: Path, closing: str) -> str:
    """The outlet read from a long English story whose last lines are ``closing``."""
    more = "\n\n".join(["The council meets again next week to count the losses."] * 6)
    return load_article(
        tmp_path, f"Sukamaju farmers race the drought\n\n{_ENGLISH}\n{more}\n\n{closing}\n"
    ).outlet


def test_a_wire_on_the_source_line_closing_an_unsigned_page_is_the_outlet(tmp_path: Path) -> None:
    assert _english_outlet(tmp_path, "SOURCE:Anadolu Agency") == "Anadolu Agency"


def test_a_wire_on_the_source_line_of_a_page_signing_its_own_name_is_not_the_outlet(tmp_path: Path) -> None:
    assert _english_outlet(tmp_path, "kabarsukamaju.com\n\nSOURCE:Reuters") != "Reuters"


def test_a_sentence_opening_on_the_web_address_a_source_spoke_to_names_the_outlet(tmp_path: Path) -> None:
    told = "Kepada Kabarsukamaju.com di Sukamaju dilaporkan, Fulan Hidayat menyebut panen dini sudah merata."
    assert _outlet(tmp_path, f"SUKAMAJU - Para {_LEAD}", told) == "Kabarsukamaju.com"


def test_the_opening_on_a_page_passing_on_anothers_work_names_nothing(tmp_path: Path) -> None:
    told = "Kepada Kabarsukamaju.com, Fulan Hidayat menyebut panen dini sudah merata, dikutip dari Warta."
    assert _outlet(tmp_path, f"SUKAMAJU - Para {_LEAD}", told) != "Kabarsukamaju.com"
