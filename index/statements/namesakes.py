"""Two people sharing a surname in one body, and which of them a short form means.

``Ayesha Rahman`` and ``Farid Rahman``: ``Dr Rahman`` goes to the one the same title was
written before; otherwise to the one of them who has spoken, when only one has (the other
named in passing: "he called Farid Rahman"); otherwise to the one named in full most recently.
"""

from __future__ import annotations

import bisect
import re

from ..names import is_short_form
from .lexicon import lexicon
from .text import tokens


class Namesakes:
    """The body's full names of two or more words, by their folded last word."""

    def __init__(self, body: str, fulls: set[str]) -> None:
        self.body = body
        # "Muhammad Zohri" inside "Lalu Muhammad Zohri" is the same person written shorter
        split = [full.split(" ") for full in fulls]
        tails = {" ".join(words[i:]) for words in split for i in range(1, len(words))}
        # "Anthony Ginting" beside "Anthony Sinisuka Ginting": the longer name written short of a word
        by_first: dict[str, list[str]] = {}
        for full in fulls:
            by_first.setdefault(full.split(" ")[0].casefold(), []).append(full)
        shorter = {
            a for same in by_first.values() for a in same for b in same if a != b and is_short_form(a, b)
        }
        fulls = fulls - tails - shorter
        self.by_surname: dict[str, list[str]] = {}
        for full in sorted(fulls):
            words = full.split()
            if len(words) > 1:
                self.by_surname.setdefault(words[-1].casefold(), []).append(full)
        self._written_at: dict[str, list[int]] = {}

    def pick(self, start: int, end: int, name: str, spoken: frozenset[str] = frozenset()) -> str:
        """The person the short form at ``body[start:end]`` means; ``name`` when nobody shares it.
        ``spoken``: the article's speakers so far."""
        written = tuple(t.text.casefold() for t in tokens(self.body, start, end))
        if len(written) != 1:
            return name
        rivals = self.by_surname.get(written[0], [])
        if len(rivals) < 2:
            return name
        title = self._title_before(start)
        latest: dict[str, tuple[bool, int]] = {}
        for full in rivals:
            positions = self._occurrences(full)
            for pos in positions[: bisect.bisect_left(positions, start)]:
                titled = title is not None and self._title_before(pos) == title
                latest[full] = max(latest.get(full, (False, -1)), (titled, pos))
        if not latest:
            return name
        best = max(latest, key=lambda f: latest[f])
        speakers = [f for f in latest if f in spoken]
        if len(speakers) == 1 and not latest[best][0]:
            return speakers[0]
        return best

    def _occurrences(self, full: str) -> list[int]:
        """Where a full name is written in the body, in order; computed once per name."""
        if not self._written_at:
            # every rival full name found in one pass over the body, longest alternative first
            shared = [names for names in self.by_surname.values() if len(names) > 1]
            rivals = sorted({f for names in shared for f in names}, key=len)
            self._written_at = {f: [] for f in rivals}
            if rivals:
                either = "|".join(re.escape(f) for f in reversed(rivals))
                for m in re.finditer(rf"(?<!\w)(?:{either})(?!\w)", self.body):
                    self._written_at[m.group()].append(m.start())
        return self._written_at.get(full, [])

    def _title_before(self, pos: int) -> str | None:
        """The honorific or role word written right before ``pos`` (``Dr``, ``Mr``, ``Bu``)."""
        lex = lexicon()
        before = tokens(self.body, max(0, pos - 16), pos)[-1:]
        if not before or not all(c in " .\u00a0" for c in self.body[before[0].end : pos]):
            return None
        word = before[0].text.casefold()
        return word if lex.is_a(word, "role") or lex.is_a(word, "abbreviation") else None
