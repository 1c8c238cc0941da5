"""Session 46, speakers (made-up names and text): a person introduced with three name words and
quoted later by the middle one keeps every word as the speaker. The front word is one of the
world's common given names (``language/english_given_names.txt``, Indonesia's among them), so it
is the person's own first name, not an office or a body glued on, though the training news may
not hold it; an unknown place glued before it still comes off."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import name_after_unused_front
from kutip.index.statements.names import NameBook

TITLED = (
    "Bupati Sukamaju Rahmat Hasan Wiratama meresmikan pasar baru di Desa Contoh pada Senin.\n\n"
    '"Pasar ini kami bangun untuk pedagang kecil," kata Hasan.\n'
)
CUED = (
    "Menurut Rahmat Hasan Wiratama, pasar baru itu siap dibuka pekan depan.\n\n"
    '"Kami mulai berjualan bulan depan," ujar Hasan.\n'
)


def _direct(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_common_given_name_before_the_word_used_stays() -> None:
    words = ["Rahmat", "Hasan", "Wiratama"]
    assert name_after_unused_front(TITLED, words) == words


def test_an_unknown_place_before_the_given_name_comes_off() -> None:
    words = ["Sukamaju", "Rahmat", "Hasan", "Wiratama"]
    assert name_after_unused_front(TITLED, words) == words[1:]


def test_the_tail_of_the_full_name_is_that_person() -> None:
    book = NameBook(TITLED, recognise(TITLED, "id"), "id")
    assert book.canonical(["Hasan", "Wiratama"]) == "Rahmat Hasan Wiratama"
    assert book.canonical(["Hasan"]) == "Rahmat Hasan Wiratama"


def test_the_speaker_is_the_full_name_after_an_office_or_a_cue() -> None:
    assert _direct(TITLED) == ["Rahmat Hasan Wiratama"]
    assert _direct(CUED) == ["Rahmat Hasan Wiratama"]


def test_an_office_word_before_the_word_used_still_comes_off() -> None:
    body = 'Koordinator Relawan Sulfan Badu Ahmad hadir. "Kami siap," kata Badu.'
    assert name_after_unused_front(body, ["Relawan", "Sulfan", "Badu", "Ahmad"]) == ["Badu", "Ahmad"]
