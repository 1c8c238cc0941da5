"""Session 37: a short title (Chicago short notes, APA and MLA in-text citations) cut at four words ends on a
key word, never on an article, preposition or conjunction. Titles are made up."""

from __future__ import annotations

import pytest

from kutip.index.citations import CitationSource, cite
from kutip.index.citations.common import short_title


@pytest.mark.parametrize(
    ("title", "lang", "short"),
    [
        ("Sukamaju's ferry service in trouble as old boats wear out", "en", "Sukamaju's ferry service"),
        ("Weekly Letter from the Mayor to Fishermen", "en", "Weekly Letter"),
        ("Sukamaju Mayor Hopes the Bridge Opens Soon", "en", "Sukamaju Mayor Hopes"),
        ("Kantor Pajak Sukamaju di Pusat Kota Dipindah", "id", "Kantor Pajak Sukamaju"),
        ("Menlu Bahas Kerja Sama Pangan", "id", "Menlu Bahas Kerja Sama"),  # "sama" is no linking word
        ("Warga Desa Sukamaju dan Petani Gelar Panen", "id", "Warga Desa Sukamaju"),
        # a title of four words or fewer is given whole, whatever it ends on
        ("Bridge Repairs Begin In", "en", "Bridge Repairs Begin In"),
    ],
)
def test_short_title_ends_on_a_key_word(title: str, lang: str, short: str) -> None:
    assert short_title(title, lang) == short


def test_chicago_short_note_ends_on_a_key_word() -> None:
    source = CitationSource(
        title="Farmers Bring Rice to the Market by Boat",
        outlet="Kabar Sukamaju",
        date="2024-11-12",
        authors=("Sari Handayani",),
        url="https://kabarsukamaju.example/jembatan",
        lang="en",
    )
    notes = cite(source, "chicago").splitlines()
    assert notes[1] == "Short note: Handayani, “Farmers Bring Rice.”"
