"""Every citation can be traced back: title, outlet or site, date or n.d., URL or archived file.

The event-date fallback and the keys are checked on invented sources; the real dev_a scrapes
(../shared, skipped when absent) are cited in every style and each citation is checked.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import bibtexparser
import pytest

from kutip.index.citations import STYLES, CitationSource, cite, cite_article, export, source_from_article
from kutip.index.ingest import load_file
from kutip.index.models import Article

ACCESSED = date(2025, 1, 20)
DEV_A = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev_a"

EVENT_ONLY = CitationSource(
    title="Banjir Rendam Tiga Kecamatan di Bekasi",
    outlet="Kabar Nusantara",
    lang="id",
    path="/arsip/banjir.txt",
    accessed=ACCESSED,
    event_date="2024-05-12",
)


@pytest.mark.parametrize(
    ("style", "marked"),
    [
        ("plain", "12 Mei 2024 (tanggal peristiwa)"),
        ("markdown", "12 Mei 2024 (tanggal peristiwa)"),
        ("apa", "(2024, May 12 [event date])."),
        ("mla", "12 May 2024 [event date]"),
        ("chicago", "May 12, 2024 [event date]"),
        ("bibtex", "note    = {Date of the reported event; the article states no publication date}"),
        ("csl-json", '"note": "Date of the reported event; the article states no publication date"'),
    ],
)
def test_event_date_is_cited_only_without_a_publication_date_and_says_so(style: str, marked: str) -> None:
    assert marked in cite(EVENT_ONLY, style)
    published = cite(replace(EVENT_ONLY, date="2024-05-13"), style)
    assert "event" not in published and "peristiwa" not in published


def test_event_date_fills_the_date_fields() -> None:
    entry = bibtexparser.parse_string(cite(EVENT_ONLY, "bibtex")).entries[0]
    assert (entry["year"], entry["month"], entry["day"]) == ("2024", "may", "12")
    assert json.loads(cite(EVENT_ONLY, "csl-json"))[0]["issued"] == {"date-parts": [[2024, 5, 12]]}


@pytest.mark.parametrize(
    ("source", "key"),
    [
        (replace(EVENT_ONLY, event_date=""), "kabarndbanjir"),
        (replace(EVENT_ONLY, outlet="", url="https://www.kabarnusantara.id/a"), "kabarnusantara2024banjir"),
        (replace(EVENT_ONLY, outlet="", path="/arsip/da_banjir.txt"), "dabanjir2024banjir"),
        (replace(EVENT_ONLY, outlet="", path="", title="", event_date=""), "untitlednd"),
    ],
)
def test_keys_name_something_traceable(source: CitationSource, key: str) -> None:
    first_line = export([source], "bibtex").splitlines()[0]
    assert first_line.split("{", 1)[1] == f"{key},"


def test_untitled_article_is_described_from_its_lead() -> None:
    article = Article(
        id="x",
        source="/arsip/x.txt",
        body="Jakarta, Kabar Nusantara - Warga tiga kecamatan mengungsi ke masjid dan sekolah setelah hujan deras.",
        dateline="Jakarta, Kabar Nusantara",
        outlet="Kabar Nusantara",
    )
    source = source_from_article(article)
    assert source.title == "[Warga tiga kecamatan mengungsi ke masjid dan sekolah setelah hujan…]"
    assert "(“[Warga tiga kecamatan mengungsi…],” n.d.)" in cite(source, "apa")


# -- every citation of every dev_a article ----------------------------------------------------------
def _dev_a_articles() -> list[Article]:
    return [a for path in sorted(DEV_A.glob("*.txt")) for a in load_file(path).articles]


_DATE_OR_ND = re.compile(r"\b(?:19|20)\d{2}\b|n\.d\.")


@pytest.mark.skipif(not DEV_A.is_dir(), reason="../shared/corpus/dev_a is not available")
@pytest.mark.parametrize("style", STYLES)
def test_every_dev_a_citation_is_traceable(style: str) -> None:
    articles = _dev_a_articles()
    assert articles
    for article in articles:
        text = cite_article(article, style, ACCESSED)
        source = source_from_article(article, accessed=ACCESSED)
        where = f"{Path(article.source).name} in {style}"
        assert source.title and source.title.strip("[]…") and source.title in text.replace("\\", ""), where
        if article.outlet:
            assert article.outlet in text, where
        else:  # no outlet or site is stated anywhere in the file: the file itself is the trace
            assert article.source in text, where
        assert _DATE_OR_ND.search(text), where
        assert (source.web_url and source.web_url in text) or article.source in text, where
        assert "anon" not in text, where


@pytest.mark.skipif(not DEV_A.is_dir(), reason="../shared/corpus/dev_a is not available")
def test_dev_a_exports_load() -> None:
    sources = [source_from_article(a, accessed=ACCESSED) for a in _dev_a_articles()]
    library = bibtexparser.parse_string(export(sources, "bibtex"))
    assert not library.failed_blocks and len(library.entries) == len(sources)
    assert all(not e.key.startswith("anon") for e in library.entries)
    items = json.loads(export(sources, "csl-json"))
    assert len(items) == len(sources) and all(i.get("title") for i in items)
