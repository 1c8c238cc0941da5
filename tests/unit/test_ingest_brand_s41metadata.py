"""Outlets read in session 41 (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest import network_edition
from tests.conftest import load_article

_TITLE = "Pemkab Sukamaju Tambah Armada Angkutan Sekolah Tahun Ini"
_BODY = [
    "Pemerintah Kabupaten Sukamaju menambah sepuluh armada angkutan sekolah untuk desa-desa di lereng gunung.",
    '"Anak-anak tidak boleh lagi berjalan dua jam untuk sampai ke sekolah," kata Bupati Fulan Hidayat, Senin.',
    "Menurut Fulan, armada baru itu mulai beroperasi pada awal tahun ajaran dengan rute yang sudah disurvei.",
]


def _page(*closing: str) -> str:
    return "\n\n".join([_TITLE, *_BODY, *closing]) + "\n"


def test_a_network_name_of_two_words_signing_off_the_story_names_the_outlet(tmp_path: Path) -> None:
    last = (
        '"Sopirnya juga warga desa setempat yang sudah kami latih selama tiga bulan, jadi orang tua tidak '
        'perlu khawatir soal keselamatan anak-anak mereka di jalan," tandasnya. (Kabar Network/Ana)'
    )
    assert load_article(tmp_path, _page(last)).outlet == "Kabar Network"


def test_two_capitalised_words_signing_off_with_no_outlet_word_name_nothing(tmp_path: Path) -> None:
    last = (
        '"Sopirnya juga warga desa setempat yang sudah kami latih selama tiga bulan, jadi orang tua tidak '
        'perlu khawatir soal keselamatan anak-anak mereka di jalan," tandasnya. (Fulan Hidayat/Ana)'
    )
    assert load_article(tmp_path, _page(last)).outlet == ""


_NETWORK = {"contoh": ("Contoh Sukamaju", "Contoh Sukaraja", "Contoh Sukasari")}
_HUB_LEAD = (
    "CONTOHNEWS.COM, SUKAMAJU - Pemerintah Kabupaten Sukamaju menambah sepuluh armada angkutan sekolah untuk "
    "desa-desa di lereng gunung."
)


def _hub_page(*lines: str) -> str:
    return "\n\n".join([_TITLE, *lines[:1], _HUB_LEAD, *_BODY[1:], *lines[1:]]) + "\n"


def test_a_network_hub_page_naming_one_edition_twice_is_the_edition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(network_edition, "_editions", lambda: _NETWORK)
    page = _hub_page("Laporan Wartawan Contoh Sukamaju, Ana Lestari", "Sumber: ContohSukamaju.com")
    assert load_article(tmp_path, page).outlet == "Contoh Sukamaju"


def test_an_edition_named_once_on_a_hub_page_may_be_a_source_and_names_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(network_edition, "_editions", lambda: _NETWORK)
    page = _hub_page("Ana Lestari", "Sumber: Contoh Sukamaju")
    assert load_article(tmp_path, page).outlet == "Contohnews.com"


def test_two_editions_named_twice_or_an_outlet_no_hub_keep_the_outlet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(network_edition, "_editions", lambda: _NETWORK)
    both = ["Contoh Sukamaju, Contoh Sukaraja", "ContohSukamaju.com dan ContohSukaraja.com"]
    assert network_edition.network_edition("Contohnews.com", both) == "Contohnews.com"
    # another outlet opening with the brand's word, and an edition itself, are no hub
    named = ["Contoh Sukaraja", "Contoh Sukaraja"]
    assert network_edition.network_edition("Contohpagi.com", named) == "Contohpagi.com"
    assert network_edition.network_edition("Contoh Sukamaju", named) == "Contoh Sukamaju"
    assert network_edition.network_edition("Contoh", named) == "Contoh Sukaraja"


def test_networks_are_brands_listed_with_three_regional_editions_or_more() -> None:
    editions = network_edition._editions()
    assert editions
    assert all(len(names) >= network_edition._NETWORK_MIN_EDITIONS for names in editions.values())


_EN_TITLE = "Sukamaju Council Delays Vote on New Bus Routes"
_EN_BODY = [
    "The Sukamaju council on Tuesday postponed a vote on three new bus routes after residents asked for "
    "more time to study the plan.",
    "Council members said the routes would link the eastern villages with the central market.",
]


def test_a_listed_name_run_into_a_capitalised_word_is_a_building_not_the_outlet(tmp_path: Path) -> None:
    last = (
        "We will hear the residents again at Merdeka Hall next month before any vote, the council chair said."
    )
    page = "\n\n".join([_EN_TITLE, *_EN_BODY, last]) + "\n"
    assert load_article(tmp_path, page).outlet == ""


def test_a_listed_name_the_reader_is_sent_to_before_a_day_is_still_the_outlet(tmp_path: Path) -> None:
    last = "Follow our reports on the council vote at Merdeka Monday to Friday."
    page = "\n\n".join([_EN_TITLE, *_EN_BODY, last]) + "\n"
    assert load_article(tmp_path, page).outlet == "Merdeka"


def _dated_caption_page(credit: str) -> str:
    caption = (
        f"Bupati Fulan Hidayat meninjau armada baru di halaman kantor bupati, Senin, 4 Maret 2024/{credit}"
    )
    return "\n\n".join([_TITLE, caption, *_BODY]) + "\n"


def test_a_caption_closing_on_its_date_then_a_listed_outlet_names_the_site(tmp_path: Path) -> None:
    assert load_article(tmp_path, _dated_caption_page("RMOL")).outlet == "RMOL"


def test_a_caption_closing_on_its_date_then_a_wire_names_no_site(tmp_path: Path) -> None:
    assert load_article(tmp_path, _dated_caption_page("AFP")).outlet == ""


def test_related_story_links_naming_an_edition_do_not_make_a_hub_page_the_editions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(network_edition, "_editions", lambda: _NETWORK)
    links = [
        "Baca juga: Pasar Sukamaju Dibuka Lagi - Contoh Sukamaju",
        "Baca juga: Jalan Desa Diperbaiki - Contoh Sukamaju",
    ]
    assert network_edition.network_edition("Contohnews.com", links) == "Contohnews.com"


def test_the_sites_domain_opening_an_untitled_lead_with_no_mark_is_its_heading(tmp_path: Path) -> None:
    lead = "KABARCONTOH.CO Bupati Fulan Hidayat menambah sepuluh armada angkutan sekolah untuk desa di lereng gunung."
    article = load_article(tmp_path, "\n\n".join([lead, *_BODY[1:]]) + "\n")
    assert (article.outlet, article.dateline) == ("Kabarcontoh.co", "KABARCONTOH.CO")


def test_a_domain_opening_the_lead_is_a_heading_only_when_it_is_the_pages_outlet() -> None:
    from kutip.index.ingest.build import _own_domain_opening

    lead = "KABARCONTOH.CO Bupati Fulan Hidayat menambah armada."
    assert _own_domain_opening(lead, "Kabarcontoh.co") == "KABARCONTOH.CO"
    assert _own_domain_opening(lead, "Warta Sukamaju") == ""
    assert _own_domain_opening("KABARCONTOH.CO, Bupati Fulan menambah armada.", "Kabarcontoh.co") == ""
