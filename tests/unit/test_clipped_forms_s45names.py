"""Session 45, one mechanism for clipped short forms in brackets (made-up text): the office's or the
body's words written short are no one's name, whichever side of the bracket the short form stands."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.clipped_forms import clipped_short_form
from kutip.index.language import tokenize
from kutip.index.models import EntityType


def _at(body: str, word: str) -> bool:
    tokens = tokenize(body)
    start = body.index(word)
    return clipped_short_form(tokens, next(k for k, t in enumerate(tokens) if t.start == start))


def test_a_word_after_a_titles_short_form_clipped_from_the_office_is_a_short_form() -> None:
    assert _at("Kepala Biro Sarana Pertanian (Karo Sarpertan) Fulan Hidayat hadir.", "Sarpertan")


def test_a_word_before_brackets_spelling_it_out_is_a_short_form() -> None:
    assert _at("Laporan Pusdatin (Pusat Data dan Informasi) terbit.", "Pusdatin")


def test_a_holders_name_after_a_titles_short_form_is_no_short_form() -> None:
    assert not _at("Ia bertemu Wakil Presiden (Wapres Sutrisno) kemarin.", "Sutrisno")
    assert not _at("Sekretaris Daerah (Sekda) Darsono membuka rapat.", "Darsono")


def test_the_short_form_is_no_person_and_the_holder_stays() -> None:
    body = "Kepala Biro Sarana Pertanian (Karo Sarpertan) Fulan Hidayat hadir. Sarpertan menolak."
    persons = [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert persons == ["Fulan Hidayat"]
