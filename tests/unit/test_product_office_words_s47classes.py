"""Session 47, classes seen on unseen pages (made-up text): products, chemicals and intake limits
on English pages are nobody; an English office word glued before a name is no part of it."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _persons(body: str, lang: str) -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


def test_products_chemicals_and_limits_on_an_english_page_are_no_persons() -> None:
    body = (
        "JAKARTA - Inspectors withdrew Kenari Kids Fever Syrup and Sumber Flu Tablets after finding "
        "Ethylene Glycol above the Tolerable Daily Intake. They also found Rhodamine B in Bintang Soft "
        "Jelly Marshmallow sold near the Griya Asri Complex.\n\n"
        '"Stop selling them today," inspector Yohana Siregar said.\n'
    )
    assert _persons(body, "en") == ["Yohana Siregar"]


def test_an_english_office_word_before_the_name_is_cut() -> None:
    body = (
        "Ethics Board Chairperson Melati Kusnadi said the board would meet.\n\n"
        "YLK Coordinator Damar Pratama stressed that nobody was arrested.\n\n"
        '"We will keep watching," Melati said.\n'
    )
    assert _persons(body, "en") == ["Melati Kusnadi", "Damar Pratama"]
