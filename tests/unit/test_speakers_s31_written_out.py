"""An article's fuller form of a listed figure's name (a middle name the list leaves out, a legal
name spelt a little differently) is shown by the list's common name; a relative with the same
surname is not taken (made-up articles; the names are the list's public figures)."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.people.lexicon import people_lexicon
from kutip.index.people.public import written_out
from kutip.index.statements import extract_statements


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"]


def test_a_middle_name_the_list_leaves_out_is_the_listed_figure() -> None:
    body = (
        "Menteri Pariwisata Sandiaga Badu Uno meninjau pantai di Sukamaju, Senin.\n"
        "”Kebersihan pantai harus dijaga bersama,” kata Sandiaga kepada wartawan.\n"
    )
    assert _speakers(body) == ["Sandiaga Uno"]


def test_a_legal_name_spelt_otherwise_is_the_listed_figure() -> None:
    body = (
        "Menteri Pariwisata Sandiaga Salahudin Uno meninjau pantai di Sukamaju, Senin.\n"
        "”Kebersihan pantai harus dijaga bersama,” ujar Sandiaga Salahudin Uno.\n"
    )
    assert _speakers(body) == ["Sandiaga Uno"]


def test_a_relative_with_the_surname_keeps_their_own_name() -> None:
    body = (
        "Ketua panitia Badu Bambang Yudhoyono membuka acara di Sukamaju, Senin.\n"
        "”Acara ini terbuka untuk semua warga,” kata Badu kepada wartawan.\n"
    )
    assert _speakers(body) == ["Badu Bambang Yudhoyono"]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Sandiaga Badu Uno", "Sandiaga Uno"),
        ("Presiden Joko Badu Widodo", None),  # two words on a common given name: someone else
        ("Ahmad Badu Dahlan", None),  # likewise ('Ahmad Dahlan' is listed)
        ("Sandiaga Salahudin Uno", "Sandiaga Uno"),
        ("Sandiaga Uno", None),  # the list's own form: public_name answers it
        ("Agus Harimurti Yudhoyono", "Agus Harimurti Yudhoyono"),  # listed himself, no form of his father's
        ("Badu Susilo Bambang Yudhoyono", None),  # another first word
        ("Retno Marsudi Wulandari", None),  # another last word
        ("Joko Widodo Jr", None),  # a generational suffix names another person
        ("Fulan Badu Hidayat", None),  # nobody the list knows
    ],
)
def test_written_out(written: str, shown: str | None) -> None:
    assert written_out(written) == shown


def test_no_name_the_list_gives_is_taken_for_another_figure() -> None:
    # the guard a longer list must keep: every form the list gives stays with its own figure
    lexicon = people_lexicon()
    taken = {
        form: found
        for form, full in lexicon.nicknames.items()
        if (found := written_out(form)) is not None and found != full
    }
    assert taken == {}
