"""A person's name is the form the prose writes, not a lead-in set in capitals.

Every sentence is written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "JAKARTA - WAHYU Santoso mengatakan harga beras naik. Menurut Wahyu Santoso, pasokan berkurang.",
            "Wahyu Santoso",
        ),
        (
            "FULAN Hidayat, Ketua RT 05, menyebut banjir datang malam. Kata Fulan Hidayat, warga mengungsi.",
            "Fulan Hidayat",
        ),
    ],
)
def test_prose_form_names_the_person(body: str, name: str) -> None:
    persons = [e for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert [e.name for e in persons] == [name]
    assert any(m.text.split()[0].isupper() for m in persons[0].mentions)  # the lead-in is still a mention
