"""A quotation that opens an excerpt before anyone is named (``"…," dikutip dari Kabar.com.`` or
``"…," katanya.`` as the body's first lines, then ``Kendati begitu, Fulan belum bisa …``).

Scraped excerpts and agency rewrites often start with the quotation and name its speaker in the
next sentence. When such a leading quotation has no cue, or only a pronoun's (reported statements
with a pronoun's cue may stand among them), and the text up to the next statement with a known
speaker names that one person only, the quotation is theirs. A name standing alone on its line
before it (a byline left in the body) is no one put forward.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..models import Statement
from .names import NameBook
from .sole_person import alone_on_line, pronoun_cue

__all__ = ["named_after_opening"]


def named_after_opening(
    book: NameBook, statements: list[Statement], shown: Callable[[str], str | None]
) -> list[Statement]:
    """``statements`` with the leading unattributed quotations given to the one person named
    between them and the next statement whose speaker is known (see the module's doc); ``shown``
    turns the book's name into the statement's (a listed figure's full name)."""
    body = book.body
    lead = 0
    while lead < len(statements) and _unnamed_lead(statements[lead]):
        lead += 1
    if lead == 0 or lead == len(statements):
        return statements
    first, last, known = statements[0], statements[lead - 1], statements[lead]
    if known.speaker is None or not book.is_person(known.speaker):
        return statements
    before = [
        m
        for m in book.person_mentions(0, first.start)
        if not alone_on_line(body, m[0], m[1]) and not book.headlines.covers(m[0])
    ]
    between = {shown(name) for _s, _e, name in book.person_mentions(last.end, known.end)}
    if before or between != {known.speaker}:
        return statements
    return [replace(s, speaker=known.speaker) if k < lead else s for k, s in enumerate(statements)]


def _unnamed_lead(statement: Statement) -> bool:
    """A leading statement nobody was named for: a quotation with no cue or a pronoun's, or a
    reported one whose cue is a pronoun's (``Larangan itu, imbuhnya, bertentangan …``)."""
    cue = statement.speaker_as_written
    if statement.speaker is not None:
        return False
    if cue is None:
        return statement.kind == "direct"
    return pronoun_cue(cue)
