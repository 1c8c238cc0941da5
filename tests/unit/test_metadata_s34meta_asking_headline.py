"""A headline in sentence case that asks or exclaims, as the page's first line (session 34, issue 10): a
dozen words or more closing on "?" read as the story's lead, so the page had no title (p1, p2: two
sites, one Indonesian, one English). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

_LEAD = (
    "JAKARTA – Kepala dinas pertanian Kabupaten Sukamaju membantah kabar kelangkaan pupuk bersubsidi yang "
    "ramai dibicarakan warga sepekan terakhir.\n\n"
    "“Stok kami aman sampai akhir tahun,” kata Fulan Hidayat kepada wartawan di kantornya.\n\n"
    "Menurut dia, pupuk selalu dikirim ke kios resmi setiap pekan sesuai kuota kecamatan.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Bantah ada kelangkaan pupuk, kepala dinas: warga dapat kabar itu dari mana?",
        "Stok pupuk dijamin aman sampai akhir tahun, petani diminta tidak panik membeli!",
    ],
)
def test_a_sentence_case_headline_that_asks_is_the_title(tmp_path: Path, headline: str) -> None:
    article = load_article(tmp_path, f"{headline}\n\nIlustrasi. Foto Dok.\n\n{_LEAD}")
    assert article.title == headline
    assert headline not in article.body


def test_an_english_headline_that_asks_over_a_caption_is_the_title(tmp_path: Path) -> None:
    headline = "Fertiliser Stock Will Not Run Out, What will the farmers do next?"
    lead = (
        "JAKARTA – The head of the agriculture office denied reports of a fertiliser shortage that "
        "residents had talked about all week.\n\n"
        '"Our stock is safe until the end of the year," he told reporters at his office.\n'
    )
    article = load_article(tmp_path, f"{headline}\nIllustration (Photo: Doc.)\n\n{lead}")
    assert article.title == headline


def test_a_question_in_the_story_below_a_headline_stays_in_the_body(tmp_path: Path) -> None:
    question = "Apa yang sebenarnya terjadi dengan pasokan pupuk di kios-kios resmi kecamatan itu?"
    page = f"Pupuk Langka di Sukamaju\n\n{_LEAD}\n{question}\n\nWarga masih menunggu jawaban dinas.\n"
    article = load_article(tmp_path, page)
    assert article.title == "Pupuk Langka di Sukamaju"
    assert question in article.body


def test_two_sentences_opening_the_page_are_its_lead(tmp_path: Path) -> None:
    opening = (
        "Siapa yang tidak kenal pupuk bersubsidi? Hampir semua petani di Sukamaju memakainya setiap musim."
    )
    article = load_article(tmp_path, f"{opening}\n\n{_LEAD}")
    assert article.title == ""
    assert opening in article.body


def test_a_quoted_question_opening_the_page_stays_in_the_story(tmp_path: Path) -> None:
    question = "“Kapan pupuk bersubsidi untuk kecamatan kami akan dikirim lagi oleh dinas pertanian?”"
    article = load_article(tmp_path, f"{question}\n\n{_LEAD}")
    assert question in article.body
