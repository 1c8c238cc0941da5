"""Extraction never crashes and every span is exact, whatever the marks look like."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.index.statements import extract_statements

MARKS = "\"'“”‘’„«»"
PIECES = st.sampled_from(
    [
        *MARKS,
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        "kata",
        "katanya",
        "Budi",
        "Ani Rahma",
        "mengatakan",
        "bahwa",
        "said",
        "he",
        "dia",
        "tersebut",
        "Korea's",
        "don't",
        "(",
        ")",
        "menurut",
        "according to",
        "AP",
    ]
)


def check(body: str) -> None:
    found = extract_statements("p", body, "id", [])

    for n, s in enumerate(found, 1):
        assert 0 <= s.start <= s.end <= len(body)
        assert body[s.start : s.end] == s.text
        assert s.id == f"p:{n}"
        assert s.kind in ("direct", "indirect")


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=60).map(" ".join))
def test_spans_exact_for_cue_soup(body: str) -> None:
    check(body)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from([*MARKS, "a", "B", " ", ".", ",", "\n"]), max_size=200))
def test_spans_exact_for_unbalanced_and_nested_marks(body: str) -> None:
    check(body)


def test_empty_and_blank_input() -> None:
    assert extract_statements("e", "", "id", []) == []
    assert extract_statements("e", " \n\n ", "en", []) == []


def test_huge_paragraph() -> None:
    unit = "Budi berkata \"ini 'penting' sekali,\" katanya. Korea's don't ' \" "
    body = unit * (100_000 // len(unit) + 1)
    check(body[:100_000])


def test_statements_come_in_body_order() -> None:
    body = 'Ani Rahma mengatakan bahwa sekolah dibuka.\n"Kami siap," kata Ani.\n"Guru sudah datang," ujarnya.'
    starts = [s.start for s in extract_statements("o", body, "id", [])]
    assert starts == sorted(starts)
    assert len(starts) == 3
