"""A description, then ``yaitu`` and a name: the name is whom the description means.

``Kuasa hukum keluarga korban, Badu Santoso, yaitu Fulan Hidayat, meminta …``: Badu is whose
family it is, written in the description's own apposition; the lawyer, the one who asks, is the
name after ``yaitu`` (``yakni``, ``namely``), and the clause's subject.
"""

from __future__ import annotations

from .lead import lead_words
from .lexicon import lexicon
from .names import NameBook
from .speaker_ref import SpeakerRef
from .text import Token


def namely_named(book: NameBook, toks: list[Token], k: int) -> SpeakerRef | None:
    """The recognised person named after the naming word at ``toks[k]`` and before a comma or
    the clause's lower-case predicate, else None."""
    if k + 1 >= len(toks) or not lexicon().is_a(toks[k].text, "namely"):
        return None
    name = lead_words(book.body, toks[k + 1 :])
    end = k + 1 + len(name)
    if not name or end >= len(toks):
        return None
    if toks[end].capitalised and "," not in book.body[name[-1].end : toks[end].start]:
        return None
    ref, _ns, _ne = book.analyse(name[0].start, name[-1].end, prefer_last=True)
    if ref.kind != "person" or ref.name is None or not book.is_recognised(ref.name):
        return None
    role = book.body[toks[0].start : toks[k].start].rstrip(" ,")
    return SpeakerRef("person", ref.name, ref.role or role)
