"""A one-word "person" the article writes right before a place that closes the run ("Persisuka Bandung
bakal ...") is a club, a district or a branch of that place. Made-up passages and names."""

from __future__ import annotations

from kutip.index.entities.before_places import drop_names_before_places
from kutip.index.models import Entity, EntityType, Mention


def _person(body: str, name: str) -> Entity:
    at = body.index(name)
    return Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)])


CLUB = """Persisuka Menang 3-1, Pelatih Semringah
Persisuka Bandung bakal menjamu tim tamu pekan depan di Stadion Benteng.
"""


def test_a_word_before_a_closing_place_is_no_person() -> None:
    assert drop_names_before_places([_person(CLUB, "Persisuka")], CLUB) == []


DISTRICT = "Banjir merendam kawasan Wonocala Surabaya, Minggu. Wonocala memang langganan banjir."


def test_a_district_before_its_city_is_no_person() -> None:
    assert drop_names_before_places([_person(DISTRICT, "Wonocala")], DISTRICT) == []


LONGER = "Kapolda Irjen Pol Tedo Minahasa Putra hadir. Tedo menyaksikan laga itu dari tribun."


def test_a_place_word_inside_a_longer_name_is_no_evidence() -> None:
    # "Minahasa" is a place, but the run goes on: it is a word of the name
    kept = drop_names_before_places([_person(LONGER, "Tedo")], LONGER)
    assert [e.name for e in kept] == ["Tedo"]


def test_a_person_written_before_no_place_stays() -> None:
    body = "Fulano Hidayat tiba di Bandung, Senin. Fulano langsung menuju lokasi banjir."
    assert [e.name for e in drop_names_before_places([_person(body, "Fulano")], body)] == ["Fulano"]


TITLED = "Kasus Irjen Pol Tedo Minahasa diusut. Kapolri menyebut Tedo akan diperiksa pekan depan."


def test_a_titled_run_ending_in_a_place_is_a_name() -> None:
    kept = drop_names_before_places([_person(TITLED, "Tedo")], TITLED)
    assert [e.name for e in kept] == ["Tedo"]
