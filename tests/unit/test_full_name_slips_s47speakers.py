"""Session 47, speakers (made-up text): a full name the page writes once with one word a letter off
the full name it writes at least twice is a slip of that name; the speaker is shown by the name as
the page otherwise writes it (the reader, and the shared gold, write the name right). Two names
each written twice are two people; a slip one letter off two names means neither."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.misspelt import slipped_full_names


def _direct(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_full_name_slipped_once_is_shown_as_the_page_writes_it() -> None:
    body = (
        "Darsono Wibawa Batal Mundur dari Kepala Kantor Pelabuhan\n"
        "SEMARANG - Darsono Wibawa tetap memimpin kantor pelabuhan. Bahkan, Darsono Wibaya masih "
        "diundang rapat oleh gubernur pada pekan ini.\n"
        '"Saya diminta tetap bekerja seperti biasa," kata Darsono, Selasa (6/5/2025).\n'
    )
    assert _direct(body) == ["Darsono Wibawa"]


def test_slips_need_one_name_once_and_the_other_twice() -> None:
    body = "Rina Kartika dan Rina Kartina. Rina Kartika lagi."
    assert slipped_full_names(body, ["Rina Kartika", "Rina Kartina"]) == {"Rina Kartina": "Rina Kartika"}
    twice = "Rina Kartika, Rina Kartina. Rina Kartika, Rina Kartina."
    assert slipped_full_names(twice, ["Rina Kartika", "Rina Kartina"]) == {}


def test_a_slip_near_two_names_means_neither() -> None:
    body = "Budi Sanusi, Budi Sanusi, Budi Sanuri, Budi Sanuri, Budi Sanudi."
    assert slipped_full_names(body, ["Budi Sanusi", "Budi Sanuri", "Budi Sanudi"]) == {}


def test_short_words_and_two_changed_words_are_no_slip() -> None:
    body = "Ali Rahman, Ali Rahman, Ari Rahman. Dewi Lestari, Dewi Lestari, Dewa Lestara."
    names = ["Ali Rahman", "Ari Rahman", "Dewi Lestari", "Dewa Lestara"]
    assert slipped_full_names(body, names) == {}
