"""Who takes the floor in a narrative sentence by its speech verb (session 28, made-up text): the
person written right before the sentence's first speech verb, at the start of its main clause,
spoke, so a pronoun cue of the next quotation is theirs; a name in a fronted clause, and one in a
subordinate clause, is not who spoke."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.names import NameBook
from kutip.index.statements.speaking_subject import speaking_subject


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_speaker_after_a_fronted_clause_naming_others_takes_the_floor() -> None:
    body = (
        "Menanggapi kabar bahwa Gubernur Badu Santoso memanggil Rina Wati pada malam itu, Juru Bicara "
        "Pemprov Fulan Hidayat membantahnya. "
        '"Tadi malam Pak Gubernur ada acara lain dengan para bupati," jelas dia.'
    )
    assert _direct(body) == ["Fulan Hidayat"]


def test_a_speaker_whose_apposition_holds_commas_takes_the_floor() -> None:
    body = (
        "Fulan Hidayat, Kepala Bidang Humas, Protokol, dan Media Pemkot Sukamaju, menyampaikan kepada "
        "wartawan bahwa acara akan digelar pekan depan. "
        'Ia menyatakan, "Wali Kota Badu Santoso dan para camat akan hadir di sana."'
    )
    assert _direct(body) == ["Fulan Hidayat"]


def test_a_speech_verb_of_a_subordinate_clause_names_no_speaker() -> None:
    body = "Pagi itu, Rina Wati datang terlambat karena Fulan Hidayat menyampaikan kabar duka."
    book = NameBook(body, recognise(body, "id"), "id")
    assert speaking_subject(book, 0, len(body)) is None


def test_a_speaker_written_right_before_the_verb_is_read() -> None:
    body = "Sementara itu, Ketua Panitia Fulan Hidayat menegaskan bahwa acara tetap digelar."
    book = NameBook(body, recognise(body, "id"), "id")
    ref = speaking_subject(book, 0, len(body))
    assert ref is not None and ref.name == "Fulan Hidayat"
