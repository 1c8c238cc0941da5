"""Outlets a page names in shapes no reader took (issue 10, session 44): a party's or a city's own news
site opening the lead (`Berita <party> – …`), a news service that obtained a document it reports on, and an
English outlet shown with or without its article as the page prints it. Every page here is made up;
outlet and party names are general knowledge."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article

_LEAD = (
    "Rancangan undang-undang tentang desa yang tengah dibahas di parlemen menuai kritik dari banyak "
    "kalangan karena dinilai terburu-buru."
)
_MORE = "“Kami masih membuka diri terhadap masukan dari masyarakat,” kata Fulan Hidayat, anggota dewan."
_TITLE = "Fulan Hidayat Sebut RUU Desa Masih Bisa Berubah"


def test_an_outlet_word_before_a_known_party_names_the_party_s_site() -> None:
    dateline = parse_dateline(f"Berita Gerindra – {_LEAD}")
    assert dateline is not None and dateline.outlet == "Berita Gerindra"


def test_an_outlet_word_before_a_known_city_names_the_city_s_site() -> None:
    dateline = parse_dateline(f"Berita Surabaya – {_LEAD}")
    assert dateline is not None and dateline.outlet == "Berita Surabaya"


def test_an_outlet_word_before_an_everyday_word_is_a_label() -> None:
    assert parse_dateline(f"Berita Duka – {_LEAD}") is None


def test_a_party_site_opening_the_lead_names_the_page(tmp_path: Path) -> None:
    page = "\n\n".join([_TITLE, f"Berita Gerindra – {_LEAD}", _MORE])
    assert load_article(tmp_path, page).outlet == "Berita Gerindra"


_EN_TITLE = "Draft village law could curb local radio, critics say"
_EN_LEAD = (
    "A draft law on village broadcasting would let district officials close community radio stations, "
    "according to a copy of the draft obtained by ContohNews."
)
_EN_MORE = (
    "“It hands the district a switch it should never hold,” Fulan Hidayat, who runs a station in "
    "Sukamaju, told ContohNews."
)


def test_a_document_obtained_by_the_service_it_reports_for_does_not_pass_it_on(tmp_path: Path) -> None:
    page = "\n\n".join([_EN_TITLE, _EN_LEAD, _EN_MORE])
    assert load_article(tmp_path, page).outlet == "ContohNews"


def test_an_outlet_passed_on_is_still_not_the_page(tmp_path: Path) -> None:
    lead = _EN_LEAD.replace(
        "according to a copy of the draft obtained by ContohNews", "according to ContohNews"
    )
    page = "\n\n".join([_EN_TITLE, lead, _EN_MORE])
    assert load_article(tmp_path, page).outlet == ""


def test_an_english_outlet_is_shown_as_the_page_prints_it(tmp_path: Path) -> None:
    lead = "Ana Lee, Sukamaju – " + _EN_LEAD.split(", according", maxsplit=1)[0] + "."
    bare = "\n\n".join([_EN_TITLE, "Straits Times - October 3, 2031", lead, _EN_MORE])
    assert load_article(tmp_path, bare, "a.txt").outlet == "Straits Times"
    full = bare.replace("Straits Times -", "The Straits Times -")
    assert load_article(tmp_path, full, "b.txt").outlet == "The Straits Times"
