"""English bodies: sentence openers, acronyms and institutional names are no persons.

Every sentence here is written for these tests; none comes from a real article.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def persons(body: str) -> list[str]:
    return [e.name for e in recognise(body, "en") if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ('Previously, the fishermen had asked for help. "We waited," Previously said nobody.', "Previously"),
        ("Meanwhile, Harbour Minister Dewi Lestari toured the docks on Monday.", "Meanwhile"),
        ("The teachers met on Friday. Furthermore, Arman Wibisono said the talks would go on.", "Furthermore"),
    ],
)
def test_sentence_openers_are_no_persons(body: str, wrong: str) -> None:
    found = persons(body)
    assert wrong not in found
    assert not any(name.split()[0] == wrong for name in found)


@pytest.mark.parametrize(
    "body",
    [
        "Delegates cited Maritime Salvage Law during the closing session, the chair said.",
        "The Coastal Rowing Confederation will host the regatta next year.",
        "A statement from the Palace said the visit would be short, the Palace said.",
        "Villagers gathered near the Old Harbour Church before noon.",
        "Buyers queued at the Orchard Store to pick up the new phones.",
        "Several South-east Asian ministers arrived late.",
    ],
)
def test_institutional_heads_end_no_person(body: str) -> None:
    assert persons(body) == []


def test_real_names_survive_the_english_rules() -> None:
    body = (
        "Previously, Fisheries Minister Arman Wibisono visited the harbour. "
        '"The nets are empty," Wibisono said. Maria Law, a trader, agreed.'
    )
    found = persons(body)
    assert "Arman Wibisono" in found
    assert "Previously" not in found
