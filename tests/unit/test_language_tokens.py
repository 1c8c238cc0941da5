"""The one tokeniser: offsets, sentence starts, Title Case lines and possessives (made-up text)."""

from __future__ import annotations

from kutip.index.language import tokenize


def test_lines_sentence_starts_and_title_case_lines() -> None:
    body = (
        "Baca Juga: Fulan Wirawan Bisa Ulang Kisah Lama\n"
        "\n"
        "Dr. Badu datang. Ia bertemu Sari di Jakarta: \"Kami siap,\" katanya.\n"
        "Growers' Cooperative menolak. Kantor U.S. officials ikut."
    )
    tokens = tokenize(body)
    by_text = {t.text: t for t in tokens}
    assert all(body[t.start : t.end] == t.text for t in tokens)
    assert by_text["Wirawan"].title_case_line and not by_text["Badu"].title_case_line
    assert [t.text for t in tokens if t.sentence_start] == ["Baca", "Fulan", "Dr", "Ia", "Kami", "katanya", "Growers", "Kantor"]
    assert by_text["Cooperative"].after_plural_possessive and by_text["Cooperative"].joined
    assert by_text["Badu"].gap == ". " and not by_text["Badu"].sentence_start


def test_a_possessive_s_is_cut_from_the_word() -> None:
    assert [t.text for t in tokenize("Fulan's car and O’Brien’s house")] == ["Fulan", "car", "and", "O’Brien", "house"]


def test_tokens_are_immutable_and_hashable() -> None:
    first, again = tokenize("Sari datang."), tokenize("Sari datang.")
    assert first == again and len({*first, *again}) == 2
