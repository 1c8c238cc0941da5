"""The real seed scrapes against their hand annotation (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kutip.index.ingest import load_file
from kutip.index.models import Article, Credit

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.json"

pytestmark = pytest.mark.skipif(not GOLD.is_file() or not SEEDS.is_dir(), reason="../shared is not available")

# Furniture that must never remain in a body (general patterns, applied to every seed).
FURNITURE_MARKERS = [
    "Baca Juga:",
    "Baca juga:",
    "Leave a Reply",
    "Your email address will not be published",
    "Required fields are marked",
    "Saksikan video",
    "Video:",
    "Next Article",
    "Berita Terkini Lainnya",
    "Topik:",
    "Verified Writer",
    "adalah media yang menyediakan",
    "ADVERTISEMENT",
    "Scroll to continue",
    "(FILES)",
    "(Photo by",
    "Foto:",
    "(sef/sef)",
]


def gold() -> dict[str, dict[str, Any]]:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in data["articles"]}


def seed(name: str) -> Article:
    result = load_file(SEEDS / name)
    assert len(result.articles) == 1
    return result.articles[0]


def seed_names() -> list[str]:
    return sorted(gold()) if GOLD.is_file() else []


@pytest.mark.parametrize("name", seed_names())
def test_seed_metadata_matches_gold(name: str) -> None:
    expected = gold()[name]
    article = seed(name)
    assert article.title == (expected["title"] or "")
    assert article.outlet == (expected["outlet"] or "")
    assert article.date == (expected["date"] or "")
    assert article.lang == expected["lang"]
    if expected.get("dateline"):
        assert expected["dateline"] in article.dateline


@pytest.mark.parametrize("name", seed_names())
def test_seed_body_is_clean(name: str) -> None:
    article = seed(name)
    for marker in FURNITURE_MARKERS:
        assert marker.casefold() not in article.body.casefold(), marker
    for line in article.body.split("\n"):
        assert line == line.rstrip()
    assert "\n\n\n" not in article.body
    assert article.title not in article.body if article.title else True
    for paragraph in article.body.split("\n\n"):
        assert paragraph.strip() not in {"*", "null"}


@pytest.mark.parametrize("name", seed_names())
def test_seed_credits_are_gold_persons(name: str) -> None:
    expected = gold()[name]
    article = seed(name)
    for credit in article.credits:
        assert credit.name in expected["persons"], credit
    if expected.get("author"):
        assert article.author == expected["author"]


def test_idn_times_writer_and_editor_credits() -> None:
    credits = {name: seed(name).credits for name in seed_names()}
    flat = [c for cs in credits.values() for c in cs]
    assert Credit("writer", "Fatimah") in flat
    assert Credit("editor", "Vanny El Rahman") in flat
    assert Credit("photo", "Alexander Zemlianichenko") in flat


def test_seed_ids_are_stable_and_distinct() -> None:
    ids = [seed(name).id for name in seed_names()]
    assert ids == [seed(name).id for name in seed_names()]
    assert len(set(ids)) == len(ids)
