"""A person's name as the prose writes it, not as a title line runs it into the next word
(made-up article)."""

from __future__ import annotations

from kutip.index.models import Article, Entity, EntityType, Mention
from kutip.index.people.evidence import article_evidence

BODY = (
    "Menteri Fulan Hidayat meninjau pasar di Sukamaju, Senin.\n"
    "Kunjungan Fulan Hidayat Molor, Pedagang Pasar Sukamaju Menunggu Tiga Jam\n"
    "Fulan Hidayat berjanji atap pasar diperbaiki tahun ini.\n"
)


def _entity(name: str, forms: list[str]) -> Entity:
    mentions, at = [], 0
    for form in forms:
        at = BODY.index(form, at)
        mentions.append(Mention(at, at + len(form), form))
        at += len(form)
    return Entity(name, EntityType.PERSON, mentions)


def _keys(entity: Entity) -> set[str]:
    names, _roles = article_evidence(Article("a", "a.txt", body=BODY, entities=[entity]))
    return {row.key for row in names} | {row.name_key for row in names}


def test_a_name_read_only_in_a_title_line_is_the_prose_form() -> None:
    entity = _entity("Fulan Hidayat Molor", ["Fulan Hidayat", "Fulan Hidayat Molor", "Fulan Hidayat"])
    assert _keys(entity) == {"fulan hidayat"}


def test_a_full_name_the_prose_writes_is_kept() -> None:
    body_entity = _entity("Fulan Hidayat", ["Fulan Hidayat", "Fulan Hidayat", "Fulan Hidayat"])
    assert _keys(body_entity) == {"fulan hidayat"}
    longer = Entity("Fulan Hidayat Putra", EntityType.PERSON, [*body_entity.mentions])
    assert "fulan hidayat putra" in _keys(longer)  # never written at all: the recogniser's name stands
