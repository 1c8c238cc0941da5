"""`kutip quotes` and `kutip find` wrap a long remark under its own first word, not under the mark."""

from __future__ import annotations

import io

from rich.console import Console

from kutip.tui.cli_print_analysis import hanging_rows


def test_a_long_remark_wraps_under_its_words() -> None:
    out = io.StringIO()
    console = Console(file=out, width=40, color_system=None)
    rows = hanging_rows()
    rows.add_row("  “ ", "one two three four five six seven eight nine ten eleven twelve")
    console.print(rows)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    assert len(lines) >= 2
    assert lines[0].startswith("  “ one two")
    assert all(line.startswith("    ") and line[4] != " " for line in lines[1:])
