"""Photo captions left inside a story's prose, known by the picture's credit that closes them.

A scrape often keeps a caption in the text, glued to the paragraph around it (``… Selasa
(8/7). [Dok. Pemprov]Fulan pun menjanjikan …``, ``… at a press conference.  AP``). A caption
names whoever is in the picture, not whom the story goes on about, so like a title it puts
nobody forward for the pronouns and descriptions after it.
"""

from __future__ import annotations

import re

from ..ingest.outlets import is_agency_token
from ..language import fold, folded_set

_BRACKETED = re.compile(r"[ \t\u00a0]*[\[(]\s*([^\])\n]{1,80})[\])]")
_CLOSED = re.compile(r"[.!?][ \t\u00a0]*(?=[\[(])")  # a sentence's end, a bracket straight after it
_PHOTO_WORDS = frozenset({"foto", "photo", "fotografer", "photographer"})
_MAX_AGENCY_LETTERS = 20


def caption(body: str, start: int, end: int, para_end: int) -> bool:
    """Whether the sentence ``body[start:end]`` is a caption: a bracketed picture credit closes it
    (``[Dok. Pemprov]``, ``(Foto: Fulan/ANTARA)``, ``(ANTARA/Fulan)``), right after it or after
    its full stop inside it (a splitter reads ``(8/7). [Dok.`` as one sentence), or nothing but a
    news agency's name follows it to the end of its paragraph (``… in Jakarta.  AP``)."""
    if _credit(body[end:para_end]):
        return True
    if any(_credit(body[m.end() : para_end]) for m in _CLOSED.finditer(body, start, end)):
        return True
    tail = body[end:para_end].strip()
    return 0 < len(tail) <= _MAX_AGENCY_LETTERS and tail[:1].isupper() and is_agency_token(tail)


def _credit(text: str) -> bool:
    """Whether ``text`` opens with a bracketed picture source, photographer or agency."""
    bracket = _BRACKETED.match(text)
    if bracket is None:
        return False
    first = re.split(r"[\s.:/]+", bracket[1].strip(), maxsplit=1)[0]
    if not first[:1].isupper():
        return False
    sources = folded_set("language/credit_sources.txt") | _PHOTO_WORDS
    return fold(first) in sources or (len(first) > 1 and is_agency_token(first))
