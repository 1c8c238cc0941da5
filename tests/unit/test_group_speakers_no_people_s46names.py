"""A group speaker shown as the page's noun phrase ("warga") names nobody: it never enters the
people layer's name table (session 46, names). Made-up article."""

from __future__ import annotations

from kutip.index.models import Article, Entity, EntityType, Mention, Statement
from kutip.index.people.evidence import article_evidence, unnamed_group

BODY = (
    "Fulan Hidayat meninjau pasar. Harga naik, kata warga. Aturan itu baru, kata pejabat Kementerian Contoh."
)


def _statement(n: int, speaker: str) -> Statement:
    return Statement(f"a:{n}", "a", "Harga naik", "indirect", 0, 10, speaker=speaker)


def test_group_speakers_are_no_names() -> None:
    person = Entity("Fulan Hidayat", EntityType.PERSON, [Mention(0, 13, "Fulan Hidayat")])
    statements = [
        _statement(1, "warga"),
        _statement(2, "pejabat Kementerian Contoh"),
        _statement(3, "Fulan Hidayat"),
    ]
    article = Article("a", "a.txt", body=BODY, entities=[person], statements=statements)
    names, _roles = article_evidence(article)
    assert {row.name_key for row in names} == {"fulan hidayat"}


def test_a_name_with_a_lower_case_particle_is_no_group() -> None:
    assert unnamed_group("warga")
    assert not unnamed_group("van Basten")
    assert not unnamed_group("Fulan Hidayat")
