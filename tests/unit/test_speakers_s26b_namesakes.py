"""A bare surname shared by several persons of one article (session 26): a 'Jr' is named by his
given name, and a surname already used for one namesake keeps naming that one (made-up text)."""

from __future__ import annotations

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.people.names import contains
from kutip.index.statements import extract_statements


def person(body: str, name: str, *written: str) -> Entity:
    """A recognised person; each written form is found after the previous one."""
    mentions = []
    at = 0
    for form in written or (name,):
        at = body.index(form, at)
        mentions.append(Mention(at, at + len(form), form))
        at += len(form)
    return Entity(name, EntityType.PERSON, mentions)


def speakers(body: str, entities: list[Entity], lang: str) -> list[str | None]:
    found: list[Statement] = extract_statements("t", body, lang, entities, outlet=None)
    return [s.speaker for s in found if s.kind == "direct"]


def test_bare_surname_is_not_the_junior_the_recogniser_merged_it_with() -> None:
    body = (
        "Mayor Hendra Wirawan met Lina Haris after the ceremony on the riverbank.\n"
        'Wirawan says: "The bridge opens in May."\n'
        "His sons Bima Wirawan and Hendra Wirawan Jr. both run the family firm.\n"
        '"We will pay for the lights," Wirawan said.'
    )
    entities = [
        person(body, "Hendra Wirawan Jr", "Hendra Wirawan", "Wirawan", "Hendra Wirawan Jr", "Wirawan"),
        person(body, "Bima Wirawan"),
        person(body, "Lina Haris"),
    ]
    assert speakers(body, entities, "en") == ["Hendra Wirawan", "Hendra Wirawan"]


def test_father_and_junior_only_the_bare_surname_is_the_father() -> None:
    body = (
        "Hendra Wirawan and his son Hendra Wirawan Jr. opened the new wing of the school.\n"
        '"Every child here gets a desk," Wirawan said.'
    )
    entities = [person(body, "Hendra Wirawan Jr", "Hendra Wirawan", "Hendra Wirawan Jr", "Wirawan")]
    assert speakers(body, entities, "en") == ["Hendra Wirawan"]


def test_surname_already_used_for_the_first_namesake_keeps_naming_him() -> None:
    body = (
        "Kepala desa Rudi Pranata membuka pasar baru di tepi sungai. Lalu Pranata menyapa para pedagang.\n"
        "Putranya, Dimas Pranata, mengelola lahan parkir di sebelahnya.\n"
        '"Kami buka setiap hari sejak subuh," kata Pranata.'
    )
    entities = [
        person(body, "Rudi Pranata", "Rudi Pranata", "Pranata"),
        person(body, "Dimas Pranata"),
    ]  # "Lalu Pranata menyapa": used, not a speech
    assert speakers(body, entities, "id") == ["Rudi Pranata"]


def test_surname_named_in_a_title_first_does_not_make_an_introduction() -> None:
    body = (
        "Dimas Pranata Diminta Bantu Pasar\n\n"
        "Kepala desa Rudi Pranata membuka pasar baru. Setelah itu Pranata berkeliling.\n"
        'Pranata menjawab: "Kami minta Dimas membantu."\n'
        "Dimas Pranata dan Rudi Pranata Jr. mengelola usaha keluarga."
    )
    entities = [
        person(body, "Rudi Pranata Jr", "Rudi Pranata", "Pranata", "Pranata", "Rudi Pranata Jr"),
        person(body, "Dimas Pranata", "Dimas Pranata", "Dimas", "Dimas Pranata"),
    ]
    assert speakers(body, entities, "id") == ["Rudi Pranata"]


def test_archive_keeps_a_junior_apart_from_the_name_without_suffix() -> None:
    assert not contains("hendra wirawan jr", "hendra wirawan")
    assert not contains("hendra badu wirawan sr", "hendra wirawan")
    assert contains("hendra badu wirawan jr", "hendra wirawan jr")
    assert contains("hendra badu wirawan", "hendra wirawan")
