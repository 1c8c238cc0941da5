"""A person named right after a long body whose words the dictionary does not know.

"Kepala Pusat <technical words> <Name>": the rules cannot tell where the body ends, the
tagger can. Every sentence is written for these tests; names of people are invented.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str) -> set[str]:
    return {e.name for e in recognise(body, "id") if e.type is PERSON}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Kepala Pusat Vulkanologi Mitigasi Bencana Geologi Sutarjo mengatakan gunung itu aman.",
            "Sutarjo",
        ),
        (
            "Hadir pula Kepala BMKG Fulan Hidayat, Kepala Pusat Gempabumi dan Tsunami BMKG Rahmat Wiratno "
            "dalam jumpa pers di Jakarta.",
            "Rahmat Wiratno",
        ),
    ],
)
def test_person_after_a_long_body(body: str, person: str) -> None:
    assert person in persons(body)


@pytest.mark.parametrize(
    "body",
    [
        "Kepala Pusat Studi Lingkungan Hidup Universitas Gadjah Mada mengatakan hal itu.",
        "Kepala Pusat Penelitian Kelautan Nasional menyampaikan laporan tahunan.",
    ],
)
def test_a_body_alone_gives_no_person(body: str) -> None:
    assert persons(body) == set()
