"""Session 40 metadata forms (made-up pages): a sourcing phrase whose sentence goes on to report the words
said that day dates the saying, not the story; a writer's bio naming the newsroom in the possessive, on a
line of its own under the headline; a caption's label in the slot of a dateline's place ("Ilustrasi.
(Contoh.id)"); a picture credited "pic"/"pix" and a picture in Markdown are captions; the place heading an
untitled lead, which no dateline reader takes, is left out of its stand-in (the list's lead, the citation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.citations.source import source_from_article
from kutip.index.docstore import lead_of
from kutip.index.ingest.boilerplate import is_caption
from kutip.index.ingest.lead_opener import lead_opener
from kutip.index.ingest.lead_site import lead_site
from kutip.index.ingest.origin import writer_bio
from tests.conftest import load_article as load_text
from tests.unit.ingest_pages import BRIDGE_STORY as _STORY

_EN_STORY = (
    "The new bridge links two villages on either side of the river for the first time in a decade.\n\n"
    "Officials said the works were finished ahead of the rainy season after months of delays.\n\n"
    "Residents hope the regency will now repair the road leading up to the bridge as well."
)


# -- a sourcing phrase that dates the saying it passes on ---------------------------------------------------


def test_sourced_day_of_the_words_reported_is_no_publication_date(tmp_path: Path) -> None:
    text = (
        "Warga Sukamaju memilih kepala desa baru untuk pertama kalinya dalam sepuluh tahun terakhir.\n\n"
        "Dilansir Kantor Berita Contoh, Minggu (12/5/2024), hal itu disampaikan Bupati Ana Lestari saat "
        "memberikan suara di balai desa.\n\n" + _STORY
    )
    article = load_text(tmp_path, text)
    assert article.date == ""
    assert article.event_date == "2024-05-12"


def test_sourced_day_before_another_event_still_dates_the_story(tmp_path: Path) -> None:
    # the older form: the source's day, then what the story reports of earlier days
    text = (
        "Mengutip Kantor Berita Contoh, Jumat (10/5/2024), dalam pertemuan awal minggu ini tiga pejabat "
        "desa bertemu dengan warga untuk membahas jembatan.\n\n" + _STORY
    )
    assert load_text(tmp_path, text).date == "2024-05-10"


# -- a writer's bio in the possessive -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "who", "newsroom"),
    [
        (
            "Ana Lee is The Sukamaju Herald’s legal affairs and courts reporter",
            "Ana Lee",
            "The Sukamaju Herald",
        ),
        ("Budi Santoso is Kabar Contoh's Jakarta correspondent.", "Budi Santoso", "Kabar Contoh"),
        (
            "Ana Lee is The Sukamaju Herald’s chief political correspondent based in Jakarta",
            "Ana Lee",
            "The Sukamaju Herald",
        ),
    ],
)
def test_possessive_bio_names_the_newsroom(line: str, who: str, newsroom: str) -> None:
    assert writer_bio([line]) == (who, newsroom)


def test_possessive_bio_of_another_trade_names_none() -> None:
    assert writer_bio(["Ana Lee is Sukamaju University’s professor of law"]) == ("", "")


def test_bio_under_the_headline_signs_the_page(tmp_path: Path) -> None:
    text = (
        "Bridge links two villages again\n\n"
        "Ana Lee is The Sukamaju Herald’s regional affairs reporter\n\n" + _EN_STORY
    )
    article = load_text(tmp_path, text)
    assert (article.outlet, article.author) == ("The Sukamaju Herald", "Ana Lee")


def test_long_lead_naming_a_writer_is_no_bio(tmp_path: Path) -> None:
    text = (
        "Bridge links two villages again\n\n"
        "Ana Lee is The Sukamaju Herald’s regional affairs reporter who was stopped at the bridge by guards "
        "on Monday while the villagers were still celebrating its opening with music and food\n\n" + _EN_STORY
    )
    assert load_text(tmp_path, text).outlet != "The Sukamaju Herald"


# -- captions -------------------------------------------------------------------------------------------------


def test_caption_label_is_no_place_before_a_site() -> None:
    lead = "Bupati Sukamaju meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai."
    assert lead_site(["Ilustrasi. (Kabarcontoh.id)", lead]) == ""
    assert lead_site(["FOTO - Kabarcontoh.id", lead]) == ""
    assert lead_site([f"Sukamaju - Kabarcontoh.id - {lead}"]) == "Kabarcontoh.id"


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lee - Kantor Contoh pix",
        "The minister speaks to reporters at the bridge in Sukamaju today. (Kantor Contoh pic)",
        "Villagers cross the new bridge. (Facebook pic)",
        "![Warga antre di balai desa, Senin (1/4/2024). [Contoh/Ana Lee]](https://img.contoh.example/a.jpg)",
        "![Warga antre di balai desa](https://img.contoh.example/a.jpg) |",
    ],
)
def test_picture_lines_are_captions(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Menteri Pilih Pic Baru untuk Proyek Jembatan",
        "Warga Memilih Kepala Desa Baru, Kata Ana Lee",
        "Lihat [foto]",
    ],
)
def test_headlines_are_no_pictures(line: str) -> None:
    assert not is_caption(line)


def test_credited_picture_is_no_title(tmp_path: Path) -> None:
    text = (
        "Villagers cross the new bridge after a decade of waiting, says regent\n\n"
        "Ana Lee - Kantor Contoh pix\n\nAna Lee - Kantor Contoh pix\n\n" + _EN_STORY
    )
    assert load_text(tmp_path, text).title.startswith("Villagers cross the new bridge")


def test_markdown_picture_leaves_the_body(tmp_path: Path) -> None:
    text = (
        "![Warga antre di balai desa, Senin (1/4/2024). [Contoh/Ana Lee]](https://img.contoh.example/a.jpg)\n\n"
        + _STORY
    )
    article = load_text(tmp_path, text)
    assert "![" not in article.body and article.body.startswith("Warga desa di lereng")


# -- the place heading an untitled lead -----------------------------------------------------------------------

_LEAD_EN = (
    "President Ana Lee said on Monday that the new bridge would open to traffic before the rainy season."
)


@pytest.mark.parametrize(
    ("opening", "opener"),
    [
        (f"Jakarta: {_LEAD_EN}", "Jakarta:"),
        (f"JAKARTA: {_LEAD_EN}", "JAKARTA:"),
        (f"Jakarta. {_LEAD_EN}", "Jakarta."),
        (f"Jakarta – {_LEAD_EN}", "Jakarta"),
        (f"KUALA LUMPUR, April 4 ― {_LEAD_EN}", "KUALA LUMPUR, April 4 ―"),
        (f"Jakarta ( CONTOH MONITORING): {_LEAD_EN}", "Jakarta ( CONTOH MONITORING):"),
        (f"(Kabarcontoh – Jakarta) {_LEAD_EN}", "(Kabarcontoh – Jakarta)"),
    ],
)
def test_place_heading_the_lead(opening: str, opener: str) -> None:
    assert lead_opener(opening) == opener


@pytest.mark.parametrize(
    "opening",
    [
        _LEAD_EN,
        "Jakarta: Banjir Lagi",  # a headline's words, no story sentence
        f"Nasional – {_LEAD_EN}",  # a section's label, no place
        f"Jakarta is where {_LEAD_EN}",
    ],
)
def test_no_place_heading_the_lead(opening: str) -> None:
    assert lead_opener(opening) == ""


@pytest.mark.parametrize(
    "opening",
    [
        f"Jakarta: {_LEAD_EN}",
        f"JAKARTA. {_LEAD_EN}",
        f"Jakarta – {_LEAD_EN}",
        f"KUALA LUMPUR, April 4 ― {_LEAD_EN}",
    ],
)
def test_untitled_stand_ins_skip_the_place(tmp_path: Path, opening: str) -> None:
    article = load_text(tmp_path, f"{opening}\n\n{_EN_STORY}")
    assert article.title == ""
    assert lead_of(article.body[:210], article.dateline).startswith("President Ana Lee said")
    assert source_from_article(article).title.startswith("[President Ana Lee said")


def test_untitled_stand_in_skips_the_place_after_a_site(tmp_path: Path) -> None:
    lead = "Kejaksaan menerima surat pemberitahuan penyidikan dari kepolisian daerah pada pekan lalu."
    article = load_text(tmp_path, f"KABARCONTOH.CO.ID - JAKARTA. {lead}\n\n{_STORY}")
    assert article.outlet.casefold() == "kabarcontoh.co.id"
    assert lead_of(article.body[:210], article.dateline).startswith("Kejaksaan menerima")


# -- a labelled date with a widget's controls glued to it ----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        ("date 2024-05-14 + ↺ − 16 px", ["date 2024-05-14"]),
        ("date 2024-05-14 16 px Warga Sukamaju", ["date 2024-05-14 16 px Warga Sukamaju"]),
        ("date 2024-05-14 Warga Sukamaju antre", ["date 2024-05-14", "Warga Sukamaju antre"]),
    ],
)
def test_date_label_beside_text_size_controls(paragraph: str, parts: list[str]) -> None:
    from kutip.index.ingest.dates import split_date_label

    assert split_date_label(paragraph) == parts


def test_date_label_with_controls_dates_the_page(tmp_path: Path) -> None:
    article = load_text(tmp_path, f" date 2024-05-14 + ↺ − 16 px\n\n{_EN_STORY}")
    assert article.date == "2024-05-14"
    assert article.body.startswith("The new bridge links")
