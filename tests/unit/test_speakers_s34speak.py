"""Speaker classes counted on the session-34 read sets (made-up text here)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_preposition_opening_a_paragraph_is_no_word_of_the_name() -> None:
    # "Kepada Fulan, Bupati X menyampaikan …": the run "Kepada Fulan" is the preposition and the
    # listener, so a later "kata Fulan" names Fulan, not a fuller "Kepada Fulan"
    body = (
        "Kepala Badan Penanggulangan Bencana Letjen TNI Sutarmanto meninjau desa yang terdampak banjir.\n\n"
        "Kepada Sutarmanto, Bupati Sukamaju Rina Marlina menyampaikan sebanyak 300 rumah rusak.\n\n"
        '"Mohon segera didata ulang agar warga cepat kita bantu," kata Sutarmanto.\n'
    )
    assert _speakers(body) == ["Sutarmanto"]

