"""A page's timeline: one bar per month from the first to the last, drawn as one line of text.

Months with nothing still get a cell (a quiet month is information); when there are more
months than cells, neighbouring months share one. Undated items are not placed on it:
the line says how many there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widget import Widget

BLOCKS = "▁▂▃▄▅▆▇█"
EMPTY = "·"
BAR_STYLE = "$text-accent"
MUTED = "$text-muted"


def month_range(first: str, last: str) -> list[str]:
    """Every ``yyyy-mm`` from ``first`` to ``last``, both included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    found = []
    while (year, month) <= end:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def bars(months: Sequence[tuple[str, int]], width: int) -> tuple[str, int]:
    """The bar cells for these month counts in at most ``width`` cells, and the months per cell."""
    if not months or width < 1:
        return "", 1
    counts = dict(months)
    every = month_range(months[0][0], months[-1][0])
    per_cell = -(-len(every) // width)
    cells = [sum(counts.get(m, 0) for m in every[i : i + per_cell]) for i in range(0, len(every), per_cell)]
    peak = max(cells)
    drawn = "".join(
        BLOCKS[min(len(BLOCKS) - 1, (n * len(BLOCKS) - 1) // peak)] if n else EMPTY for n in cells
    )
    return drawn, per_cell


class Timeline(Widget):
    """Items per month as a one-line bar chart between the first and last month's labels."""

    DEFAULT_CSS = """
    Timeline { height: 1; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.months: list[tuple[str, int]] = []
        self.undated = 0
        self.noun = "statement"

    def show(self, months: Sequence[tuple[str, int]], undated: int, noun: str) -> None:
        self.months = sorted(months)
        self.undated = undated
        self.noun = noun
        self.refresh()

    def render(self) -> Content:
        label = ("Timeline ", "bold")
        undated = f"  {self.undated} undated" if self.undated else ""
        if not self.months:
            return Content.assemble(label, (f"no dated {self.noun}s{undated}", MUTED))
        first, last = self.months[0][0], self.months[-1][0]
        peak = max(n for _, n in self.months)
        suffix = f"  peak {peak}/month{undated}"
        room = self.content_size.width - len(label[0]) - len(first) - len(last) - len(suffix) - 2
        drawn, per_cell = bars(self.months, max(room, 1))
        if per_cell > 1:  # the note takes room from the bars
            note = f"  {per_cell} months a bar"
            drawn, per_cell = bars(self.months, max(room - len(note) - 2, 1))
            suffix = f"  {per_cell} months a bar{suffix}"
        if first == last:
            return Content.assemble(label, (first, MUTED), " ", (drawn, BAR_STYLE), (suffix, MUTED))
        return Content.assemble(
            label, (first, MUTED), " ", (drawn, BAR_STYLE), " ", (last, MUTED), (suffix, MUTED)
        )
