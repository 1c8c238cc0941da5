"""Word tokens with exact offsets and the layout facts recognition needs.

Hyphens split words ("Rusia-Korea", "Jong-un") so that a gazetteer name inside a
compound is still found; the gap between tokens keeps the hyphen, and later steps
decide which hyphens join a name. Whether a capital letter is evidence of a name
depends on where the word sits, so each token records if it starts a sentence and
if its line is written in Title Case (headlines capitalise every word).
"""

from __future__ import annotations

import re
import threading
from collections import deque
from functools import lru_cache
from typing import NamedTuple

from kutip.index.language.fold import fold
from kutip.index.language.wordlists import folded_set

__all__ = ["Token", "fold", "is_initials", "tokenize", "whole_word_starts", "words", "written_lower"]

# A word: letters/digits, joined by apostrophes ("O'Brien") or by a dot before a short
# lower-case tail or a single capital ("Liputan6.com", "U.S").
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+|\.(?:[a-z]{2,4}|[A-Z])(?![^\W_]))*")
_POSSESSIVE_SET = frozenset({"'s", "’s", "'S", "’S"})
_NEWLINE = re.compile("\n")
_APOSTROPHE_GAPS = frozenset({"' ", "’ "})
_SENTENCE_END = re.compile(r"[.!?…]")
_OPENING = re.compile(r"[\"“”«„‘]|(?:^|\s)'|:|\s[-–—]\s|[–—•]|\n")
_JOINING_GAPS = frozenset({" ", "\u00a0", "-"})
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
# "LOTULUNGMenteri", "JAKARTAMenteri": a caption's credit or a dateline in capitals run into the next
# sentence's first word when a page loses the line break between them
_GLUED = re.compile(r"[A-Z]{3,}([A-Z][a-z]{2,})")
# what every glued word holds somewhere: a text without it is split by ``_WORD`` alone (words are
# asked of short names and phrases hundreds of times an article)
_GLUED_HINT = re.compile(r"[A-Z]{4}[a-z]{2}")


@lru_cache(maxsize=1 << 14)
def _acronym(text: str) -> bool:
    """:attr:`Token.acronym` of a word: asked ~75 times an article of the same few words."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(text) <= 8


class Token(NamedTuple):
    """One word of the body; ``gap`` is the text between the previous word and this one.

    A named tuple rather than a frozen dataclass: a body has thousands of tokens, and a
    tuple is built several times faster (immutable and hashable all the same).
    """

    text: str
    start: int
    end: int
    folded: str
    gap: str
    sentence_start: bool
    title_case_line: bool
    after_plural_possessive: bool
    capitalised: bool  # starts with a capital (read for every word, so stored, not computed)

    @property
    def acronym(self) -> bool:
        """All capitals, at least two of them ("NATO", "CSIS", "G20", "U.S")."""
        return _acronym(self.text)

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


def written_lower(tokens: list[Token]) -> frozenset[str]:
    """The folded words the body writes in lower case as words, not inside a link, handle or hashtag.

    A word written in lower case is evidence that it is an ordinary word, not a name; yet a
    web address spells a story's slug in lower case ("…/article/123/fulan-badu-hadir") and a
    handle or hashtag too ("@fulanbadu"), so a name met only there stays a name.

    Several stages ask this of one body's tokens (five times an article, a third of recognition's
    time when each read them anew); each thread keeps the answers for its last few token lists,
    holding the list itself, so a list that changes length is read again.
    """
    held: deque[tuple[list[Token], int, frozenset[str]]] = getattr(_HELD, "answers", None) or deque(maxlen=4)
    _HELD.answers = held
    for listed, length, answer in held:
        if listed is tokens and length == len(tokens):
            return answer
    answer = _written_lower(tokens)
    held.appendleft((tokens, len(tokens), answer))
    return answer


_HELD = threading.local()


def _written_lower(tokens: list[Token]) -> frozenset[str]:
    out: set[str] = set()
    in_link = False
    for k, token in enumerate(tokens):
        gap = token.gap
        if in_link and gap and gap == "".join(gap.split()):
            continue  # attached to the link: no space in the gap
        text, folded = token.text, token.folded
        # only a word with a dot, after "@" or "#", or a scheme can open a link: the others skip the call
        if "." in text or "." in folded or gap[-1:] in ("@", "#") or folded in ("http", "https"):
            in_link = _opens_link(tokens, k)
        else:
            in_link = False
        if not in_link and text.islower():
            out.add(folded)
    return frozenset(out)


def _opens_link(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` starts a web address, a handle ("@fulan") or a hashtag ("#fulan")."""
    token = tokens[k]
    if token.gap[-1:] in ("@", "#") or token.folded in ("http", "https") or token.folded.startswith("www."):
        return True
    following = tokens[k + 1].gap if k + 1 < len(tokens) else ""
    return "." in token.text and following.startswith("/")


def words(text: str) -> list[str]:
    """The word strings of ``text``, split exactly as :func:`tokenize` splits a body."""
    if _GLUED_HINT.search(text) is None:  # nearly every text: no word can be two glued words
        return _WORD.findall(text)
    return [text[start:end] for start, end in _spans(text)]


