"""An untitled scrape's list row shows its opening words in brackets, as its citation does (issue 10,
session 46): bare, they passed for a headline -- the reader engineer took them for wrong titles on
about half of two real sets' rows. A titled row is unchanged. Invented text."""

from __future__ import annotations

from textual.style import Style

from kutip.index.facade import ArticleSummary
from kutip.tui.widgets.list_rows import row_content


def _row(summary: ArticleSummary) -> str:
    return row_content(summary, 120, unread=False, cursor=False, style=lambda _name: Style()).plain


def test_an_untitled_row_brackets_its_opening_words() -> None:
    summary = ArticleSummary("a1", "", "", "2031-05-12", "a.txt", lead="Petani kopi panen lebih awal")
    assert "[Petani kopi panen lebih awal]" in _row(summary)


def test_a_titled_row_shows_its_title_bare() -> None:
    summary = ArticleSummary("a2", "Panen Kopi Datang Lebih Awal", "Warta", "2031-05-12", "b.txt")
    row = _row(summary)
    assert "Panen Kopi Datang Lebih Awal" in row and "[" not in row


def test_a_row_with_neither_says_untitled() -> None:
    assert "(untitled)" in _row(ArticleSummary("a3", "", "", "", "c.txt"))
