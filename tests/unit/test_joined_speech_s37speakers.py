"""Session 37, speakers (made-up names and text): a person the narration makes its subject, whose
second verb joined by "but" or "and" is a speech verb, goes on speaking through ``he added``."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


_LEAD = (
    "Minister Fulan Hidayat opened the new harbour on Monday. He said more ships would come.\n\n"
)


def test_a_joined_speech_verb_puts_the_subject_forward() -> None:
    body = (
        _LEAD + "The port's director, Badu Santoso, did not comment on the cost, but said "
        "the second pier would open in the spring.\n\n"
        "\u201cThe fishermen will have room to unload at last,\u201d he added.\n"
    )
    assert _speakers(body) == ["Badu Santoso"]


def test_a_subject_that_only_acts_leaves_the_speaker() -> None:
    body = (
        _LEAD + "The port's director, Badu Santoso, did not comment on the cost and walked "
        "back to his car.\n\n"
        "\u201cThe fishermen will have room to unload at last,\u201d he added.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_indonesian_joined_speech_verb() -> None:
    body = (
        "Menteri Fulan Hidayat mengumumkan pabrik baru itu. Ia mengatakan akan berkunjung.\n\n"
        "Kepala wilayah perusahaan itu, Badu Santoso, tidak menanggapi angka tersebut, namun "
        "mengatakan pembangunan dimulai tahun ini.\n\n"
        "\u201cKami ingin tumbuh bersama warga sekitar,\u201d tambahnya.\n"
    )
    assert _speakers(body, "id") == ["Badu Santoso"]
