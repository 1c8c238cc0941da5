"""The footer's line: keys that do not fit are left out whole, never cut inside a label."""

from __future__ import annotations

from rich.style import Style

from kutip.tui.widgets.keys_footer import ShownKey, _draw, _layout

KEYS = (
    ShownKey("q", "q", "Quit", True),
    ShownKey("question_mark", "?", "Help", True),
    ShownKey("ctrl+t", "^t", "Statements only", True),
)
PALETTE = ShownKey("ctrl+p", "^p", "Commands", True)
STYLES = (Style(), Style(), Style(), Style(), Style())


def test_a_key_that_does_not_fit_is_left_out_whole() -> None:
    width = len(" q Quit  ? Help  ^t Statem") + len("▏^p Commands ")
    line = _draw((KEYS, PALETTE), width, STYLES).plain
    assert line.startswith(" q Quit  ? Help ")
    assert "Statem" not in line
    assert line.endswith("▏^p Commands ")
    assert len(line) == width
    assert [key.key for _, _, key in _layout((KEYS, PALETTE), width)] == ["q", "question_mark", "ctrl+p"]


def test_every_key_is_drawn_when_there_is_room() -> None:
    line = _draw((KEYS, PALETTE), 80, STYLES).plain
    assert " ^t Statements only " in line
    spans = _layout((KEYS, PALETTE), 80)
    assert [key.key for _, _, key in spans] == ["q", "question_mark", "ctrl+t", "ctrl+p"]
    assert line[spans[2][0] : spans[2][1]] == " ^t Statements only "
