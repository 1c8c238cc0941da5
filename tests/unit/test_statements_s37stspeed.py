"""Session 37, statements speed: ``Lexicon.is_any`` (one look-up in the classes' words joined)
answers exactly as ``any(is_a(word, c) for c in classes)`` did at every place the parsers ask it."""

from __future__ import annotations

import random

from kutip.index.statements import (
    attribution,
    fronts,
    introduced,
    name_words,
    phrase,
    runs,
    subject,
    unnamed,
    written,
)
from kutip.index.statements.lexicon import Lexicon, lexicon

# every tuple of classes the parsers ask together (the module constants and the literal ones)
_ASKED = [
    attribution._SUBJECT_END,
    attribution._DESCRIBING,
    fronts._OPENER_CLASSES,
    introduced._CONNECTIVES,
    name_words._NOT_NAME,
    name_words._EDGE,
    phrase._HEADS,
    runs.TITLE_CLASSES,
    runs.NOT_NAME_CLASSES,
    runs._TITLE_ONLY_CLASSES,
    runs._OFFICE_CLASSES,
    subject._PERSON_HEADS,
    subject._PERSON_OR_TIME_HEADS,
    unnamed._NOT_HEAD,
    unnamed._NOT_OPENING,
    written._EXTRA_CLASSES,
    ("role", "function", "time", "place", "orghead"),
    ("role", "orghead", "place_head", "unit"),
    ("anaphor_pre", "indefinite"),
    ("no_such_class", "role"),
    (),
]


def _words() -> list[str]:
    """The lexicon's own words in three casings, plus made-up words no class holds."""
    lex = lexicon()
    own = sorted({w for words in lex.classes.values() for w in words})
    rng = random.Random(37)
    made = ["".join(rng.choice("aeiouklmnprst") for _ in range(rng.randint(1, 9))) for _ in range(500)]
    return [v for w in own + made for v in (w, w.capitalize(), w.upper())] + ["", "Fulan", "KATA"]


def test_is_any_answers_as_any_is_a() -> None:
    lex = lexicon()
    words = _words()
    for classes in _ASKED:
        for w in words:
            assert lex.is_any(w, classes) == any(lex.is_a(w, c) for c in classes), (w, classes)


def test_is_any_joins_each_tuple_once() -> None:
    lex = Lexicon(*(frozenset() for _ in range(9)), classes={"a": frozenset({"x"}), "b": frozenset({"y"})})
    assert lex.is_any("X", ("a", "b")) and lex.is_any("y", ("a", "b")) and not lex.is_any("z", ("a", "b"))
    assert not lex.is_any("y", ("a",))
    assert set(lex.unions) == {("a", "b"), ("a",)}
    assert lex == Lexicon(
        *(frozenset() for _ in range(9)), classes={"a": frozenset({"x"}), "b": frozenset({"y"})}
    )


def test_cut_stretch_tokens_are_the_stretch_scanned_alone() -> None:
    """A stretch whose edge cuts through a word reads the words between from the body's index:
    every stretch of made-up bodies (hyphens, apostrophes, dots, initials) reads as its scan."""
    from kutip.index.statements.text import _INDEXED_FROM, _scanned, tokens

    rng = random.Random(370)
    pieces = [
        "Fulan",
        "Hidayat",
        "bin",
        "-",
        "'",
        "’",
        ".",
        ",",
        " ",
        " ",
        " ",
        "Jl.",
        "A.B.",
        "x-y",
        "2.5",
        "\n",
    ]
    for _ in range(30):
        body = ""
        while len(body) < _INDEXED_FROM + 100:
            body += rng.choice(pieces)
        for _ in range(300):
            start = rng.randrange(len(body))
            end = start + rng.randint(1, 80)
            assert tokens(body, start, end) == _scanned(body, start, end), (body, start, end)
