"""Session 35, speakers (made-up names and text): a person's description that matches no one's
role, after a body spoke, is the latest person, as a personal pronoun there already was."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_description_after_a_body_spoke_is_the_latest_person() -> None:
    # the description matches no one's role; the last to speak was a foundation, and a person's
    # description never means a body
    body = (
        "Defense Minister Budi Santoso met lawmakers in Jakarta on Monday to discuss the navy.\n\n"
        "Budi and several officials of the Greenfield Foundation held a meeting with the House. "
        "The Greenfield Foundation said the talks went well.\n\n"
        "\u201cWe want a strong navy, not a war,\u201d said the veteran party patron.\n"
    )
    assert _speakers(body, "en") == ["Budi Santoso"]


def test_a_description_after_a_person_spoke_is_still_that_person() -> None:
    body = (
        "Anggota DPR Rina Marlina meminta pemerintah menambah anggaran pendidikan, Senin.\n\n"
        '"Anggaran ini harus naik tahun depan," kata politikus itu.\n'
    )
    assert _speakers(body) == ["Rina Marlina"]
