"""A news outlet's one-word name that is also a surname ("Antara") ends a run of name words as the
surname ("kata juru bicara Fulan Antara"), while the outlet cited on its own stays the outlet.
Invented sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


def _organisations(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.ORGANIZATION]


def test_an_outlet_word_after_a_given_name_is_the_surname() -> None:
    body = '"Kapal itu sudah keluar," kata juru bicara Yosafat Antara, Selasa.'
    assert _persons(body) == ["Yosafat Antara"]
    assert "Antara" not in _organisations(body)


def test_after_a_rank_in_english_too() -> None:
    body = "The agency's spokesperson, Captain Yosafat Antara, said the ship left on Friday."
    assert _persons(body, "en") == ["Yosafat Antara"]


def test_the_outlet_cited_after_the_speaker_stays_the_outlet() -> None:
    body = "Kapal itu keluar kemarin, kata Yosafat seperti dikutip Antara."
    assert "Antara" in _organisations(body)
    assert "Yosafat Antara" not in _persons(body)
