"""A caption's closing photo credit whose source code carries a digit, inside the caption's own
brackets ("... 2024. (K2 Photo/Fulan Budi)"), names the photographer (session 42, from the names
engineer's request); and a figure's "Gus" nickname reads as the full name. Invented lines."""

from __future__ import annotations

import pytest

from kutip.index.entities.figures import full_name
from kutip.index.ingest.credits import closing_photo_credits


@pytest.mark.parametrize(
    "caption",
    [
        "Warga menanam bibit bakau di pesisir Desa Contoh, Sabtu (3/2/2024). (K2 Photo/Ratna Sulistya)",
        "Warga menanam bibit bakau di pesisir Desa Contoh, Sabtu (3/2/2024). (Photo: Ratna Sulistya)",
    ],
)
def test_a_bracketed_closing_photo_credit_names_the_photographer(caption: str) -> None:
    assert [credit.name for credit in closing_photo_credits(caption)] == ["Ratna Sulistya"]


def test_the_word_photo_in_prose_names_nobody() -> None:
    assert closing_photo_credits("Panitia memasang (foto) peserta di papan pengumuman.") == []


def test_a_gus_nickname_of_a_listed_figure_reads_as_his_full_name() -> None:
    assert full_name("Gus Jazil") == "Jazilul Fawaid"
