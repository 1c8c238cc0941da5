"""Heads of real scrapes (issue 10, session 31), read on h1-h3: a headline a caption repeats is no
advertisement, a headline may trail off in a spaced ellipsis, a title's last part naming the page's own
outlet goes, a writer's five-word name beside the outlet signs it, a stamp run into the site's domain
still dates the page, and the line over the story counts however long the head over it. Every page here
is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article
from tests.unit.ingest_pages import PLANNED_BRIDGE_MORE as _STORY
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _HEADLINE

_LEAD = (
    "KABARCONTOH.COM, SUKAMAJU - Warga desa berkumpul di balai pertemuan untuk membahas rencana "
    "pembangunan jembatan baru yang sudah lama mereka tunggu sejak banjir besar tahun lalu."
)


def test_a_headline_two_captions_open_with_is_still_the_headline(tmp_path: Path) -> None:
    page = (
        f"Nyaman tanpa iklan. Langganan ContohPro\n\n{_HEADLINE}\n\n"
        f"{_HEADLINE}. Kepala desa meninjau lokasi jembatan.\n\n{_HEADLINE}. (Foto: Dok. Warga)\n\n"
        f"{_LEAD}\n\n{_STORY}\n"
    )
    assert load_article(tmp_path, page).title == _HEADLINE


def test_an_advertisement_printed_between_paragraphs_is_no_headline(tmp_path: Path) -> None:
    advert = "Baca Berita Tanpa Iklan Di Aplikasi Kami Sekarang"
    page = f"{advert}\n\n{_LEAD}\n\n{advert}\n\n{_STORY}\n\n{advert}\n"
    assert load_article(tmp_path, page).title != advert


def test_a_headline_may_trail_off_in_a_spaced_ellipsis(tmp_path: Path) -> None:
    headline = "Kades Fulan: Jembatan Warga Sukamaju Selesai Sebelum Musim Hujan. . ."
    page = f"Selamat Datang di Superhub Desa Sukamaju\n\n{headline}\n\n{_LEAD}\n\n{_STORY}\n"
    assert load_article(tmp_path, page).title == headline


def test_a_titles_last_part_naming_the_pages_own_outlet_goes(tmp_path: Path) -> None:
    page = f"{_HEADLINE} | Kabar Contoh\n\n{_LEAD}\n\n{_STORY}\n"
    article = load_article(tmp_path, page)
    assert (article.outlet, article.title) == ("Kabarcontoh.com", _HEADLINE)


def test_a_titles_last_part_naming_another_stays(tmp_path: Path) -> None:
    page = f"{_HEADLINE} - Sukamaju Raya\n\n{_LEAD}\n\n{_STORY}\n"
    assert load_article(tmp_path, page).title == f"{_HEADLINE} - Sukamaju Raya"


def test_a_five_word_writer_beside_the_outlet_signs_it(tmp_path: Path) -> None:
    page = (
        f"{_HEADLINE}\n\nNi Made Ayu Lestari Putri - detikBali\n\nSenin, 04 Sep 2023 19:55 WIB\n\n"
        f"Sukamaju -\n\n{_LEAD.split(' - ', 1)[1]}\n\n{_STORY}\n"
    )
    assert load_article(tmp_path, page).outlet == "detikBali"


def test_a_stamp_run_into_the_sites_domain_dates_the_page(tmp_path: Path) -> None:
    lead = _LEAD.split(" - ", 1)[1]
    page = f"{_HEADLINE}\nDaerah Jumat, 14 Feb 2025 10:06 WIBkabarcontoh.com - {lead}\n{_STORY}\n"
    article = load_article(tmp_path, page)
    assert (article.outlet, article.date) == ("kabarcontoh.com", "2025-02-14")


def test_the_line_over_the_story_names_the_site_below_a_long_head(tmp_path: Path) -> None:
    names = "\n\n".join(["Fulan", "Fulan", "Hidayat", "Budiman", "Budiman", "Jembatan", "Desa", "Warga"])
    lead = _LEAD.split(" - ", 1)[1]
    page = f"{names}\n\n{_HEADLINE}\n\nSUKAMAJU – kabarcontoh.id\n\n{lead}\n\n{_STORY}\n"
    assert load_article(tmp_path, page).outlet == "kabarcontoh.id"


def test_a_section_in_two_words_heading_a_stamp_is_no_writer() -> None:
    from kutip.index.ingest.dates import read_stamp

    stamp = read_stamp("Olah Raga Jumat, 14 Feb 2025 10:06 WIB")
    assert stamp is not None and (stamp.iso, stamp.writer) == ("2025-02-14", "")
