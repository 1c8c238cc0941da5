"""Finds quotations by their marks, telling quote marks from apostrophes by context.

Writers mix straight and curly marks (Kompas opens with ``”``), so a mark's role comes from
what surrounds it, not from its shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon

DOUBLE = frozenset('"“”„«»')
SINGLE = frozenset("'‘’‚‹›")
_OPEN_BEFORE = frozenset("([{—–-/:;,")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…")
_SENTENCE_END = frozenset(".!?")
_OPENING_SHAPES = frozenset("“„«")  # marks only ever written to open
_HEADLESS_CLOSE = frozenset(",.!?")
_DOUBLE_MARK = re.compile(f"[{re.escape(''.join(sorted(DOUBLE)))}]")
_ANY_MARK = re.compile(f"[{re.escape(''.join(sorted(DOUBLE | SINGLE)))}]")
_NICKNAME_WORDS = 3
_MAX_JUNK = 2  # undecodable characters before a paragraph's opening mark
_MIN_HEADLESS_CHARS = 12  # a few words at least: a lone mark after one word is no quotation


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation: ``open``/``close`` are the marks' offsets (``close`` is None when unclosed)."""

    open: int
    close: int | None
    start: int
    end: int

    @property
    def mark_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _can_open(body: str, i: int, start: int, end: int) -> bool:
    prev = body[i - 1] if i > start else " "
    nxt = body[i + 1] if i + 1 < end else " "
    glued = prev in _SENTENCE_END and body[i] in _OPENING_SHAPES  # "… ditegakkan.“Kami …" (scraped, no space)
    glued = glued or (prev in _SENTENCE_END and _glued_pair(body, i, end))
    spaced = prev.isspace() or prev in _OPEN_BEFORE or prev in DOUBLE or prev in SINGLE
    # '?"Kami …' at a paragraph's start: a character the scrape could not decode stands before it
    junk = 0 < i - start <= _MAX_JUNK and _undecoded(body[start:i])
    # '" Kami …" kata Fulan' at a paragraph's very start: a space typed after the opening mark (no
    # quotation closes on a paragraph's first character, so the mark can only open)
    padded = i == start and body[i] in DOUBLE and nxt == " " and body[i + 2 : i + 3].isalnum()
    return (spaced or glued or junk) and (not nxt.isspace() or padded)


def _glued_pair(body: str, i: int, end: int) -> bool:
    """A straight or closing-shaped double mark glued after a finished sentence (``… (1/8)."Kami``,
    ``… proceedings.”Of the``) opens when a sentence starts right after it and the next double mark
    closes (a word's end before it, a space or stop after): the marks pair up. A scare quote
    further on (`` "istilah"``) opens with a space before it, so it pairs with nothing here."""
    if body[i] not in DOUBLE or not body[i + 1 : i + 2].isupper():
        return False
    found = _DOUBLE_MARK.search(body, i + 1, end)
    if found is None:
        return False
    j = found.start()
    after = body[j + 1 : j + 2]
    return body[j - 1] in _HEADLESS_CLOSE and (not after or after.isspace() or after in _CLOSE_AFTER)


def _undecoded(text: str) -> bool:
    """No letter, digit or mark: what a scrape leaves for a character it could not decode."""
    return not any(c.isalnum() or c in DOUBLE or c in SINGLE for c in text)


def _can_close(body: str, i: int, start: int, end: int) -> bool:
    prev = body[i - 1] if i > start else " "
    nxt = body[i + 1] if i + 1 < end else " "
    if prev in _HEADLESS_CLOSE and _cue_glued(body, i + 1, end):
        return True  # "… mahal,"kata Fulan": scraped without the space after the closing mark
    return not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER or nxt in DOUBLE or nxt in SINGLE)


_GLUED_WORD = re.compile(r"[a-z]+")


def _cue_glued(body: str, at: int, end: int) -> bool:
    """Whether a speech verb that follows a closing quotation starts right at ``at``."""
    word = _GLUED_WORD.match(body, at, min(end, at + 20))
    if word is None or (word.end() < end and body[word.end()].isalpha()):
        return False
    lex = lexicon()
    return word.group() in lex.post or word.group() in lex.clitic


def _paired_single(body: str, at: int, end: int) -> bool:
    """Two single marks in a row, straight or curly (``,’’ kata``, ``‘‘Kami``): one double mark."""
    return at + 1 < end and body[at] in SINGLE and body[at + 1] in SINGLE


def _spaced_close(body: str, i: int, start: int, end: int, family: frozenset[str]) -> bool:
    """A double mark with a space on both sides (``itu, " kata X``) cannot open a quotation, so
    inside an open one it closes it: a typing slip, not a nested quote."""
    prev = body[i - 1] if i > start else " "
    nxt = body[i + 1] if i + 1 < end else " "
    return family is DOUBLE and prev.isspace() and nxt.isspace()


def _reopened(body: str, open_at: int, at: int, start: int, end: int) -> bool:
    """A mark only ever written to open (``“``), after a finished sentence, inside a quotation
    that one such mark opened: the writer never closed the first, and this opens the next."""
    if body[open_at] not in _OPENING_SHAPES or body[at] not in _OPENING_SHAPES:
        return False
    before = body[open_at + 1 : at].rstrip()
    return bool(before) and before[-1] in _SENTENCE_END and _can_open(body, at, start, end)


