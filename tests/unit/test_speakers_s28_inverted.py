"""A speech verb the lists lack, read by its place after a quotation (session 28, made-up text):
``"…," seloroh Fulan`` names Fulan whatever the verb; a function word there, a name the recogniser
does not know as a person, or a quotation that does not close with a comma names no one."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[tuple[str | None, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.speaker, s.speaker_as_written) for s in found if s.kind == "direct"]


def test_an_unlisted_verb_before_a_name_after_a_quotation_is_its_cue() -> None:
    body = (
        '"Kami sudah lama menunggu piala ini di lemari kami," ujar Badu Santoso.\n\n'
        '"Sama, piala itu juga belum pernah kami bawa pulang," seloroh Fulan Hidayat yang disambut '
        "tawa para hadirin.\n"
    )
    assert _direct(body) == [
        ("Badu Santoso", "ujar Badu Santoso"),
        ("Fulan Hidayat", "seloroh Fulan Hidayat"),
    ]


def test_a_curt_reply_names_its_speaker_not_the_running_one() -> None:
    body = (
        '"Kami belum bisa bicara soal itu sekarang," kata Badu Santoso.\n\n'
        '"Tidak ada komentar, tidak ada komentar," singkat Fulan Hidayat sambil berlalu.\n'
    )
    assert _direct(body)[-1] == ("Fulan Hidayat", "singkat Fulan Hidayat")


def test_a_function_word_after_a_quotation_is_no_cue() -> None:
    body = (
        '"Kami belum bisa bicara soal itu sekarang," kata Badu Santoso.\n\n'
        '"Semua sudah kami siapkan untuk besok pagi," bersama Fulan Hidayat ia lalu pergi.\n'
    )
    assert ("Fulan Hidayat", "bersama Fulan Hidayat") not in _direct(body)
