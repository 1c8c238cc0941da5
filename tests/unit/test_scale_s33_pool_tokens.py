"""tokens.py's fast paths give exactly the tokens of the plain code they replaced (session 33).

``words`` answers from one ``findall`` when no word can be glued capitals, ``tokenize`` skips the
possessive scan without an apostrophe and builds its tuples without Token's Python ``__new__``,
``written_lower`` asks about links only of words that could open one. The reference below is the
code as it was (67f3a72), run on made-up text and on random strings of the characters that
matter (capitals, apostrophes, dots, slashes, handles, line breaks, accents).
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.index.language import tokens as tk
from kutip.index.language.fold import fold
from kutip.index.language.tokens import Token
from kutip.index.language.wordlists import folded_set


def _ref_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for match in tk._WORD.finditer(text):
        start, end = match.span()
        glued = tk._GLUED.fullmatch(match.group())
        if glued is not None and fold(glued.group(1)) in folded_set("models/lower_words.txt"):
            cut = start + glued.start(1)
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _ref_words(text: str) -> list[str]:
    return [text[start:end] for start, end in _ref_spans(text)]


def _ref_tokenize(body: str) -> list[Token]:
    raw: list[tuple[int, int]] = []
    for start, end in _ref_spans(body):
        possessive = end - start > 2 and body[end - 2 : end] in tk._POSSESSIVE_SET
        raw.append((start, end - 2 if possessive else end))
    newlines = [m.start() for m in tk._NEWLINE.finditer(body)]
    line_of = tk._line_numbers(raw, newlines)
    title_lines = tk._title_case_lines(body, raw, line_of, newlines)
    tokens: list[Token] = []
    previous_end = 0
    previous_text = ""
    for (start, end), line in zip(raw, line_of, strict=True):
        text = body[start:end]
        gap = body[previous_end:start]
        possessive = gap in tk._APOSTROPHE_GAPS and tk._plural_possessive(gap, previous_text, body, start)
        if not tokens:
            sentence_start = True
        elif gap == " " or possessive:
            sentence_start = False
        else:
            sentence_start = tk._starts_sentence(gap, previous_text)
        folded = text.lower() if text.isascii() else fold(text)
        tokens.append(
            Token(text, start, end, folded, gap, sentence_start, line in title_lines, possessive, text[:1].isupper())
        )
        previous_end, previous_text = end, text
    return tokens


def _ref_written_lower(tokens: list[Token]) -> frozenset[str]:
    out: set[str] = set()
    in_link = False
    for k, token in enumerate(tokens):
        gap = token.gap
        if in_link and gap and gap == "".join(gap.split()):
            continue
        in_link = tk._opens_link(tokens, k)
        if not in_link and token.text.islower():
            out.add(token.folded)
    return frozenset(out)


MADE_UP = [
    "JAKARTAMenteri Fulan Hidayat berkata, \"Kami siap.\" ujarnya.",
    "BANDUNGPemerintah daerah menolak. PALUKota baru dibuka.",
    "Growers' Cooperative met the Teachers' Union; 'Kings' Road was shut.",
    "Fulan's plan and Badu’s reply: O'Brien's dog.",
    "Lihat https://www.contoh.id/berita/123/fulan-badu-hadir atau @fulanbadu dan #badupilihan.",
    "Situs Contoh6.com dan www.situs.id/halaman menulis U.S. officials said.",
    "Dr. Smith, J. Smith dan Agus D.W. Fulan hadir.\nBaca Juga Berita Lain Yang Penting Hari Ini\n",
    "ÉCOLE naïve café Ærø Piñas PIÑAS, x\u00a0Y — kata Wati.",
    "Rusia-Korea; Jong-un … lalu? ya! “Kutipan” «lain» „dan‟",
    "",
    " ",
    "ABCDefg HIJKlmnop QRSTuvw",
]

_ALPHABET = "aAbBsSwWhHtTpP .'’/@#\n-–—:\"“”é1.,!?www"


def _same(text: str) -> None:
    assert tk.words(text) == _ref_words(text)
    got, want = tk.tokenize(text), _ref_tokenize(text)
    assert got == want
    assert all(type(t) is Token for t in got)
    assert tk._written_lower(got) == _ref_written_lower(want)


def test_made_up_texts_tokenise_as_before() -> None:
    for text in MADE_UP:
        _same(text)
        for line in text.split("\n"):
            _same(line)


def test_glued_capitals_still_split() -> None:
    assert tk.words("JAKARTAMenteri") == _ref_words("JAKARTAMenteri")
    assert tk._GLUED_HINT.search("JAKARTAMenteri") is not None


def test_random_strings_tokenise_as_before() -> None:
    rng = random.Random(33)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        _same(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ALPHABET, "JAKARTA", "Menteri", "http", "s'", "’s", "www."]), max_size=40))
def test_any_text_tokenises_as_before(pieces: list[str]) -> None:
    _same("".join(pieces))
