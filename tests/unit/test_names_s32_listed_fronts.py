"""A speaker's name keeps its first word when the name is a listed public figure's, though the article
calls the person by a middle name. Texts are made up; the figure is on the public nickname list."""

from __future__ import annotations

from kutip.index.statements.fronts import name_after_unused_front

LISTED = (
    'Ketua harian partai itu, Sufmi Dasco Ahmad, hadir dalam rapat. "Kami siap bekerja sama," kata Dasco '
    "kepada wartawan."
)


def test_a_listed_figures_name_keeps_its_first_word() -> None:
    assert name_after_unused_front(LISTED, ["Sufmi", "Dasco", "Ahmad"]) == ["Sufmi", "Dasco", "Ahmad"]


UNLISTED = (
    'Koordinator Relawan Sulfan Badu Ahmad hadir dalam rapat. "Kami siap bekerja sama," kata Badu kepada '
    "wartawan."
)


def test_an_unlisted_run_still_starts_where_the_article_calls_the_person() -> None:
    # no list vouches for "Relawan Sulfan": the article calls him "Badu", so the name starts there
    assert name_after_unused_front(UNLISTED, ["Relawan", "Sulfan", "Badu", "Ahmad"]) == ["Badu", "Ahmad"]
