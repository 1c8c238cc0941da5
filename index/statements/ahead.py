"""Quotation paragraphs that open a passage with no cue take the speaker named at its end.

So does a first quotation whose clitic cue (``ucapnya``) finds nobody put forward before it.

Indonesian news often prints two or three quoted paragraphs in a row and names the speaker
only after the last (``"…." / "…." / "…," kata Fulan.``). When the paragraph before the run
quoted no one and put no person forward, nobody earlier can be speaking, so the run waits
for its cue.
"""

from __future__ import annotations

from ..models import Statement
from .found import Found


class CueAhead:
    """Statements are shown in body order; waiting ones get the speaker of the closing cue."""

    def __init__(self) -> None:
        self.waiting: list[Statement] = []
        self.para = -1  # the paragraph of the last waiting statement
        self.last_para = -2  # the last paragraph holding any statement (none before the first)

    def take(self, f: Found, statement: Statement, *, subject_before: bool = False) -> None:
        """``subject_before``: the paragraph before put a person forward (``Fulan menatap puing
        rumahnya.``), who is the likelier speaker of an uncued quotation than a later cue."""
        first_in_para = self.last_para != f.paragraph
        uncued = f.kind == "direct" and f.ref.kind == "inherit"
        # '"…," ucapnya' opening the story's statements, nobody put forward before it: the
        # speaker named by the quotation right after is the likeliest "-nya"
        nobody = f.kind == "direct" and f.ref.kind == "pronoun" and statement.speaker is None
        if self.waiting:
            follows = f.paragraph == self.para + 1 and first_in_para
            if follows and uncued:
                self.waiting.append(statement)
                self.para = self.last_para = f.paragraph
                return
            # the closing cue names the speaker, or describes the one the article introduced
            # ("ucap mantan pelatih tim itu")
            named = f.ref.kind in ("person", "anaphor", "office")
            if follows and f.kind == "direct" and named and statement.speaker:
                for waiting in self.waiting:
                    waiting.speaker = statement.speaker
            self.waiting = []
        elif (
            (uncued or (nobody and self.last_para == -2))
            and first_in_para
            and self.last_para < f.paragraph - 1
            and not subject_before
        ):
            self.waiting = [statement]
            self.para = f.paragraph
        self.last_para = f.paragraph
