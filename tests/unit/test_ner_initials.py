"""Initials standing for a withheld name are no entity (invented sentences)."""

from __future__ import annotations

from kutip.index.entities import recognise


def _names(body: str, lang: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in recognise(body, lang=lang)}


def test_initials_after_berinisial_are_not_a_country() -> None:
    found = _names(
        "Polisi menangkap tersangka berinisial AS (21) di Aceh. Presiden AS Joe Biden berkunjung ke Jakarta.",
        "id",
    )
    assert found["Amerika Serikat"] == ["AS"]  # only the country named after its president's title
    assert "Joe Biden" in found


def test_dotted_initials_and_english_initials_are_dropped() -> None:
    assert _names("Seorang pria berinisial R.K. ditahan di Malang.", "id").keys() <= {"Malang"}
    assert _names("Police arrested a suspect with the initials RK in Malang, police said.", "en").keys() <= {"Malang"}
