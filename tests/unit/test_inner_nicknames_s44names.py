"""A nickname in brackets inside a name ("Fulan (Ulan) Wibowo"): the speaker parser reads it as a
middle name; the archive knows the person by the name without it, and by the nickname's form too."""

from __future__ import annotations

from kutip.index.models import Article, Entity, EntityType, Mention, Statement
from kutip.index.people import PeopleIndex
from kutip.index.people.inner_nicknames import inner_nickname


def _article(aid: str, body: str, speaker: str) -> Article:
    first = speaker.split(maxsplit=1)[0]
    at = body.find(first)
    entities = [Entity(first, EntityType.PERSON, [Mention(at, at + len(first), first)])]
    statements = [Statement(f"{aid}:0", aid, "teks", "direct", 0, 4, speaker=speaker)]
    return Article(aid, f"{aid}.txt", body=body, entities=entities, statements=statements)


def test_the_bracketed_word_is_a_nickname_not_a_middle_name() -> None:
    body = '"Kami siap," kata juru bicara Kemlu Rendrawan (Rendy) Kusumajaya di Jakarta.'
    assert inner_nickname(body, "Rendrawan Rendy Kusumajaya") == ("Rendrawan Kusumajaya", "Rendy Kusumajaya")
    assert inner_nickname(body, "Rendrawan Kusumajaya") is None
    assert inner_nickname("Rapat Fraksi (PDIP) Jakarta", "Rapat PDIP Jakarta") is None


def test_the_archive_shows_one_person_for_the_written_and_the_nicknamed_forms() -> None:
    people = PeopleIndex.from_articles(
        [
            _article(
                "a1",
                '"Kami siap," kata juru bicara Rendrawan (Rendy) Kusumajaya.',
                "Rendrawan Rendy Kusumajaya",
            ),
            _article("a2", '"Sudah," kata juru bicara Rendrawan Kusumajaya.', "Rendrawan Kusumajaya"),
            _article("a3", '"Belum," kata juru bicara Rendrawan Kusumajaya lagi.', "Rendrawan Kusumajaya"),
            _article("a4", '"Nanti," kata juru bicara Rendy Kusumajaya.', "Rendy Kusumajaya"),
        ]
    )
    names = ("Rendrawan Rendy Kusumajaya", "Rendy Kusumajaya", "Rendrawan Kusumajaya")
    assert {people.canonical(n) for n in names} == {"Rendrawan Kusumajaya"}
