"""Session 38, speakers (made-up names and text): the narrative subject a later pronoun cue
points at. An office whose name joins two fields with ``and`` runs on to its holder, even where
its first word reads as no name; capitals that stop at a preposition whose object goes on in
lower case are a description, not a subject followed by its predicate."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str) -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_an_office_joined_by_and_runs_on_to_its_holder() -> None:
    body = (
        "Deputy Governor Marcus Hollingworth said the flooded bridge would reopen next week.\n\n"
        "\u201cWe are working day and night on the repairs,\u201d he told reporters in Eastvale.\n\n"
        "Water and Forestry Minister Thomas Whitfield has already written to the county, "
        "stressing that the money was there.\n\n"
        "\u201cThe funds for the bridge have been set aside since May,\u201d he had posted online.\n"
    )
    assert _speakers(body, "en") == ["Marcus Hollingworth", "Thomas Whitfield"]


def test_capitals_stopping_at_a_preposition_are_no_new_subject() -> None:
    body = (
        "Wali Kota Sukamaju, Fulan Hidayat akhirnya naik bus kota ke kantornya pada Rabu.\n\n"
        "\u201cRasanya menyenangkan sekali,\u201d kata Fulan kepada wartawan.\n\n"
        "Mantan Menteri Negara (Menneg) di zaman Presiden Badu itu terlihat mengobrol dengan "
        "penumpang. Ia mengaku banyak mendengar keluhan warga.\n\n"
        "\u201cTadi saya tanya, katanya bus sudah jauh lebih tepat waktu,\u201d katanya.\n"
    )
    assert _speakers(body, "id") == ["Fulan Hidayat", "Fulan Hidayat"]
