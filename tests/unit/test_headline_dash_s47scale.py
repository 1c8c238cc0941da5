"""The standfirst printed again after the dateline's dash, found without a pattern per page."""

from __future__ import annotations

import re

import pytest

from kutip.index.ingest.headline_dek import _after_dash

_CASES = [
    ("Warga Sukamaju menanam padi.", "KOTA, Contoh – Warga Sukamaju menanam padi. Lalu ..."),
    ("Warga Sukamaju menanam padi.", "KOTA —\u00a0 Warga Sukamaju menanam padi."),
    ("Warga Sukamaju menanam padi.", "KOTA-Warga Sukamaju menanam padi."),
    ("Warga Sukamaju menanam padi.", "Warga Sukamaju menanam padi. KOTA – Warga Sukamaju menanam padi."),
    ("Warga Sukamaju menanam padi.", "KOTA, Contoh: Warga Sukamaju menanam padi."),
    ("Warga Sukamaju menanam padi.", "Warga Sukamaju menanam padi."),
    ("Harga (cabai) naik 5%?", "BADU – Harga (cabai) naik 5%? kata dia"),
    ("Harga (cabai) naik 5%?", "BADU – Harga cabai naik"),
]


@pytest.mark.parametrize(("text", "rest"), _CASES)
def test_after_dash_answers_as_the_pattern_did(text: str, rest: str) -> None:
    assert _after_dash(text, rest) == (re.search(rf"[-–—]\s*{re.escape(text)}", rest) is not None)
