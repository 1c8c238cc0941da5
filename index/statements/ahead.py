"""Quotation paragraphs that open a passage with no cue take the speaker named at its end.

So does a first quotation whose clitic cue (``ucapnya``) finds nobody put forward before it.
And an excerpt that opens on pronoun or description cues (``he said``, ``the president
stated``, ``tegas dia``) before the text has put anyone forward: they wait for the first
statement whose cue names a person, the one the text puts forward first.

Indonesian news often prints two or three quoted paragraphs in a row and names the speaker
only after the last (``"…." / "…." / "…," kata Fulan.``). When the paragraph before the run
quoted no one and put no person forward, nobody earlier can be speaking, so the run waits
for its cue.
"""

from __future__ import annotations

from ..models import Statement
from .bodies import a_body
from .found import Found


class CueAhead:
    """Statements are shown in body order; waiting ones get the speaker of the closing cue."""

    def __init__(self, lang: str = "id") -> None:
        self.lang = lang
        self.waiting: list[Statement] = []
        self.para = -1  # the paragraph of the last waiting statement
        self.last_para = -2  # the last paragraph holding any statement (none before the first)
        # statements with unknown speakers before the text put anyone forward; None once it has
        self.opening: list[Statement] | None = []
        self.opening_para = -1  # the paragraph of the latest of them

    def take(
        self, f: Found, statement: Statement, subject_before: bool = False, put_forward: int = 0
    ) -> None:
        """``subject_before``: the paragraph before put a person forward (``Fulan menatap puing
        rumahnya.``), who is the likelier speaker of an uncued quotation than a later cue;
        ``put_forward``: how many persons the text has put forward so far, this speaker included."""
        self._opening(f, statement, put_forward)
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

    def _opening(self, f: Found, statement: Statement, put_forward: int) -> None:
        """``"…," he said`` / ``he also said …`` / ``"…," Fulan said``, nobody put forward before:
        the unknown openers are Fulan's. The chain ends at any other known speaker, at a cue no
        pronoun or description (``kata sumber``: someone unnamed speaks), once someone else was
        put forward (``Karwi merasakan …`` before ``ceritanya``), or after three paragraphs
        with no statement (a lead cut off above a later, separate account)."""
        if self.opening is None:
            return
        near = not self.opening or f.paragraph - self.opening_para <= _NEAR
        opener = f.ref.kind == "pronoun" or (f.ref.kind == "inherit" and self.opening)
        # a description, unless it names a body ("the National Cyber Agency has confirmed")
        opener = opener or (f.ref.kind == "anaphor" and not a_body(self.lang, f.ref.words))
        if statement.speaker is None and put_forward == 0 and opener and near:
            self.opening.append(statement)
            self.opening_para = f.paragraph
            return
        if statement.speaker is not None and put_forward == 1 and f.ref.kind == "person" and near:
            for waiting in self.opening:
                if waiting.speaker is None:
                    waiting.speaker = statement.speaker
        self.opening = None


_NEAR = 3  # paragraphs from the last unknown opener to the statement that names its speaker
