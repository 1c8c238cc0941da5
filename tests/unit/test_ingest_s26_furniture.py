"""Outlets and dates in site furniture (issue 10, session 26): a site no list holds, named where the page
talks to its reader (an invitation to read more there, a thank-you, an app banner) or by its newsroom's
mailbox; a picture's source under a caption ("Sumber :" then "• contoh.co.uk") and a source the page drew
part of the story from ("Sebagian artikel ini telah tayang di …") name no outlet; a listed outlet
credited after a caption's name; a stamp headed by a section in sentence case. Every fixture is invented
(the story's paragraphs are those of test_ingest_unseen_site_furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, EN_BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
EN_TITLE = "Villagers clear canal blocked by mud after flood"
EN_LEAD = (
    "Villagers in Sukamaju cleared an irrigation canal blocked with mud since last week's flood, "
    "the village head said."
)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Baca berita menarik lainnya di Kabarsukamaju.com", "Kabarsukamaju.com"),
        ("Baca berita terbaru lainnya di KabarSukamaju", "KabarSukamaju"),
        ("Simak artikel pilihan lainnya hanya di Harian Sukamaju", "Harian Sukamaju"),
        ("Terima kasih telah membaca Harian Sukamaju", "Harian Sukamaju"),
        ("Baca di aplikasi KabarSukamaju", "KabarSukamaju"),
        ("Download aplikasi kabarsukamaju.com untuk berita terkini", "Kabarsukamaju.com"),
        ("Kirim berita dan rilis ke redaksi@kabarsukamaju.co.id", "Kabarsukamaju.co.id"),
        ("Temukan berita terpercaya dari Kantor Berita Politik Suara.com di Google News", "Suara.com"),
    ],
)
def test_a_site_named_where_the_page_talks_to_its_reader_is_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{line}").outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Read more stories on The Sukamaju Times",
        "Download the app Sukamaju Daily for free",
        "Contact the newsroom: newsroom@sukamajudaily.com",
    ],
)
def test_english_invitations_and_mailboxes_name_the_site_too(tmp_path: Path, line: str) -> None:
    outlet = load(tmp_path, f"{EN_TITLE}\n\n{EN_LEAD}\n\n{EN_BODY}\n{line}").outlet
    assert outlet in {"The Sukamaju Times", "Sukamaju Daily", "Sukamajudaily.com"}


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti kami di Google News",  # the service, not the site
        "Simak video lainnya di YouTube Kabar Sukamaju",  # a channel on a platform
        "Baca juga: Tiga Warga Terseret Arus di Jalan Raya Pos",  # a related story's headline
        "Baca juga berita lain di Desa Sukamaju",  # a place, no site's name
        "Laporan dapat dikirim ke info@sukamaju.go.id",  # an office's mailbox
        "Kirim tulisan ke redaksi.kabar@gmail.com",  # a mail service's host
        "Hubungi Fulan di fulan.hidayat@kabarsukamaju.com",  # a person's mailbox, not the newsroom's
        "Ikuti perkembangan terbaru di Media Center Sukamaju",  # an office, its head word no outlet word
    ],
)
def test_other_reader_lines_and_mailboxes_name_no_outlet(tmp_path: Path, line: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{line}").outlet == ""


def test_a_picture_s_source_under_its_caption_is_no_outlet(tmp_path: Path) -> None:
    text = f"{EN_TITLE}\n\nWarga membersihkan saluran\nSumber :\n  • sukamajupress.co.uk\n\nJakarta – {EN_LEAD}\n\n{EN_BODY}"
    assert load(tmp_path, text).outlet == ""


def test_a_source_the_page_drew_part_of_the_story_from_is_no_outlet(tmp_path: Path) -> None:
    note = 'Sebagian artikel ini telah tayang di Kompas.com dengan judul "Warga Bersihkan Saluran"'
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{note}").outlet == ""
    whole = 'Artikel ini telah tayang di Kompas.com dengan judul "Warga Bersihkan Saluran"'
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{whole}").outlet == "Kompas.com"


def test_a_listed_outlet_credited_after_a_caption_s_name_is_the_outlet(tmp_path: Path) -> None:
    text = f"Berita\n\nKepala Desa Sukamaju Fulan Hidayat/RMOL\n\n{TITLE}\n\n{LEAD}\n\n{BODY}"
    assert load(tmp_path, text).outlet == "RMOL"


def test_a_stamp_headed_by_a_section_in_sentence_case_dates_the_story(tmp_path: Path) -> None:
    stamp = read_stamp("Cerita warga | 28 April 2021, 15:58 WIB")
    assert stamp is not None and stamp.iso == "2021-04-28" and not stamp.writer and not stamp.outlet
    article = load(tmp_path, f"{TITLE}\n\nCerita warga | 28 April 2021, 15:58 WIB\n\n{LEAD}\n\n{BODY}")
    assert article.date == "2021-04-28"
    byline = read_stamp("Ana Lestari | 28 April 2021, 15:58 WIB")  # a writer's name capitalises every word
    assert byline is not None and byline.writer == "Ana Lestari"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("This article was originally published on The Sukamaju Times.", "The Sukamaju Times"),
        ("This story originally appeared in Sukamaju Daily.", "Sukamaju Daily"),
        ("Originally published by Reuters.", "Reuters"),
    ],
)
def test_a_reprint_note_names_the_outlet_listed_or_not(tmp_path: Path, line: str, outlet: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{EN_LEAD}\n\n{EN_BODY}\n{line}").outlet == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Tulisan ini pertama kali terbit di Harian Sukamaju.", "Harian Sukamaju"),
        (
            'Berita ini sudah tayang di KabarSukamaju.com dengan judul "Warga Bersihkan Saluran"',
            "KabarSukamaju.com",
        ),
    ],
)
def test_an_indonesian_reprint_note_in_other_words_names_the_outlet(
    tmp_path: Path, line: str, outlet: str
) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{line}").outlet == outlet


@pytest.mark.parametrize(
    "byline",
    ["By Ana Lee, The Sukamaju Times", "By Ana Lee | The Sukamaju Times", "By Ana Lee (The Sukamaju Times)"],
)
def test_an_unlisted_outlet_in_a_byline_is_the_outlet(tmp_path: Path, byline: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{byline}\n\n{EN_LEAD}\n\n{EN_BODY}").outlet == "The Sukamaju Times"


@pytest.mark.parametrize("byline", ["By Ana Lee, News Editor", "By Ana Lee | Digital Editor"])
def test_a_role_after_the_byline_is_no_outlet(tmp_path: Path, byline: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{byline}\n\n{EN_LEAD}\n\n{EN_BODY}").outlet == ""


def test_a_section_label_beside_a_writer_is_no_outlet(tmp_path: Path) -> None:
    assert load(tmp_path, f"{TITLE}\n\nAna Lestari | Berita Daerah\n\n{LEAD}\n\n{BODY}").outlet == ""


@pytest.mark.parametrize("outlet", ["The Sukamaju Observer", "The Jakarta Post"])
def test_a_dateline_with_a_colon_for_its_dash_names_the_outlet(tmp_path: Path, outlet: str) -> None:
    article = load(tmp_path, f"{EN_TITLE}\n\nJakarta, {outlet}: {EN_LEAD}\n\n{EN_BODY}")
    assert article.outlet == outlet
    # the stored dateline keeps its colon (session 40): an untitled article's stand-in starts past it
    assert article.dateline == f"Jakarta, {outlet}:"


@pytest.mark.parametrize(
    "opening",
    [
        "MAGELANG, Indonesia: ",  # a place and its country
        "Jakarta, Berita Daerah: ",  # a section label
        "Sukamaju Hilir, The Sukamaju Observer: ",  # no known place
    ],
)
def test_other_colons_after_a_place_name_no_outlet(tmp_path: Path, opening: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{opening}{EN_LEAD}\n\n{EN_BODY}").outlet == ""


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("By ANA LEE – Associated Press\n\nJAKARTA (AP) — ", "Associated Press"),
        ("By Ana Lee, Agence France-Presse\n\nJAKARTA (AFP) - ", "Agence France-Presse"),
        ("JAKARTA (AP) — ", "AP"),  # the page never spells it out
        ("By Ana Lee, Reuters\n\nJAKARTA (AP) — ", "AP"),  # another agency's name is no spelling of it
    ],
)
def test_a_wire_s_acronym_is_the_full_name_its_byline_gives(tmp_path: Path, head: str, outlet: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{head}{EN_LEAD}\n\n{EN_BODY}").outlet == outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Redaksi KabarSukamaju | Pedoman Media Siber | Kontak", "KabarSukamaju"),
        ("© 2024 KabarSukamaju. Hak cipta dilindungi undang-undang.", "KabarSukamaju"),
        ("Redaksi | Pedoman Media Siber | Kabarsukamaju.com © 2024", "Kabarsukamaju.com"),
        ("Kabarsukamaju.com adalah portal berita terkini dari Sukamaju.", "Kabarsukamaju.com"),
        ("The Sukamaju Times is a leading news website in the region.", "The Sukamaju Times"),
    ],
)
def test_an_unlisted_site_in_its_footer_s_bars_notices_and_self_description(
    tmp_path: Path, footer: str, outlet: str
) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{footer}\n").outlet == outlet


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright © 2024 PT Kabar Sukamaju Media. All Rights Reserved",  # the company, not the site
        "Redaksi | Pedoman Media Siber | Kontak",  # links about the site that name none
        "Sukamaju adalah desa penghasil padi terbesar di kabupaten itu.",  # a place described
    ],
)
def test_footers_that_name_no_site_give_no_outlet(tmp_path: Path, footer: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{footer}\n").outlet == ""


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Laporan wartawan Kabar Sukamaju, Ana Lestari\n\n", "Kabar Sukamaju"),  # a network's reporter line
        ("Ana Lestari - KabarSukamaju\n\n", "KabarSukamaju"),  # a name run into an outlet word, by a writer
        ("Oleh Ana Lestari untuk Harian Sukamaju\n\n", "Harian Sukamaju"),
        ("Bandung (KabarSukamaju) - ", "KabarSukamaju"),  # in brackets after a known place
    ],
)
def test_unlisted_outlets_beside_writers_and_places(tmp_path: Path, head: str, outlet: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{head}{LEAD}\n\n{BODY}").outlet == outlet


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("By Ana Lee for The Sukamaju Times\n\n", "The Sukamaju Times"),
        ("Ana Lee | Reporter, The Sukamaju Times\n\n", "The Sukamaju Times"),  # the role before the name
    ],
)
def test_english_bylines_for_an_outlet(tmp_path: Path, head: str, outlet: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{head}{EN_LEAD}\n\n{EN_BODY}").outlet == outlet


@pytest.mark.parametrize(
    "head",
    [
        "Laporan wartawan Berita Daerah, Ana Lestari\n\n",  # a section label, not a site
        "Sukamaju Hilir (KabarSukamaju) - ",  # no known place before the bracket
        "Fulan Hidayat Santoso Lestari - Harga Naik\n\n",  # no site's name
    ],
)
def test_other_lines_beside_writers_and_places_name_no_outlet(tmp_path: Path, head: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{head}{LEAD}\n\n{BODY}").outlet == ""


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("20 Mei 2024 08:00 WIB · Waktu baca 3 menit", "2024-05-20"),  # the reading time's label first
        ("May 20, 2024 · Read time: 4 min", "2024-05-20"),
        ("Update: 20/05/2024 08:00 WIB", "2024-05-20"),  # an update's stamp, the only one
        ("Diupdate: 20 Mei 2024", "2024-05-20"),
    ],
)
def test_stamps_with_a_reading_time_or_an_update_label(tmp_path: Path, stamp: str, iso: str) -> None:
    found = read_stamp(stamp)
    assert found is not None and found.iso == iso
    assert load(tmp_path, f"{TITLE}\n{stamp}\n\n{LEAD}\n\n{BODY}").date == iso


def test_an_update_label_does_not_outrank_the_publication_stamp(tmp_path: Path) -> None:
    head = "Update: 20/05/2024 08:00 WIB\nTerbit: 19/05/2024 10:00 WIB"
    assert load(tmp_path, f"{TITLE}\n{head}\n\n{LEAD}\n\n{BODY}").date == "2024-05-19"


@pytest.mark.parametrize(
    ("head", "tail", "outlet"),
    [
        ("Provided by The Sukamaju Times\n\n", "", "The Sukamaju Times"),  # an aggregator's line
        ("Source: The Sukamaju Times\n\n", "", "The Sukamaju Times"),
        ("", "Republished with permission from The Sukamaju Times.", "The Sukamaju Times"),
        (
            "",
            "This article is republished from Sukamaju Daily under a Creative Commons license.",
            "Sukamaju Daily",
        ),
    ],
)
def test_an_aggregator_names_the_outlet_whose_story_it_carries(
    tmp_path: Path, head: str, tail: str, outlet: str
) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{head}{EN_LEAD}\n\n{EN_BODY}\n{tail}\n").outlet == outlet


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("", "Data provided by the Health Ministry."),  # a source of figures, in lower case
        ("Source: Kementerian Kesehatan\n\n", ""),  # an office
        ("Source: Berita Daerah\n\n", ""),  # a section label
    ],
)
def test_other_sources_and_providers_name_no_outlet(tmp_path: Path, head: str, tail: str) -> None:
    assert load(tmp_path, f"{EN_TITLE}\n\n{head}{EN_LEAD}\n\n{EN_BODY}\n{tail}\n").outlet == ""


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Artikel ini bersumber dari Harian Sukamaju.", "Harian Sukamaju"),
        ("Konten ini disediakan oleh Harian Sukamaju", "Harian Sukamaju"),
        ("Lihat artikel asli di Harian Sukamaju", "Harian Sukamaju"),
        ("Artikel ini diproduksi oleh Ana Lestari dari Harian Sukamaju", "Harian Sukamaju"),
        ("Artikel ini diproduksi oleh Ana Lestari dari Kompas.com", "Kompas.com"),  # the writer is no outlet
    ],
)
def test_partner_notes_in_other_words_name_the_outlet(tmp_path: Path, line: str, outlet: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{line}\n").outlet == outlet


def test_a_note_that_an_office_supplied_the_story_names_no_outlet(tmp_path: Path) -> None:
    line = "Berita ini bersumber dari Dinas Pengairan Sukamaju"
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{line}\n").outlet == ""


@pytest.mark.parametrize("byline", ["Oleh Ana Lestari, 19 Mei 2024", "Ditulis oleh Ana Lestari, 19 Mei 2024"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dated_byline_opening_the_story_s_text_dates_it(tmp_path: Path, byline: str, gap: str) -> None:
    assert load(tmp_path, f"{TITLE}{gap}{byline}\n\n{LEAD}\n\n{BODY}").date == "2024-05-19"


def test_a_sentence_opening_the_story_with_a_date_dates_nothing(tmp_path: Path) -> None:
    lead = "Oleh karena banjir pada 19 Mei 2024, warga Sukamaju membersihkan saluran irigasi desa."
    assert load(tmp_path, f"{TITLE}\n\n{lead}\n\n{BODY}").date == ""
