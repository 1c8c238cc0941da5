"""Paragraphs, sentences and word tokens of a body, always as offsets into it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from ..language import is_initials
from .lexicon import lexicon

# a footnote's superscript digits glued to a word ("tambah Fulan²") are no part of it
_LETTER = r"[^\W¹²³\u2070-\u209f]"
WORD = re.compile(rf"{_LETTER}+(?:[-'’.]{_LETTER}+)*")
_SENT_END = ".!?"
_OPENING_MARKS = "“„«"
_MAX_CUE_WORDS = 10  # "the Indonesian foreign minister told the council" is a cue; longer is narration
_MAX_CUE_VERB_AT = 7


class Token(NamedTuple):
    """A word as offsets into the body and its text (a named tuple: a body makes hundreds of them,
    and a tuple is built at a third of a frozen dataclass's cost)."""

    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


# a Token from a (start, end, text) tuple, built in C: NamedTuple's own __new__ is a Python
# function, and a body makes hundreds of tokens (a fifth of the cost of indexing one)
_token: Callable[[tuple[int, int, str]], Token] = partial(tuple.__new__, Token)


def opens(body: str, tok: Token) -> bool:
    """Whether ``tok`` opens a sentence, where any word is capitalised."""
    before = body[max(0, tok.start - 8) : tok.start].rstrip(" \t\u00a0")[-1:]
    return not before or before in ".!?:;\n\"“”'’-–—"


def _lines(body: str) -> list[tuple[int, int]]:
    """Every non-blank line as trimmed offsets."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


_MAX_FRAGMENT_WORDS = 3  # a link or an italic word a scrape put on a line of its own
_RUNS_ON = frozenset(",-–(")  # a line ending so stops inside its sentence


def _runs_on(body: str, end: int) -> bool:
    """Whether a line ending at ``end`` stops inside a sentence: a word or a comma last."""
    last = body[end - 1]
    return last.isalnum() or last in _RUNS_ON


_OPENING_WORD = re.compile(r"[^\W\d_]+")


def _continues(body: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` carries on the sentence of the line before: it opens with a word in lower
    case (not ``dr.`` or ``iPhone``, which open paragraphs of their own)."""
    start, end = line
    word = _OPENING_WORD.match(body, start, end)
    if word is None or not word.group().islower():
        return False
    return body[word.end() : word.end() + 1] != "."


def _fragment(body: str, line: tuple[int, int]) -> bool:
    start, end = line
    return end > start and len(body[start:end].split()) <= _MAX_FRAGMENT_WORDS and _runs_on(body, end)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Non-blank lines: scrapes put one paragraph per line, blank lines or not.

    Some scrapes (Kompas among them) also break a line around every linked or italic word and
    hard-wrap long lines: ``"Sialnya Pak`` / ``Fulan`` / ``ini gini, ...," ujar X``. A line that
    stops inside its sentence runs on into the next when that one opens in lower case, or is a
    word or two that a lower-case line continues; a quotation and its cue stay one paragraph.
    Ingest writes a blank line between any two lines, so blank lines do not tell them apart.
    """
    lines = _lines(body)
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(lines):
        if out and _runs_on(body, out[-1][1]):
            after = lines[k + 1] if k + 1 < len(lines) else (end, end)
            if _continues(body, (start, end)) or (_fragment(body, (start, end)) and _continues(body, after)):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


_INDEXED_FROM = 400  # characters: a shorter text is scanned afresh, a body is tokenised once


@lru_cache(maxsize=4)
def _indexed(body: str) -> tuple[list[Token], list[int], list[int]]:
    """Every word token of ``body`` with its starts and ends, for bisection (the parser asks for
    the words of some stretch of the same body tens of thousands of times an archive)."""
    toks = list(map(_token, [(m.start(), m.end(), m.group()) for m in WORD.finditer(body)]))
    return toks, [t[0] for t in toks], [t[1] for t in toks]


def tokens(body: str, start: int, end: int) -> list[Token]:
    """The word tokens of ``body[start:end]``, as offsets into ``body``.

    Read from the body's token index when no word of the body crosses either edge (then they
    are exactly the words the stretch alone holds); a cut through a word scans the stretch.
    """
    if len(body) >= _INDEXED_FROM and 0 <= start < end:
        toks, starts, ends = _indexed(body)
        lo = bisect_left(ends, start + 1)  # the first word ending after start
        hi = bisect_right(starts, end - 1)  # past the last word starting before end
        head_cut = lo < len(toks) and toks[lo].start < start
        tail_cut = hi > 0 and toks[hi - 1].end > end
        if not (head_cut or tail_cut):
            return toks[lo:hi]
        if hi - lo >= 2:
            # a cut word is scanned alone: the words between are the index's, as a scan of the
            # stretch reads them (a gap between two words holds no word character to start one)
            head = _scanned(body, start, toks[lo].end) if head_cut else []
            tail = _scanned(body, toks[hi - 1].start, end) if tail_cut else []
            return head + toks[lo + head_cut : hi - tail_cut] + tail
    return _scanned(body, start, end)


def _scanned(body: str, start: int, end: int) -> list[Token]:
    found = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(body[start:end])]
    return list(map(_token, found))


def _abbreviation_before(body: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor and (body[i - 1].isalnum() or body[i - 1] == "."):
        i -= 1
    word = body[i:dot]
    # "D.W." of "Fulan D.W. Hidayat": initials abbreviate, they end no sentence
    return (len(word) == 1 and word.isalpha()) or is_initials(word) or lexicon().is_a(word, "abbreviation")


def _cue_after_quote(body: str, at: int, k: int, end: int, in_quote: bool) -> bool:
    """Whether a quotation ending its own sentence (``"…?" Fulan said.``) is followed by its speech
    cue: a short clause with a speech verb among its first words belongs to the quotation's sentence."""
    if not in_quote:
        return False
    stop = k
    while stop < end and body[stop] not in _SENT_END and body[stop] not in '"“”„':
        stop += 1
    words = tokens(body, k, stop)
    lex = lexicon()
    return 0 < len(words) <= _MAX_CUE_WORDS and any(lex.is_verb(t.text) for t in words[:_MAX_CUE_VERB_AT])


