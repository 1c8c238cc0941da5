"""Session 28 (b), a word the recogniser cut from the front of a name (made-up text): the statements
layer's own name forms do not put the club or town back on the speaker."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import name_after_unused_front


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang))]


_BODY = (
    '"Selamat untuk lawan kami, mereka layak menang," kata pelatih Persikota Badu Santoso usai laga '
    "di Stadion Sukamaju, Jumat.\n\n"
    "Badu mengakui timnya tidak bermain maksimal. Persikota kalah 0-2 di laga kedua.\n\n"
    "Sementara itu, Gelandang Persikota Fulan Jaya mengaku timnya sudah berusaha keras.\n\n"
    '"Kita sudah berjuang maksimal, tapi kita fokus ke musim depan," timpal Fulan.\n'
)


def test_a_club_the_recogniser_cut_is_not_put_back_on_the_speaker() -> None:
    speakers = _speakers(_BODY)
    assert "Fulan Jaya" in speakers
    assert not any(s and "Persikota" in s for s in speakers)


def test_the_name_book_drops_the_cut_front_word_after_a_role() -> None:
    recognise(_BODY, "id")
    assert name_after_unused_front(_BODY, ["Persikota", "Fulan", "Jaya"]) == ["Fulan", "Jaya"]
    # a body the recogniser cut nothing from keeps the words (the guard on other articles)
    other = "Rapat itu dihadiri Persikota Fulan Jaya dan para pengurus.\n"
    recognise(other, "id")
    assert name_after_unused_front(other, ["Persikota", "Fulan", "Jaya"]) == ["Persikota", "Fulan", "Jaya"]
