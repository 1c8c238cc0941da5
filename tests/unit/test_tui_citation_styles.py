"""One table names the citation styles for the picker and the status line."""

from __future__ import annotations


def test_every_citation_style_has_one_label_row() -> None:
    from kutip.index.facade import STYLES
    from kutip.tui.citation_styles import STYLE_LABELS, listed_name, short_name

    assert set(STYLE_LABELS) == set(STYLES)
    assert short_name("apa") == "APA" and listed_name("apa") == "APA 7th edition"
