"""Word tokens with exact offsets and the layout facts recognition needs.

Hyphens split words ("Rusia-Korea", "Jong-un") so that a gazetteer name inside a
compound is still found; the gap between tokens keeps the hyphen, and later steps
decide which hyphens join a name. Whether a capital letter is evidence of a name
depends on where the word sits, so each token records if it starts a sentence and
if its line is written in Title Case (headlines capitalise every word).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from kutip.index.language.fold import fold
from kutip.index.language.wordlists import folded_set

__all__ = ["Token", "fold", "is_initials", "tokenize", "words"]

# A word: letters/digits, joined by apostrophes ("O'Brien") or by a dot before a short
# lower-case tail or a single capital ("Liputan6.com", "U.S").
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+|\.(?:[a-z]{2,4}|[A-Z])(?![^\W_]))*")
_POSSESSIVE = ("'s", "’s", "'S", "’S")
_SENTENCE_END = re.compile(r"[.!?…]")
_OPENING = re.compile(r"[\"“”«„‘]|(?:^|\s)'|:|\s[-–—]\s|[–—•]|\n")
_JOINING_GAPS = frozenset({" ", "\u00a0", "-"})
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the body; ``gap`` is the text between the previous word and this one."""

    text: str
    start: int
    end: int
    folded: str
    gap: str
    sentence_start: bool
    title_case_line: bool
    after_plural_possessive: bool = False

    @property
    def capitalised(self) -> bool:
        """Starts with a capital or a digit-led mixed form written like a name ("Liputan6.com")."""
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        """All capitals, at least two of them ("NATO", "CSIS", "G20", "U.S")."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and len(self.text) <= 8

    @property
    def joined(self) -> bool:
        """Whether this token continues the previous one's chunk (a space or a hyphen between)."""
        gap = self.gap
        if self.after_plural_possessive:  # "Growers' Cooperative", "Teachers' Union"
            return True
        return gap in _JOINING_GAPS or (gap.isspace() and "\n" not in gap and len(gap) <= 2)

    @property
    def hyphenated(self) -> bool:
        return self.gap == "-"


def is_initials(text: str) -> bool:
    """One capital or capitals joined by dots ("M", "D.W"): a dot after them abbreviates, it ends nothing."""
    return len(text) <= 7 and _INITIALS.fullmatch(text) is not None


def words(text: str) -> list[str]:
    """The word strings of ``text``, split exactly as :func:`tokenize` splits a body."""
    return [m.group() for m in _spans(text)]


def _spans(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def tokenize(body: str) -> list[Token]:
    """Splits ``body`` into tokens, marking sentence starts and Title Case lines."""
    raw: list[tuple[int, int]] = []
    for match in _WORD.finditer(body):
        start, end = match.span()
        if match.group().endswith(_POSSESSIVE) and end - start > 2:
            end -= 2
        raw.append((start, end))
    newlines = [m.start() for m in re.finditer("\n", body)]
    line_of = [bisect_right(newlines, start) for start, _ in raw]
    title_lines = _title_case_lines(body, raw, line_of, newlines)
    tokens: list[Token] = []
    previous_end = 0
    previous_text = ""
    for (start, end), line in zip(raw, line_of, strict=True):
        text = body[start:end]
        gap = body[previous_end:start]
        possessive = _plural_possessive(gap, previous_text, body, start)
        tokens.append(
            Token(
                text=text,
                start=start,
                end=end,
                folded=fold(text),
                gap=gap,
                sentence_start=not tokens or (not possessive and _starts_sentence(gap, previous_text)),
                title_case_line=line in title_lines,
                after_plural_possessive=possessive,
            )
        )
        previous_end, previous_text = end, text
    return tokens


def _plural_possessive(gap: str, previous: str, body: str, start: int) -> bool:
    """"Growers' Cooperative": an apostrophe closing a plural before a capitalised word.

    A word that opened with a single quote ("'Kings' Road") closes a quotation instead.
    """
    if gap not in ("' ", "’ ") or not previous.endswith("s") or not body[start : start + 1].isupper():
        return False
    opening = start - len(gap) - len(previous) - 1
    return opening < 0 or body[opening] not in "'‘"


def _starts_sentence(gap: str, previous: str) -> bool:
    if _OPENING.search(gap):
        return True
    if not _SENTENCE_END.search(gap):
        return False
    # "Dr. Smith", "J. Smith", "Agus D.W. Fulan", "U.S. officials": a dot after an abbreviation ends nothing.
    stripped = gap.strip()
    is_initial = is_initials(previous)
    abbreviation = fold(previous) in folded_set("language/abbreviations.txt")
    return not (stripped == "." and (is_initial or abbreviation))


def _title_case_lines(
    body: str, spans: list[tuple[int, int]], line_of: list[int], newlines: list[int]
) -> set[int]:
    """Lines where nearly every longer word is capitalised and no full stop ends the line.

    Headlines, subheads and "Baca Juga" links look like that; a body sentence packed
    with names still ends with a full stop.
    """
    counts: dict[int, list[int]] = {}
    for (start, end), line in zip(spans, line_of, strict=True):
        if end - start < 4:
            continue
        tally = counts.setdefault(line, [0, 0])
        tally[0] += 1
        tally[1] += body[start].isupper()
    found = set()
    for line, (total, upper) in counts.items():
        if total < 4 or upper < 0.85 * total:
            continue
        last = (newlines[line] if line < len(newlines) else len(body)) - 1
        while last >= 0 and body[last].isspace():
            last -= 1
        if body[last] != ".":
            found.add(line)
    return found
