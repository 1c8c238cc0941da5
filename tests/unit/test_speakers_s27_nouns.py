"""Session 27, a noun glued before a name (made-up text): a ke-/pe-...-an noun of a dictionary
root (``Kepala Staf Kepresidenan Fulan``) or an -an noun the news writes in lower case
(``Kunjungan Fulan``) is no given name, so the speaker is the name after it."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.people import nominalised


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_field_of_an_office_before_a_one_word_name_is_not_the_name() -> None:
    body = (
        "Para menteri bertemu presiden di istana pada Senin siang.\n\n"
        "Sementara Kepala Staf Kepresidenan Sukardjo juga menutup mulutnya rapat-rapat.\n\n"
        "Padahal biasanya Sukardjo mau berbicara banyak kepada wartawan.\n\n"
        '"Sudah ah, tidak ada komentar, saya tidak jawab," kata dia.\n'
    )
    assert _direct(body) == ["Sukardjo"]


def test_nouns_of_a_root_are_nominalisations_and_names_are_not() -> None:
    assert nominalised("Kepresidenan") and nominalised("Kunjungan") and nominalised("Pertemuan")
    assert not any(nominalised(w) for w in ("Setiawan", "Kurniawan", "Hermawan", "Ridwan", "Panjaitan"))
