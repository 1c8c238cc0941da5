"""The text helpers: control characters made visible one-for-one, wrapping by offsets, layers."""

from __future__ import annotations

from itertools import pairwise

from rich.cells import cell_len
from textual.style import Style

from kutip.index.facade import Span
from kutip.tui.highlight import layered_content
from kutip.tui.text import inert, one_line, wrap_offsets


def test_inert_makes_control_characters_visible_and_keeps_length() -> None:
    raw = "a\x1b[31mb\x07c\x00d\x7fe\x85f\x9bg\th\ni\r"
    shown = inert(raw)
    assert len(shown) == len(raw)
    assert shown == "a␛[31mb␇c␀d␡e\ufffdf\ufffdg\th\ni␍"


def test_inert_leaves_markup_alone() -> None:
    text = "[@click=app.quit]Click[/] [bold]x[/bold]"
    assert inert(text) == text


def test_one_line_flattens_newlines_and_tabs() -> None:
    assert one_line("a\nb\tc\x1b") == "a b c␛"


def _pieces(line: str, width: int) -> list[str]:
    cuts = [0, *wrap_offsets(line, width), len(line)]
    return [line[start:end] for start, end in pairwise(cuts)]


def test_wrap_offsets_break_after_words_and_fit_the_width() -> None:
    line = "Harga beras medium naik lagi minggu ini, kata pedagang di pasar Kramat."
    pieces = _pieces(line, 20)
    assert "".join(pieces) == line
    assert all(cell_len(piece.rstrip()) <= 20 for piece in pieces)
    assert all(piece.endswith(" ") for piece in pieces[:-1])


def test_wrap_offsets_fold_long_words_and_wide_characters() -> None:
    assert _pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    wide = "漢字" * 10
    assert all(cell_len(piece) <= 7 for piece in _pieces(wide, 7))
    assert wrap_offsets("short", 40) == []


def test_layered_content_clips_spans_and_keeps_layer_order() -> None:
    body = "one two three\x1b"
    low, high = Style(bold=True), Style(italic=True)
    content = layered_content(body, [([Span(0, 3), Span(10, 99)], low), ([Span(4, 7), Span(-5, 0)], high)])
    assert content.plain == "one two three␛"
    assert [(span.start, span.end, span.style) for span in content.spans] == [
        (0, 3, low),
        (10, 14, low),
        (4, 7, high),
    ]


def test_inert_shows_bidi_and_zero_width_characters_one_for_one() -> None:
    raw = "file \u202egpj.exe\u202c and\u200b na\u200dme\ufeff \u2066x\u2069 \u200e\u061c\U000e0041"
    shown = inert(raw)
    assert len(shown) == len(raw)
    assert shown == "file ⇄gpj.exe⇄ and◌ na◌me◌ ⇄x⇄ ⇄⇄◌"


def test_inert_replaces_lone_surrogates() -> None:
    assert inert("a\udcffb\U0010ffff") == "a\ufffdb\ufffd"


def test_layered_content_spans_stay_on_their_words_around_invisible_characters() -> None:
    body = "\u202eRLO Budi\u200b Santoso"
    content = layered_content(body, [([Span(5, 9)], Style(bold=True))])
    assert content.plain[5:9] == "Budi" and len(content.plain) == len(body)
