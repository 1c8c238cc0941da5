"""A one-word name joined by "dan" / "and" to a person's name is a person (issue 9, names session 40).
Made-up sentences and names."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _names(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


def test_a_one_word_name_after_a_person_and_dan_is_a_person() -> None:
    body = "Polisi menangkap dua orang, yakni Budi Hartono dan Sukarjo, di rumahnya pada Senin."
    assert _names(body) == ["Budi Hartono", "Sukarjo"]


def test_an_english_one_word_name_after_a_person_and_and_is_a_person() -> None:
    body = "The bronze medals came from Siti Rahayu and Marwati, both lifters from the same club."
    assert _names(body, "en") == ["Siti Rahayu", "Marwati"]


def test_places_everyday_words_and_longer_names_are_not_taken() -> None:
    body = (
        "Warga melapor kepada Budi Hartono dan Jakarta menanggapinya. Surat dikirim Budi Hartono dan "
        "Pemerintah belum menjawab. Rapat dihadiri Budi Hartono dan Wulan Sari Dewi pada Senin."
    )
    names = _names(body)
    assert "Jakarta" not in names and "Pemerintah" not in names
    assert "Wulan" not in names