def _inside_runs(start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotation ranges clipped to ``start:end``, overlapping or touching ones merged."""
    runs: list[tuple[int, int]] = []
    for qs, qe in sorted((max(qs, start), min(qe, end)) for qs, qe in quotes):
        if qs >= qe:
            continue
        if runs and qs <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], qe))
        else:
            runs.append((qs, qe))
    return runs


_SENT_END_CHAR = re.compile(r"[.!?]")


def sentences(body: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Splits a paragraph at sentence ends, never inside a quotation (``quotes`` = mark ranges).

    Only the places where a sentence may end are visited: a stop outside quotations and the
    last character of each quotation."""
    runs = _inside_runs(start, end, quotes)
    run_starts = [rs for rs, _re in runs]

    def inside(i: int) -> bool:
        k = bisect_right(run_starts, i) - 1
        return k >= 0 and i < runs[k][1]

    stops = [m.start() for m in _SENT_END_CHAR.finditer(body, start, end) if not inside(m.start())]
    last_quoted = {qe - 1 for _qs, qe in runs}
    cuts: list[int] = []
    i = start
    for at in sorted({*stops, *last_quoted}):
        if at < i:
            continue
        i = at
        ch = body[i]
        boundary = False
        if i not in last_quoted:
            boundary = not (ch == "." and _abbreviation_before(body, i, start))
        else:
            # a quotation that itself ends a sentence: "... selesai." Lalu ...
            text_end = i - 1
            while text_end > start and body[text_end].isspace():
                text_end -= 1
            boundary = body[text_end] in _SENT_END
        if boundary:
            j = i + 1
            while j < end and body[j] in _SENT_END:
                j += 1
            k = j
            while k < end and body[k].isspace():
                k += 1
            opens_next = (k > j and (body[k].isupper() or body[k].isdigit() or body[k] in "\"“”‘'„(")) or (
                k == j < end and body[k] in _OPENING_MARKS  # "… ditegakkan.“Kami …": scraped, no space
            )
            if k == end or (opens_next and not _cue_after_quote(body, i, k, end, i in last_quoted)):
                cuts.append(j)
                i = j
                continue
        i += 1
    out: list[tuple[int, int]] = []
    s = start
    for c in [*cuts, end]:
        while s < c and body[s].isspace():
            s += 1
        if c > s:
            out.append((s, c))
        s = c
    return out
