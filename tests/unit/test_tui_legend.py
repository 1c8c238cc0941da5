"""The reader's legend breaks between items on a narrow reader, never inside one."""

from __future__ import annotations

from textual.content import Content

from kutip.tui.widgets.article_reader import legend_lines

ITEMS = [
    (" ", Content("person")),
    (" ", Content("organisation")),
    (" ", Content("place")),
    ("  ", Content("┃ quote")),
    (" ", Content("┆ reported")),
    ("  ", Content("⧉n in n more articles")),
]


def test_a_wide_reader_has_the_legend_on_one_line() -> None:
    assert legend_lines(ITEMS, 80).plain == "person organisation place  ┃ quote ┆ reported  ⧉n in n more articles"


def test_a_narrow_reader_breaks_the_legend_between_items() -> None:
    lines = legend_lines(ITEMS, 50).plain.split("\n")
    assert lines == ["person organisation place  ┃ quote ┆ reported", "⧉n in n more articles"]
    assert all(len(line) <= 50 for line in lines)


def test_an_item_wider_than_the_reader_keeps_a_line_of_its_own() -> None:
    lines = legend_lines(ITEMS, 12).plain.split("\n")
    assert lines[0] == "person"
    assert "⧉n in n more articles" in lines
