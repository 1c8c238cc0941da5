"""A Markdown picture's caption keeps its photo credit (issue 9: persons named only in credits).

Session 40 made a paragraph that is a whole Markdown picture a caption (it leaves the story), so
the credit closing its alt text ("[Contoh.com/Rudi Hartawan]") went unread: a photographer the
gold lists was lost. The credit reader now reads such a picture by its alt text."""

from __future__ import annotations

from kutip.index.ingest.credits import credits_from_lines

ALT = "Warga antre di Kota Contoh, Senin (1/2/2024). [Contoh.com/Rudi Hartawan]"


def test_a_markdown_pictures_credit_is_read_like_its_captions() -> None:
    as_caption = credits_from_lines([ALT])
    as_picture = credits_from_lines([f"![{ALT}](https://media.contoh.com/pictures/2024/02/01/a1.jpg)"])
    assert [c.name for c in as_picture] == [c.name for c in as_caption] == ["Rudi Hartawan"]


def test_a_picture_without_a_credit_credits_no_one() -> None:
    assert credits_from_lines(["![Warga antre di Kota Contoh](https://media.contoh.com/a2.jpg)"]) == []
