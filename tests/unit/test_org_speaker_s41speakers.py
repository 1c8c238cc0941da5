"""Session 41, speakers (made-up text): a body that speaks under the short form the article
defined for it is shown by its full name, as the entities list shows it."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements import extract_statements
from kutip.index.statements.org_names import full_org_name


def _org(name: str, *aliases: str) -> Entity:
    return Entity(name, EntityType.ORGANIZATION, [Mention(0, len(name), name)], list(aliases))


def test_short_form_gives_the_full_name() -> None:
    orgs = [_org("Universitas Contoh Raya", "UCR")]
    assert full_org_name(orgs, "UCR") == "Universitas Contoh Raya"


def test_other_names_stay_as_they_are() -> None:
    orgs = [_org("Universitas Contoh Raya", "UCR"), _org("Kemenhub")]
    assert full_org_name(orgs, "Kemenhub") == "Kemenhub"
    assert full_org_name(orgs, "Darmawan Sulistyo") == "Darmawan Sulistyo"
    assert full_org_name(orgs, None) is None


def test_a_university_speaking_under_its_acronym() -> None:
    body = (
        "Universitas Contoh Raya (UCR) menunda wisuda doktor tahun ini.\n\n"
        "UCR akan memeriksa seluruh program doktor.\n\n"
        "\u201cKami memohon maaf atas kekeliruan ini,\u201d kata UCR dalam siaran pers, Kamis.\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Universitas Contoh Raya"]
