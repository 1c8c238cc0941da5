"""Session 41, speakers (made-up text): a title word closing a name the body writes bare
(``Fulan Badu Hakim menyatakan``) is the name's last word, so the speaker keeps it even where
the recogniser cut it off as an office."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.written import extended


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"]


def test_a_trailing_title_word_written_bare_extends_the_name() -> None:
    fulls = [("Rusdianto", "Wibowo", "Hakim")]
    assert extended("Rusdianto Wibowo", fulls, set(fulls)) == "Rusdianto Wibowo Hakim"


def test_a_title_word_before_the_name_still_does_not() -> None:
    fulls = [("Hakim", "Rusdianto", "Wibowo")]
    assert extended("Rusdianto Wibowo", fulls, set(fulls)) == "Rusdianto Wibowo"


def test_speaker_keeps_the_surname_that_is_also_a_title() -> None:
    body = (
        "Kepala Bagian Humas Badan Contoh, Rusdianto Wibowo Hakim menyatakan, data penerima "
        "beasiswa dipantau setiap bulan.\n\n"
        "\u201cKami bisa tahu siapa yang belum pulang ke tanah air,\u201d ucap dia.\n"
    )
    assert _speakers(body) == ["Rusdianto Wibowo Hakim"]
