"""Words that end a speaker's phrase in lower case but are given names when capitalised at its
start: ``kata Hari`` is Hari speaking, not a cue with no one after it (the quotation then went
to the running speaker); ``hari ini`` after a name still ends it."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


_BODY = (
    "Harga Cabai Naik\n\n"
    "SUKAMAJU, contoh.com - Harga cabai di pasar induk naik dua kali lipat menjelang Lebaran.\n\n"
    "Pedagang cabai, M. Hari, mengatakan pasokan dari petani berkurang sejak pekan lalu.\n\n"
    "Kepala Dinas Perdagangan Sukamaju, Fulan Hidayat, mengatakan pihaknya akan menggelar operasi pasar.\n\n"
    '"Kami sudah siapkan dua ton cabai untuk operasi pasar," kata Fulan.\n\n'
)


def test_a_given_name_that_is_a_stop_word_speaks() -> None:
    body = _BODY + '"Biasanya saya dapat lima karung sehari, sekarang dua," kata Hari, Senin (3/4/2023).\n'
    assert _speakers(body) == ["Fulan Hidayat", "M Hari"]


def test_a_given_name_opening_an_according_phrase() -> None:
    body = _BODY + "Menurut Hari, pedagang lain juga mengeluhkan hal yang sama.\n"
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found][-1] == "M Hari"


def test_the_day_after_a_name_still_ends_the_phrase() -> None:
    body = _BODY + '"Stok kami cukup sampai akhir bulan," kata Fulan hari ini.\n'
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]
