"""The bundled sample corpus, its hand annotation and the bad-input fixtures are what they claim.

These tests need nothing but the files: the gold annotation is only useful if every
quoted text is really in the article it names, and the bad fixtures only test error
handling if they are really broken in the way their names say.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "index" / "sample"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLD_PATH = FIXTURES / "sample_gold.json"
BAD = FIXTURES / "bad"

SAMPLE_FILES = sorted(p for p in SAMPLE.iterdir() if p.is_file())
NAME_PATTERN = re.compile(r"^\d\d_[a-z0-9-]+\.(txt|md|html|jsonl)$")
MIN_BYTES, MAX_BYTES = 1500, 5000
QUOTE_KEYS = {"text", "speaker", "speaker_as_written", "resolved_from_pronoun", "via", "continuation",
              "partial", "multi_paragraph"}


@cache
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


def gold_articles() -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = gold()["articles"]
    return articles


def jsonl_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_text(ref: str) -> str:
    """The text a gold reference points at: a whole file, or record ``#n`` (1-based) of a JSON Lines file."""
    name, _, record = ref.partition("#")
    path = SAMPLE / name
    if record:
        text: str = jsonl_records(path)[int(record) - 1]["text"]
        return text
    return path.read_text(encoding="utf-8")


def article_ids() -> list[str]:
    return [a["file"] for a in gold_articles()]


# --- the sample corpus -------------------------------------------------------------------------


def test_sample_is_plain_package_data() -> None:
    assert SAMPLE_FILES, "index/sample/ is empty"
    assert not [p for p in SAMPLE.iterdir() if p.is_dir()], "no subfolders in index/sample/"
    assert not (SAMPLE / "__init__.py").exists()
    bad_names = [p.name for p in SAMPLE_FILES if not NAME_PATTERN.match(p.name)]
    assert not bad_names, f"names must look like NN_short-slug.ext: {bad_names}"


def test_sample_mixes_formats() -> None:
    suffixes = [p.suffix for p in SAMPLE_FILES]
    assert suffixes.count(".txt") >= 10
    assert suffixes.count(".md") == 1
    assert suffixes.count(".html") == 1
    assert suffixes.count(".jsonl") == 1


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_file_is_utf8_and_sized(path: Path) -> None:
    data = path.read_bytes()
    data.decode("utf-8")  # raises if not UTF-8
    assert not data.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert b"\r" not in data, "LF line endings"
    assert MIN_BYTES <= len(data) <= MAX_BYTES, f"{path.name} is {len(data)} bytes"


@pytest.mark.parametrize("path", [p for p in SAMPLE_FILES if p.suffix == ".txt"], ids=lambda p: p.name)
def test_text_scrape_starts_with_title_line(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].strip() and not lines[1].strip(), "a title line, then a blank line"


def test_markdown_has_front_matter() -> None:
    (md,) = [p for p in SAMPLE_FILES if p.suffix == ".md"]
    text = md.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    front = text.split("---\n")[1]
    for key in ("title:", "date:", "outlet:", "author:"):
        assert key in front


def test_html_page_has_news_metadata() -> None:
    (page,) = [p for p in SAMPLE_FILES if p.suffix == ".html"]
    html = page.read_text(encoding="utf-8")
    markers = ("<title>", 'property="og:title"', 'property="og:site_name"',
               'property="article:published_time"', 'name="author"', "<nav>", "<footer>", "<article>", "<p>")
    for marker in markers:
        assert marker in html


def test_jsonl_records_have_all_fields() -> None:
    (jsonl,) = [p for p in SAMPLE_FILES if p.suffix == ".jsonl"]
    records = jsonl_records(jsonl)
    assert len(records) == 2
    for record in records:
        assert set(record) >= {"title", "text", "url", "date", "outlet", "author"}
        assert record["text"].strip()


# --- the gold annotation -----------------------------------------------------------------------


def test_gold_covers_enough_articles_in_both_languages() -> None:
    articles = gold_articles()
    assert len(articles) >= 15
    assert {a["lang"] for a in articles} == {"id", "en"}
    assert sum(a["lang"] == "en" for a in articles) >= 4
    assert len(set(article_ids())) == len(articles), "each article annotated once"


def test_every_sample_file_is_annotated() -> None:
    annotated = {ref.partition("#")[0] for ref in article_ids()}
    assert annotated == {p.name for p in SAMPLE_FILES}


