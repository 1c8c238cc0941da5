"""Name order: Indonesian single names and patronymics are never forced into family/given."""

from __future__ import annotations

from datetime import date

import pytest

from kutip.index.citations import CitationSource, cite, parse_name, source_from_article
from kutip.index.citations.names import split_authors
from kutip.index.models import Article, Credit, Statement


@pytest.mark.parametrize(
    ("written", "family", "given", "literal"),
    [
        ("Sari Handayani", "Handayani", "Sari", "Sari Handayani"),
        ("Fatimah", "", "", "Fatimah"),
        ("Anwar bin Ibrahim", "", "", "Anwar bin Ibrahim"),
        ("Siti binti Yusof Rahman", "", "", "Siti binti Yusof Rahman"),
        ("Vincent van Gogh", "van Gogh", "Vincent", "Vincent van Gogh"),
        ("SARI HANDAYANI", "Handayani", "Sari", "Sari Handayani"),
        ("FATIMAH", "", "", "Fatimah"),
        ("ANT", "", "", "ANT"),  # a desk code stays as written
        ("Dr. Ana Lee", "Lee", "Ana", "Ana Lee"),
        ("Hj. Dewi Anggraini", "Anggraini", "Dewi", "Dewi Anggraini"),
        ("Liam McDonald", "McDonald", "Liam", "Liam McDonald"),
        ("JEAN-PAUL O'NEIL", "O'Neil", "Jean-Paul", "Jean-Paul O'Neil"),
    ],
)
def test_parse_name(written: str, family: str, given: str, literal: str) -> None:
    name = parse_name(written)
    assert (name.family, name.given, name.literal) == (family, given, literal)


def test_initials_keep_hyphens() -> None:
    assert parse_name("Jean-Paul Sari Wibowo").initials() == "J.-P. S."


def test_split_authors() -> None:
    assert split_authors("Ana Lee, Budi Santoso dan Fatimah") == ["Ana Lee", "Budi Santoso", "Fatimah"]
    assert split_authors("Ana Lee & Budi Santoso; ") == ["Ana Lee", "Budi Santoso"]


def test_mononym_in_each_style() -> None:
    source = CitationSource(
        "Harga Beras Naik", "Kabar Nusantara", "2024-05-02", ("Fatimah",), accessed=date(2025, 1, 1)
    )
    assert cite(source, "apa").startswith("Fatimah. (2024, May 2).")
    assert cite(source, "mla").startswith("Fatimah. “Harga Beras Naik.”")
    assert '"literal": "Fatimah"' in cite(source, "csl-json")
    assert "author  = {{Fatimah}}" in cite(source, "bibtex")


def test_builder_reads_byline_and_writer_credits_but_not_editors() -> None:
    article = Article(
        id="abc123",
        source="/arsip/banjir.txt",
        title="Banjir Rendam Bekasi",
        outlet="Kabar Nusantara",
        date="2024-11-12",
        author="Sari Handayani",
        url="https://kabarnusantara.example/b",
        lang="id",
        credits=[
            Credit("writer", "Sari Handayani"),
            Credit("writer", "Budi Santoso"),
            Credit("editor", "Dewi Anggraini"),
            Credit("photo", "Ana Lee"),
        ],
    )
    statement = Statement(
        "abc123:1", "abc123", "Air mulai surut.", "indirect", 0, 10, speaker="Rudi", role="Camat"
    )
    source = source_from_article(article, statement, date(2025, 1, 2))
    assert source.authors == ("Sari Handayani", "Budi Santoso")
    assert source.quote is not None and not source.quote.direct and source.quote.speaker == "Rudi"
    assert source.path == "/arsip/banjir.txt" and source.accessed == date(2025, 1, 2)


def test_builder_does_not_treat_a_path_as_a_url() -> None:
    article = Article(id="x", source="/arsip/x.html", title="T", url="file:///arsip/x.html")
    assert source_from_article(article).web_url == ""
    assert source_from_article(Article(id="y", source="s", url="www.example.com/a")).web_url == (
        "https://www.example.com/a"
    )