def _spans(text: str) -> list[tuple[int, int]]:
    """Word offsets; a word in capitals glued to a capitalised everyday word is two words."""
    if _GLUED_HINT.search(text) is None:
        return [match.span() for match in _WORD.finditer(text)]
    out: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        glued = _GLUED.fullmatch(match.group())
        if glued is not None and fold(glued.group(1)) in folded_set("models/lower_words.txt"):
            cut = start + glued.start(1)
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def tokenize(body: str) -> list[Token]:
    """Splits ``body`` into tokens, marking sentence starts and Title Case lines."""
    raw = _spans(body)
    if "'" in body or "’" in body:  # a possessive's "'s" is no part of the word
        raw = [(s, e - 2 if e - s > 2 and body[e - 2 : e] in _POSSESSIVE_SET else e) for s, e in raw]
    newlines = [m.start() for m in _NEWLINE.finditer(body)]
    line_of = _line_numbers(raw, newlines)
    title_lines = _title_case_lines(body, raw, line_of, newlines)
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__  # Token's own __new__ is a Python function: one frame a word less
    previous_end = 0
    previous_text = ""
    for (start, end), line in zip(raw, line_of, strict=True):
        text = body[start:end]
        gap = body[previous_end:start]
        if gap == " ":  # most words: no apostrophe gap, no sentence end
            possessive = False
            sentence_start = not tokens
        else:
            possessive = gap in _APOSTROPHE_GAPS and _plural_possessive(gap, previous_text, body, start)
            if not tokens:
                sentence_start = True
            elif possessive:
                sentence_start = False
            else:
                sentence_start = _starts_sentence(gap, previous_text)
        folded = text.lower() if text.isascii() else fold(text)
        title, upper = line in title_lines, text[:1].isupper()
        append(make(Token, (text, start, end, folded, gap, sentence_start, title, possessive, upper)))
        previous_end, previous_text = end, text
    return tokens


def _line_numbers(spans: list[tuple[int, int]], newlines: list[int]) -> list[int]:
    """The line of each span: how many newlines come before its start (spans are in order)."""
    out: list[int] = []
    line = 0
    count = len(newlines)
    for start, _ in spans:
        while line < count and newlines[line] < start:
            line += 1
        out.append(line)
    return out


def _plural_possessive(gap: str, previous: str, body: str, start: int) -> bool:
    """ "Growers' Cooperative": an apostrophe closing a plural before a capitalised word.

    A word that opened with a single quote ("'Kings' Road") closes a quotation instead.
    """
    if gap not in ("' ", "’ ") or not previous.endswith("s") or not body[start : start + 1].isupper():
        return False
    opening = start - len(gap) - len(previous) - 1
    return opening < 0 or body[opening] not in "'‘"


_OPENS, _NO_END, _FULL_STOP, _ENDS = range(4)
_GAP_KINDS: dict[str, int] = {}  # short gaps repeat endlessly (" ", ". ", ", "): classified once


def _gap_kind(gap: str) -> int:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        if _OPENING.search(gap):
            kind = _OPENS
        elif not _SENTENCE_END.search(gap):
            kind = _NO_END
        else:
            kind = _FULL_STOP if gap.strip() == "." else _ENDS
        if len(gap) <= 8:
            _GAP_KINDS[gap] = kind
    return kind


def _starts_sentence(gap: str, previous: str) -> bool:
    kind = _gap_kind(gap)
    if kind != _FULL_STOP:
        return kind != _NO_END
    # "Dr. Smith", "J. Smith", "Agus D.W. Fulan", "U.S. officials": a dot after an abbreviation ends nothing.
    return not (is_initials(previous) or fold(previous) in folded_set("language/abbreviations.txt"))


def _title_case_lines(
    body: str, spans: list[tuple[int, int]], line_of: list[int], newlines: list[int]
) -> set[int]:
    """Lines where nearly every longer word is capitalised and no full stop ends the line.

    Headlines, subheads and "Baca Juga" links look like that; a body sentence packed
    with names still ends with a full stop.
    """
    totals = [0] * (len(newlines) + 1)
    uppers = [0] * (len(newlines) + 1)
    for (start, end), line in zip(spans, line_of, strict=True):
        if end - start >= 4:
            totals[line] += 1
            if body[start].isupper():
                uppers[line] += 1
    found = set()
    for line, total in enumerate(totals):
        if total < 4 or uppers[line] < 0.85 * total:
            continue
        last = (newlines[line] if line < len(newlines) else len(body)) - 1
        while last >= 0 and body[last].isspace():
            last -= 1
        if body[last] != ".":
            found.add(line)
    return found


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what ``\w`` matches in a str pattern


def whole_word_starts(body: str, name: str) -> list[int]:
    r"""Where ``name`` stands in ``body`` with no word character either side: the matches of
    ``(?<!\w)name(?!\w)``, found by ``str.find`` (a pattern per name scans slower and fills
    the regex cache with patterns used once)."""
    out: list[int] = []
    n = len(name)
    if not n:
        return [m.start() for m in re.finditer(r"(?<!\w)(?!\w)", body)]
    at = body.find(name)
    while at >= 0:
        end = at + n
        if (at == 0 or not _word_char(body[at - 1])) and (end == len(body) or not _word_char(body[end])):
            out.append(at)
            at = body.find(name, end)
        else:
            at = body.find(name, at + 1)
    return out