@pytest.mark.parametrize("ref", article_ids())
def test_gold_file_exists(ref: str) -> None:
    name, _, record = ref.partition("#")
    assert (SAMPLE / name).is_file()
    if record:
        assert 1 <= int(record) <= len(jsonl_records(SAMPLE / name))


@pytest.mark.parametrize("article", gold_articles(), ids=lambda a: a["file"])
def test_gold_texts_are_verbatim(article: dict[str, Any]) -> None:
    text = article_text(article["file"])
    assert article["quotes"], "every sample article has at least one direct quote"
    for quote in article["quotes"]:
        assert quote["text"] in text, f"quote not verbatim: {quote['text'][:60]!r}"
        assert set(quote) <= QUOTE_KEYS, f"unknown keys {set(quote) - QUOTE_KEYS}"
        assert quote["speaker"] in article["persons"], f"speaker {quote['speaker']!r} missing from persons"
    for reported in article["indirect"]:
        assert reported["gist"] in text, f"gist not verbatim: {reported['gist'][:60]!r}"
    for scare in article["scare_quotes"]:
        assert scare in text


@pytest.mark.parametrize("article", gold_articles(), ids=lambda a: a["file"])
def test_gold_title_matches_the_source(article: dict[str, Any]) -> None:
    name, _, record = article["file"].partition("#")
    path = SAMPLE / name
    if record:
        assert jsonl_records(path)[int(record) - 1]["title"] == article["title"]
    elif path.suffix == ".txt":
        assert path.read_text(encoding="utf-8").split("\n")[0] == article["title"]
    else:
        assert article["title"] in path.read_text(encoding="utf-8")


def _statement_texts(ref: str) -> list[str]:
    (article,) = [a for a in gold_articles() if a["file"] == ref]
    return [q["text"] for q in article["quotes"]] + [i["gist"] for i in article["indirect"]]


def test_clusters_link_annotated_statements_across_files() -> None:
    clusters = gold()["clusters"]
    assert len(clusters) >= 3
    for cluster in clusters:
        files = [ref for ref, _ in cluster["members"]]
        assert len(set(files)) >= 2, cluster["note"]
        for ref, fragment in cluster["members"]:
            assert fragment in article_text(ref), f"{ref}: {fragment!r}"
            assert any(fragment.casefold() in s.casefold() or s.casefold() in fragment.casefold()
                       for s in _statement_texts(ref)), f"{ref}: {fragment!r} is no annotated statement"


def test_negative_pairs_point_at_real_text() -> None:
    negatives = gold()["negative_pairs"]
    assert negatives
    for pair in negatives:
        for ref, fragment in (pair["a"], pair["b"]):
            assert fragment in article_text(ref), f"{ref}: {fragment!r}"


# --- the bad fixtures --------------------------------------------------------------------------


def test_random_bytes_are_not_utf8() -> None:
    data = (BAD / "random.bin.txt").read_bytes()
    assert len(data) == 4096
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_empty_and_blank_files() -> None:
    assert (BAD / "empty.txt").read_bytes() == b""
    blank = (BAD / "blank.md").read_bytes()
    assert blank and not blank.strip()


def test_legacy_file_is_cp1252_not_utf8() -> None:
    data = (BAD / "legacy-cp1252.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    for char in "“”é–":
        assert char in text


def test_broken_jsonl_has_one_good_one_malformed_one_textless_record() -> None:
    lines = (BAD / "broken.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    good = json.loads(lines[0])
    assert good["text"].strip()
    with pytest.raises(json.JSONDecodeError):
        json.loads(lines[1])
    textless = json.loads(lines[2])
    assert "text" not in textless and textless["title"]


def test_unsupported_type_is_a_pdf() -> None:
    data = (BAD / "notes.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and len(data) < 200


def test_markup_injection_article_is_valid_utf8_with_hostile_strings() -> None:
    data = (BAD / "markup-injection.txt").read_bytes()
    text = data.decode("utf-8")
    assert b"\x1b[31mred\x1b[0m" in data
    assert "\x07" in text and "\t" in text and "\r" not in text
    for literal in ("[@click=app.quit]Click[/]", "[bold red]not bold[/bold red]"):
        assert literal in text
    lines = text.split("\n")
    assert lines[0].strip() and not lines[1].strip(), "a title line, then a blank line"
    assert lines[2].startswith("Surabaya, Warta Kota Digital - "), "a dateline, so it indexes as an article"
