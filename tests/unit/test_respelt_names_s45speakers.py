"""Session 45, speakers (made-up text): a one-word name in the old or new spelling of a full
name's given name (``Arief`` after ``Arif Santoso``, ``Djoko`` after ``Joko Pramono``) is that
person, not a stranger; a word another person's name holds as written stays with them."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_HEAD = "Pelabuhan digabung\n\nSukamaju - Direktur Utama Pelabuhan Sukamaju Arif Santoso mengatakan merger berjalan baik.\n"


def _said(body: str) -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"
    ]


def test_the_other_spelling_of_the_given_name_is_that_person() -> None:
    body = _HEAD + '"Semua terminal akan dikelola satu perusahaan," ujar Arief, Kamis (14/1).\n'
    assert _said(body) == ["Arif Santoso"]


def test_a_word_another_name_holds_as_written_stays_with_them() -> None:
    body = (
        _HEAD
        + "Komisaris Arief Wibowo juga hadir dalam acara itu.\n"
        + '"Semua terminal akan dikelola satu perusahaan," ujar Arief, Kamis (14/1).\n'
    )
    assert _said(body) == ["Arief Wibowo"]
