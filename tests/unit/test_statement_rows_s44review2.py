"""What folds as a paragraph printed twice, and what must not: the same words from another
speaker, of another kind or in another article are statements of their own. Invented text."""

from __future__ import annotations

from dataclasses import dataclass

from kutip.tui.widgets.statement_rows import fold_repeats, repeat_key, row_repeat_key

WORDS = "Saluran air di kampung ini akan kami bersihkan bulan depan"


@dataclass(frozen=True)
class _Said:
    text: str
    kind: str = "direct"
    speaker: str | None = "Hendrikus Marampa"


@dataclass(frozen=True)
class _Article:
    id: str


@dataclass(frozen=True)
class _Row:
    statement: _Said
    article: _Article


@dataclass(frozen=True)
class _Listed:
    row: _Row


def test_the_same_words_fold_whatever_their_spacing() -> None:
    first, copy = _Said(WORDS), _Said(f"  {WORDS.replace(' ', '  ', 2)}\n")
    assert fold_repeats([first, copy], repeat_key) == [[first, copy]]


def test_another_speaker_or_kind_stays_apart_in_order() -> None:
    said = [
        _Said(WORDS),
        _Said(WORDS, speaker="Maria Tanamal"),
        _Said(WORDS, kind="indirect"),
        _Said(WORDS, speaker=None),
    ]
    assert fold_repeats(said, repeat_key) == [[s] for s in said]


def test_the_same_words_in_two_articles_are_two_reports() -> None:
    one, other = _Article("a1"), _Article("a2")
    rows = [
        _Listed(_Row(_Said(WORDS), one)),
        _Listed(_Row(_Said(WORDS), other)),
        _Listed(_Row(_Said(WORDS), one)),
    ]
    assert fold_repeats(rows, row_repeat_key) == [[rows[0], rows[2]], [rows[1]]]
