"""A site's own name opening the lead before its dash, told from a place the gazetteer lacks by the
story never writing it again (issue 10). Every page and name here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.lead_name import unrepeated_lead_name
from tests.conftest import load_article

_LEAD = (
    "Kepala Desa Fulan Hidayat meminta warga tetap waspada karena hujan deras diperkirakan masih turun "
    "hingga akhir pekan ini di seluruh wilayah kecamatan."
)
_MORE = [
    '"Kami sudah menyiapkan posko dan perahu karet," kata Fulan Hidayat, Senin.',
    "Menurut dia, warga yang tinggal di bantaran sungai diminta mengungsi lebih dulu.",
]
_TITLE = "Warga Diminta Waspada Banjir Susulan"


def test_a_name_the_story_never_repeats_is_the_site() -> None:
    assert unrepeated_lead_name([f"Kabarwarta – {_LEAD}", *_MORE], _TITLE) == "Kabarwarta"


def test_a_word_of_the_language_as_the_sites_name() -> None:
    assert unrepeated_lead_name([f"Pelita – {_LEAD}", *_MORE], _TITLE) == "Pelita"


def test_a_place_the_story_names_again_is_no_site() -> None:
    more = [*_MORE, "Sungai di Talangsari meluap sejak Minggu malam."]
    assert unrepeated_lead_name([f"TALANGSARI – {_LEAD}", *more], _TITLE) == ""


def test_a_place_named_in_the_headline_is_no_site() -> None:
    assert unrepeated_lead_name([f"Talangsari – {_LEAD}", *_MORE], "Banjir Rendam Talangsari") == ""


def test_the_known_place_after_the_sites_name_is_set_apart() -> None:
    assert unrepeated_lead_name([f"Kabarwarta Jakarta – {_LEAD}", *_MORE], _TITLE) == "Kabarwarta"


def test_labels_days_and_known_places_are_no_site() -> None:
    for opening in ("FOTO", "UPDATE", "Senin", "Jakarta", "Berita Terkini", "Sumber", "Laporan Khusus"):
        assert unrepeated_lead_name([f"{opening} – {_LEAD}", *_MORE], _TITLE) == "", opening


def test_a_headline_tail_after_the_dash_is_no_lead() -> None:
    assert unrepeated_lead_name(["Kabarwarta – Banjir Susulan Mengancam", *_MORE], _TITLE) == ""


def test_the_site_found_so_when_nothing_else_names_it(tmp_path: Path) -> None:
    page = "\n\n".join([_TITLE, f"Kabarwarta – {_LEAD}", *_MORE]) + "\n"
    assert load_article(tmp_path, page).outlet == "Kabarwarta"


def test_a_logos_capitals_are_lowered() -> None:
    assert unrepeated_lead_name([f"KABAR WARTA – {_LEAD}", *_MORE], _TITLE) == "Kabar Warta"


def test_a_captions_kicker_names_the_people_the_story_names() -> None:
    assert unrepeated_lead_name([f"RINA DAN PARTO – {_LEAD}", *_MORE], "Rina Marlina Kunjungi Posko") == ""


def test_a_photos_caption_may_come_before_the_lead() -> None:
    caption = "Kepala desa meninjau tanggul sungai."
    assert unrepeated_lead_name([caption, f"Kabarwarta – {_LEAD}", *_MORE], _TITLE) == "Kabarwarta"


def test_a_listed_network_before_a_known_place_is_its_edition() -> None:
    assert unrepeated_lead_name([f"Viva Bandung – {_LEAD}", *_MORE], _TITLE) == "Viva Bandung"
