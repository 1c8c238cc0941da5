"""Intransitive speech verbs with a short adjunct between the verb and the comma that opens the
quotation ("Fulan shared with the radio, "…""): the verb introduces it, its subject speaks
(index/data/speech_verbs.tsv, use intro; made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _quotes(body: str, lang: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(body[s.start : s.end], s.speaker) for s in found if s.kind == "direct"]


def test_shared_with_an_outlet_introduces_the_quotation() -> None:
    body = (
        "His aunt, Marlina Sutedja, shared with Radio Pelita, \u201cWe are so proud of him. "
        "He trained every morning.\u201d\n"
    )
    assert _quotes(body, "en") == [
        ("We are so proud of him. He trained every morning.", "Marlina Sutedja")
    ]


def test_shared_with_an_object_leaves_the_fragment_a_term() -> None:
    body = "Minister Darmo Kusnadi shared the \"harbour for all\" plan with the mayors.\n"
    assert _quotes(body, "en") == []
