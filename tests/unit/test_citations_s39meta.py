"""Session 39: a short title cut inside a quotation its title holds closes the quotation, so a citation's own
marks still pair. Titles are made up."""

from __future__ import annotations

import pytest

from kutip.index.citations import CitationSource, cite
from kutip.index.citations.common import short_title


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Bupati Sukamaju: “Jembatan Selesai Bulan Depan”", "Bupati Sukamaju: “Jembatan Selesai”"),
        ('Bupati: "Kami Siap Bangun Jembatan"', 'Bupati: "Kami Siap Bangun"'),
        ("Bupati: ‘Kami Siap’ Bangun Jembatan", "Bupati: ‘Kami Siap’ Bangun"),
        # an apostrophe opens nothing
        ("Sukamaju’s new bridge opens next month", "Sukamaju’s new bridge opens"),
    ],
)
def test_short_title_closes_a_quotation_it_cuts(title: str, short: str) -> None:
    assert short_title(title, "id") == short


def test_chicago_short_note_pairs_its_marks() -> None:
    source = CitationSource(
        title="Bupati Sukamaju: “Jembatan Selesai Bulan Depan”",
        outlet="Kabar Sukamaju",
        date="2024-11-12",
        url="https://kabarsukamaju.example/jembatan",
        lang="id",
    )
    short_note = cite(source, "chicago").splitlines()[1]
    assert short_note == "Short note: “Bupati Sukamaju: ‘Jembatan Selesai’.”"