def _stray_open(body: str, open_at: int, at: int, start: int, end: int) -> bool:
    """A straight double mark that opens (a space before it, a word after it) right after a speech
    verb and its comma or colon, inside a quotation a straight mark opened: the writer's first mark
    was stray (``"Kota itu belum membenarkannya, tetapi Fulan mengatakan, "Kami siap."``), and the
    narration before this one is no quotation."""
    if body[open_at] != '"' or body[at] != '"' or not body[at - 1 : at].isspace():
        return False
    if not _can_open(body, at, start, end):
        return False
    before = body[open_at + 1 : at].rstrip()
    if not before.endswith((",", ":")):
        return False
    words = before[:-1].split()
    lex = lexicon()
    verb = words[-1].casefold() if words else ""
    return verb in lex.active or verb in lex.post or verb in lex.participle


def _nickname(body: str, open_at: int, close: int) -> bool:
    """``Joko "Jokowi" Widodo``, ``Fulan "Bang Fulan" Hidayat``: a few capitalised words in marks
    right after a name word are the person's nickname, not a quotation; left out here, the name
    around them is one speaker's and the cue after them is read whole."""
    words = body[open_at + 1 : close].split()
    if not 1 <= len(words) <= _NICKNAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if words[-1][-1:] in ".!?,":
        return False
    before = body[max(0, open_at - 40) : open_at]
    previous = before.split()[-1:] if before.endswith(" ") and not before.endswith("  ") else []
    return bool(previous) and previous[0][:1].isupper() and previous[0][-1:].isalpha()


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _headless(body: str, start: int, end: int) -> tuple[Quotation | None, int]:
    """A paragraph whose opening mark the scrape lost: ``Kami masih menunggu,” kata Fulan.``

    Its first double mark closes a clause (a comma or a stop before it) and a lower-case word
    follows, the speech verb; no mark opens before it. The quotation runs from the paragraph's
    first word to that mark (``open`` is that word's offset: there is no mark to point at).
    """
    found = _DOUBLE_MARK.search(body, start, end)
    first = found.start() if found else -1
    if first - start < _MIN_HEADLESS_CHARS or body[first - 1] not in _HEADLESS_CLOSE:
        return None, first
    if _can_open(body, first, start, end) or not body[first + 1 : first + 2].isspace():
        return None, first
    if not body[first + 1 : end].lstrip()[:1].islower() and not _carried_open(body, start):
        return None, first
    s, e = _trimmed(body, start, first)
    return (Quotation(s, first, s, e) if e > s and body[s].isalnum() else None), first


def _carried_open(body: str, start: int) -> bool:
    """Whether the paragraph before ends on a lone double mark glued after its stop
    (``… proceedings.”`` then a break): a scrape split an opening mark off this paragraph."""
    before = body[:start].rstrip()
    if len(before) < 2 or before[-1] not in DOUBLE or before[-2] not in _SENTENCE_END:
        return False
    line = before[before.rfind("\n") + 1 :]
    return len(_DOUBLE_MARK.findall(line)) % 2 == 1


def quotations(body: str, start: int, end: int) -> list[Quotation]:
    """Quotations of one paragraph; a quotation left open runs to the paragraph's end.

    Only the outermost quotation counts: marks of the other family inside it are nested quotes.
    A straight single mark never opens an unclosed quotation, since it is usually an apostrophe.
    A paragraph that opens inside a quotation whose opening mark is lost counts from its start.
    """
    headless, first = _headless(body, start, end)
    if headless is not None:
        return [headless, *_marked(body, first + 1, end)]
    return _marked(body, start, end)


def _marked(body: str, start: int, end: int) -> list[Quotation]:
    """The quotations between marks, outermost only (see :func:`quotations`)."""
    found: list[Quotation] = []
    open_at: int | None = None
    family: frozenset[str] = DOUBLE
    i = start
    apostrophes_only = False  # set once a straight single mark found no partner further on
    text_from = start
    while True:
        skip = -1
        for mark in _ANY_MARK.finditer(body, i, end):  # only the marks, not every character
            at, ch = mark.start(), mark.group()
            if at == skip:
                continue
            pair = _paired_single(body, at, end)  # ``’’``, ``''``: two single marks typed for one double
            if pair:
                skip, ch = at + 1, '"'
            if open_at is None:
                if _can_open(body, at, start, end) and not (apostrophes_only and ch == "'"):
                    open_at, family = at, (DOUBLE if ch in DOUBLE else SINGLE)
                    text_from = at + 2 if pair else at + 1
            elif _stray_open(body, open_at, at, start, end):
                open_at, text_from = at, at + 1  # '"Narration, Fulan said, "…."': the first was stray
            elif _reopened(body, open_at, at, start, end):
                # "“First words. “Second words,” he added.": the first quotation was never closed
                s, e = _trimmed(body, text_from, at)
                if e > s:
                    found.append(Quotation(open_at, None, s, e))
                open_at, text_from = at, at + 1
            elif (
                ch in family
                and at > text_from
                and (
                    _can_close(body, at + 1 if pair else at, start, end)
                    or _spaced_close(body, at, start, end, family)
                )
            ):
                s, e = _trimmed(body, text_from, at)
                if e > s and not _nickname(body, open_at, at):
                    found.append(Quotation(open_at, at + 1 if pair else at, s, e))
                open_at = None
        if open_at is None:
            return found
        if family is SINGLE and body[open_at] == "'":
            # a dangling straight mark was an apostrophe: carry on as if it were not there
            # no later mark can close it, so no later straight mark can open either
            i, open_at, apostrophes_only = open_at + 1, None, True
            continue
        s, e = _trimmed(body, text_from, end)
        if e > s:
            found.append(Quotation(open_at, None, s, e))
        return found
