"""Question-and-answer blocks (``Q:``/``A:``, ``T:``/``J:``): each answer quotes the interviewee.

Outlets print interviews as labelled lines with no quotation marks. A line counts as an answer
only inside a block, right after a question or another answer; the interviewee is the last
person the text named before the block (``The Straits Times spoke to Mr Goh``), else whoever
the narration last put forward.
"""

from __future__ import annotations

import re

from .names import NameBook, SpeakerRef, name_runs

_QUESTION = re.compile(r"(?:Q|T|Tanya|Pertanyaan|Question)[ \t\u00a0]*:[ \t\u00a0]*", re.IGNORECASE)
_ANSWER = re.compile(r"(?:A|J|Jawab|Jawaban|Answer)[ \t\u00a0]*:[ \t\u00a0]*", re.IGNORECASE)
_MARKS = "\"'“”‘’«»„"
_LOOK_BACK_PARAGRAPHS = 2


def interview_lines(body: str, paras: list[tuple[int, int]]) -> dict[int, str]:
    """Paragraph index -> ``"q"`` or ``"a"`` for the lines of an interview block."""
    out: dict[int, str] = {}
    for i, (ps, pe) in enumerate(paras):
        if _ANSWER.match(body, ps, pe) and out.get(i - 1) in ("q", "a"):
            out[i] = "a"
        elif _QUESTION.match(body, ps, pe) and i + 1 < len(paras) and _ANSWER.match(body, *paras[i + 1]):
            out[i] = "q"
    return out


def answer_span(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The answer's words, without the label and any quotation marks around them."""
    m = _ANSWER.match(body, start, end)
    if m is None:
        return None
    s, e = m.end(), end
    while s < e and body[s] in _MARKS:
        s += 1
    while e > s and (body[e - 1] in _MARKS or body[e - 1].isspace()):
        e -= 1
    return (s, e) if e > s else None


def interviewee(book: NameBook, paras: list[tuple[int, int]], first: int) -> SpeakerRef | None:
    """The last person named in the paragraphs just before the block that starts at ``first``."""
    for i in range(first - 1, max(-1, first - 1 - _LOOK_BACK_PARAGRAPHS), -1):
        ps, pe = paras[i]
        for run in reversed(name_runs(book.body, ps, pe)):
            ref, ns, ne = book.analyse(run[0].start, run[-1].end, prefer_last=True)
            if ref.kind != "person" or ref.name is None:
                continue
            if ns == ne or " " in book.body[ns:ne].strip() or book.is_recognised(ref.name):
                return ref  # one unknown capitalised word ("Kepada", "Later") names no one
    return None
