"""The terminal benchmark's reading of frames (benchmarks/pty_keys.py, session 28)."""

from __future__ import annotations

from benchmarks.pty_keys import _rows_moved, frames


def test_a_cursor_move_is_the_first_frame_drawing_two_rows() -> None:
    blink = (1.000, b"\x1b[1;7H\x1b[7m \x1b[0m")  # one row: a blinking cursor, not the move
    move = (1.030, b"\x1b[3;1H row three \x1b[3;60H\r\n\x1b[4;1H row four")
    assert len(frames([blink, move])) == 2
    assert _rows_moved([blink, move]) == 1.030
    assert _rows_moved([blink]) is None


def test_chunks_close_together_are_one_frame() -> None:
    first = (2.000, b"\x1b[3;1H row three")
    rest = (2.004, b"\x1b[4;1H row four")  # the pty hands one frame over in pieces
    assert _rows_moved([first, rest]) == 2.004
