"""Session 35: stamp lines that carry a credit run into the date or a labelled source (issue 10). The
lines are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dates import read_stamp, stamp_credit_lines
from tests.conftest import load_article


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, January 20th 2026 Reporter: Ana Lee Translator: Budi Santoso 120",
        "Selasa, 20 Januari 2026 Penulis: Ana Lee",
        "20 Januari 2026 Editor: Budi Santoso",
    ],
)
def test_a_labelled_credit_run_into_the_date_is_part_of_the_stamp(line: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == "2026-01-20"


def test_a_date_in_a_sentence_with_a_credit_label_is_no_stamp() -> None:
    assert (
        read_stamp("Warga berkumpul di balai desa pada 20 Januari 2026 untuk rapat, Reporter: Ana Lee")
        is None
    )


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("February 15, 2016, 01.08 PM | Source: The Contoh Post", "The Contoh Post"),
        ("15 Februari 2016 | Sumber: Kompas", "Kompas"),
        ("15 Februari 2016 | Kabar Contoh Online", "Kabar Contoh Online"),
    ],
)
def test_a_source_label_in_the_stamp_names_the_outlet_without_the_label(line: str, outlet: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and (stamp.iso, stamp.outlet) == ("2016-02-15", outlet)


_STORY = (
    "Residents of three villages cleaned the river banks ahead of the rainy season, the village head said "
    "on Tuesday (1/20).\n\n"
    '"We do not want last year\'s floods again," said Ana Lestari, who leads the neighbourhood group.\n\n'
    "The work went on from early morning until noon, with volunteers from the three hamlets.\n\n"
)


def test_the_stamp_with_its_reporter_dates_the_page(tmp_path: Path) -> None:
    page = (
        "Villagers Clean River Banks Before the Rains\n\n"
        "Tuesday, January 20th 2026 Reporter: Ana Lee Translator: Budi Santoso 120\n\n"
        f"{_STORY}"
    )
    assert load_article(tmp_path, page).date == "2026-01-20"


def test_the_credits_run_into_a_stamp_are_read_as_credits(tmp_path: Path) -> None:
    page = (
        "Villagers Clean River Banks Before the Rains\n\n"
        "Tuesday, January 20th 2026 Reporter: Ana Lestari Translator: Budi Santoso 120\n\n"
        f"{_STORY}"
    )
    article = load_article(tmp_path, page)
    assert article.author == "Ana Lestari"
    assert ("translator", "Budi Santoso") in [(c.role, c.name) for c in article.credits]


def test_a_line_that_is_no_stamp_gives_no_stamp_credits() -> None:
    assert stamp_credit_lines("Reporter: Ana Lestari Translator: Budi Santoso") == []
