"""A search hit's snippet shows a paragraph break as one space, its matches kept on their words."""

from __future__ import annotations

from kutip.index.facade import Span
from kutip.tui.widgets.list_rows import single_spaced


def test_a_paragraph_break_is_one_space_and_the_matches_move_with_their_words() -> None:
    text = "harga beras naik.\n\nPedagang  pasar\tmengeluh soal beras"
    spans = (Span(6, 11), Span(49, 54))
    assert text[6:11] == "beras" and text[49:54] == "beras"
    flat, moved = single_spaced(text, spans)
    assert flat == "harga beras naik. Pedagang pasar mengeluh soal beras"
    assert [flat[s.start : s.end] for s in moved] == ["beras", "beras"]


def test_a_snippet_with_single_spaces_is_left_as_it_is() -> None:
    spans = (Span(0, 5),)
    text = "beras murah di pasar"
    assert single_spaced(text, spans) == (text, spans)


def test_a_span_past_the_end_is_held_at_the_end() -> None:
    flat, moved = single_spaced("a  b", (Span(3, 9),))
    assert flat == "a b" and moved == (Span(2, 3),)
