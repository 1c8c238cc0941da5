"""Session 27, a sentence adverb glued before a one-word name (made-up text): a dictionary root
with -nya opening a sentence (``Sayangnya Fulan ...``, ``Rupanya Badu ...``) is no given name, so
the speaker the article names later (``kata Fulan``) is Fulan, not 'Sayangnya Fulan'."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.people import nominalised


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_sentence_adverb_before_a_one_word_name_is_not_the_name() -> None:
    body = (
        "Warga Desa Sukamaju mengeluhkan jalan yang rusak sejak tahun lalu.\n\n"
        "Sayangnya Sutarjo belum melihat perbaikan sejak ia pindah ke desa itu.\n\n"
        '"Kami sudah melapor berkali-kali tetapi belum ada tanggapan," kata Sutarjo.\n\n'
        "Rupanya Wagimin juga merasakan hal yang sama di jalan itu.\n\n"
        '"Motor saya sering mogok di tikungan ini," ujar Wagimin.\n'
    )
    assert _direct(body) == ["Sutarjo", "Wagimin"]


def test_adverbs_of_a_root_with_nya_are_no_names_and_short_names_stay() -> None:
    assert nominalised("Sayangnya") and nominalised("Rupanya") and nominalised("Untungnya")
    assert not any(nominalised(w) for w in ("Tanya", "Sonya", "Vanya", "Sutarjo"))
