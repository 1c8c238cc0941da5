"""The ingest package against the hand annotation of the bundled sample corpus.

The sample is original text, so these checks run everywhere (no ``../shared``).
Dates are checked only where the gold follows the publication-date rule; see
``DATE_DISPUTED`` for the files where it does not.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from kutip.index.ingest import load_file
from kutip.index.models import Article, Credit

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "index" / "sample"
GOLD_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "sample_gold.json"

# The gold gives these files the date of the event in the lead ("pada Rabu (20/11/2024)",
# "..., Senin (18/11/2024)."), which the publication-date rule does not count: an event
# date is not a publication date. Until that is settled either answer is accepted.
DATE_DISPUTED = frozenset(
    {
        "01_banjir-bekasi.txt",
        "02_banjir-karawang-antara.txt",
        "04_pakar-banjir-bekasi.txt",
        "05_perundingan-dagang-nordik.txt",
        "06_mendag-pasar-ekspor-antara.txt",
        "09_vaksin-dengue-makassar.txt",
        "12_trem-surabaya-rel.txt",
    }
)

# The people each article credits outside its story (bylines, credit lines, photo captions).
EXPECTED_CREDITS: dict[str, list[Credit]] = {
    "01_banjir-bekasi.txt": [
        Credit("photo", "Andika Permana"),
        Credit("writer", "Dewi Anggraeni"),
        Credit("editor", "Fajar Nugroho"),
    ],
    "02_banjir-karawang-antara.txt": [
        Credit("writer", "Rangga Aditya"),
        Credit("editor", "Hesti Puspitasari"),
    ],
    "03_flood-west-java.txt": [Credit("photo", "Yohanes Kristanto"), Credit("contributor", "Daniel Harrow")],
    "04_pakar-banjir-bekasi.txt": [
        Credit("writer", "Yoga Pamungkas"),
        Credit("editor", "Melati Kusumawardhani"),
    ],
    "05_perundingan-dagang-nordik.txt": [
        Credit("writer", "Arief Kurniawan"),
        Credit("editor", "Sinta Maharani"),
    ],
    "06_mendag-pasar-ekspor-antara.txt": [
        Credit("writer", "Putri Ramadhani"),
        Credit("editor", "Hesti Puspitasari"),
    ],
    "07_trade-talks-singapore.txt": [Credit("writer", "Clara Weston"), Credit("editor", "Martin Ekholm")],
    "08_trade-talks-geneva.md": [Credit("author", "Priya Raman")],
    "09_vaksin-dengue-makassar.txt": [Credit("photo", "Irwan Syamsuddin")],
    "10_dengue-who-geneva.txt": [Credit("photo", "Arnaud Delacroix")],
    "11_vaksin-dengue-sepekan.html": [Credit("author", "Nurul Fadhilah"), Credit("photo", "Rahmat Hakim")],
    "12_trem-surabaya-rel.txt": [Credit("writer", "Galih Setyo Nugroho"), Credit("editor", "Fajar Nugroho")],
    "13_trem-surabaya-tarif.txt": [],
    "14_ringkasan-pekan.jsonl#1": [Credit("author", "Lukman Hariadi")],
    "14_ringkasan-pekan.jsonl#2": [Credit("author", "Lukman Hariadi")],
}


@cache
def gold() -> dict[str, dict[str, Any]]:
    data = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in data["articles"]}


@cache
def sample_articles() -> dict[str, Article]:
    """Every sample article under its gold key: the file name, plus ``#line`` for JSON Lines records."""
    articles: dict[str, Article] = {}
    for path in sorted(p for p in SAMPLE.iterdir() if p.is_file()):
        for article in load_file(path).articles:
            key = f"{path.name}#{article.locator}" if article.locator else path.name
            articles[key] = article
    return articles


def test_every_gold_article_is_loaded() -> None:
    assert sorted(sample_articles()) == sorted(gold())
    assert sorted(EXPECTED_CREDITS) == sorted(gold())


@pytest.mark.parametrize("key", sorted(gold()))
def test_title_outlet_and_language(key: str) -> None:
    expected, article = gold()[key], sample_articles()[key]
    assert article.title == (expected["title"] or "")
    assert article.outlet == (expected["outlet"] or "")
    assert article.lang == expected["lang"]


@pytest.mark.parametrize("key", sorted(gold()))
def test_publication_date(key: str) -> None:
    expected, article = gold()[key]["date"] or "", sample_articles()[key]
    if key in DATE_DISPUTED:
        assert article.date in ("", expected)
    else:
        assert article.date == expected


@pytest.mark.parametrize("key", sorted(gold()))
def test_dateline_place(key: str) -> None:
    expected, article = gold()[key], sample_articles()[key]
    place = expected.get("dateline") or ""
    assert place.split(",")[0].casefold() in article.dateline.casefold()


@pytest.mark.parametrize("key", sorted(gold()))
def test_credits_and_author(key: str) -> None:
    expected, article = gold()[key], sample_articles()[key]
    assert article.credits == EXPECTED_CREDITS[key]
    for credit in article.credits:
        assert credit.name in expected["persons"], credit
    assert article.author == (expected.get("author") or "")


@pytest.mark.parametrize("key", sorted(gold()))
def test_credit_lines_leave_the_body(key: str) -> None:
    article = sample_articles()[key]
    for credit in article.credits:
        assert credit.name not in article.body, credit
    for marker in (
        "Penulis:",
        "Editor:",
        "Pewarta:",
        "Reporter:",
        "Foto:",
        "(Photo by",
        "Reporting by",
        "___",
    ):
        assert marker not in article.body, marker
