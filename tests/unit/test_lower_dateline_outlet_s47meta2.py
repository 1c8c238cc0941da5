"""Session 47, meta2 (made-up text): a site's name of a few words in its logo's lower case, with a word
outlets name themselves with, opens the dateline before a place in capitals ("contoh raya news -KOTA,
…"): it is the outlet. Lower-case words without an outlet word, or without the place after them, are not."""

from __future__ import annotations

from kutip.index.ingest.dateline import parse_dateline

_REST = "Warga desa menanam seribu bibit bakau di pesisir utara pada pekan ini."


def _outlet(opener: str) -> str:
    found = parse_dateline(opener + _REST)
    return found.outlet if found else ""


def test_a_lower_case_name_with_an_outlet_word_over_a_wire_place() -> None:
    assert _outlet("kabar tepian raya -SUKAMAJU, ") == "kabar tepian raya"


def test_lower_case_words_without_an_outlet_word_name_nothing() -> None:
    assert _outlet("tepian raya lestari -SUKAMAJU, ") == ""


def test_a_lower_case_name_without_the_place_names_nothing() -> None:
    assert _outlet("kabar tepian raya - ") == ""
