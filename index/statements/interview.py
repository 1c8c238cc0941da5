"""Question-and-answer blocks (``Q:``/``A:``, ``T:``/``J:``): each answer quotes the interviewee.

Outlets print interviews as labelled lines with no quotation marks. A line counts as an answer
only inside a block, right after a question or another answer; the interviewee is the last
person the text named before the block (``The Straits Times spoke to Mr Goh``), else whoever
the narration last put forward.

Some print them unlabelled: a line announcing the interview (``Berikut wawancara dengan
Fulan:``), then questions as lines of their own that end with ``?`` and answers as the prose
lines after each. Those answers (``"u"``) are the interviewee's statements without marks.
"""

from __future__ import annotations

import re

from .names import NameBook
from .runs import name_runs
from .speaker_ref import SpeakerRef

_QUESTION = re.compile(r"(?:Q|T|Tanya|Pertanyaan|Question)[ \t\u00a0]*:[ \t\u00a0]*", re.IGNORECASE)
_ANSWER = re.compile(r"(?:A|J|Jawab|Jawaban|Answer)[ \t\u00a0]*:[ \t\u00a0]*", re.IGNORECASE)
_MARKS = "\"'“”‘’«»„"
_LOOK_BACK_PARAGRAPHS = 2
# a line that announces an interview and ends with a colon: "Berikut petikan wawancara dengan X:"
_ANNOUNCE = re.compile(r"\b(?:wawancara|petikan|bincang|interview|excerpts?|spoke\s+to)\b", re.IGNORECASE)
_MAX_QUESTION_WORDS = 30
_MIN_ANSWER_WORDS = 4
_MIN_UNLABELLED_QUESTIONS = 2  # without an announcement, two questions each with its answer
# without an announcement, answers must speak in the first person (an explainer's "Apa itu X?"
# sections answer in the third)
_FIRST_PERSON = frozenset({"saya", "aku", "kami", "kita", "i", "we", "my", "our"})


def interview_lines(body: str, paras: list[tuple[int, int]]) -> dict[int, str]:
    """Paragraph index -> ``"q"``, ``"a"`` (labelled answer) or ``"u"`` (unlabelled answer)."""
    out: dict[int, str] = {}
    for i, (ps, pe) in enumerate(paras):
        if _ANSWER.match(body, ps, pe) and out.get(i - 1) in ("q", "a"):
            out[i] = "a"
        elif _QUESTION.match(body, ps, pe) and i + 1 < len(paras) and _ANSWER.match(body, *paras[i + 1]):
            out[i] = "q"
    if not out:
        out.update(_unlabelled(body, paras))
    return out


def _question(body: str, start: int, end: int) -> bool:
    """A line that is one short question and nothing else, with no quotation marks."""
    text = body[start:end]
    return (
        text.endswith("?")
        and "?" not in text[:-1]
        and not any(c in _MARKS for c in text)
        and len(text.split()) <= _MAX_QUESTION_WORDS
        and text[:1].isupper()
    )


def _answer(body: str, start: int, end: int) -> bool:
    """A prose line: no quotation marks, a few words, ending like a sentence (the body's last line
    may be cut short by the scrape)."""
    text = body[start:end]
    last = not body[end:].strip()
    return (
        not any(c in _MARKS for c in text)
        and len(text.split()) >= _MIN_ANSWER_WORDS
        and (text[-1] in ".!…" or (last and text[-1].isalnum()))
        and text[:1].isupper()
    )


def _first_person(body: str, start: int, end: int) -> bool:
    return any(w.casefold() in _FIRST_PERSON for w in re.findall(r"\w+", body[start:end]))


def _unlabelled(body: str, paras: list[tuple[int, int]]) -> dict[int, str]:
    """Unlabelled blocks: question lines each followed by answer lines, after an announcement
    (or, with none, at least two such questions in a row)."""
    out: dict[int, str] = {}
    i = 0
    while i < len(paras):
        if not _question(body, *paras[i]) or i + 1 >= len(paras) or not _answer(body, *paras[i + 1]):
            i += 1
            continue
        announced = i > 0 and body[paras[i - 1][1] - 1] == ":" and _ANNOUNCE.search(body, *paras[i - 1])
        block: dict[int, str] = {}
        questions = 0
        j = i
        while j < len(paras):
            if _question(body, *paras[j]) and j + 1 < len(paras) and _answer(body, *paras[j + 1]):
                block[j] = "q"
                questions += 1
                j += 1
                while j < len(paras) and _answer(body, *paras[j]):
                    block[j] = "u"
                    j += 1
                continue
            break
        answers = [k for k, v in block.items() if v == "u"]
        spoken = sum(1 for k in answers if _first_person(body, *paras[k]))
        if announced or (questions >= _MIN_UNLABELLED_QUESTIONS and spoken * 2 >= len(answers)):
            out.update(block)
        i = max(j, i + 1)
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
