"""Two people sharing a surname in one body, and which of them a short form means.

``Ayesha Rahman`` and ``Farid Rahman``: ``Dr Rahman`` goes to the one the same title was
written before; otherwise to the one of them who has spoken, when only one has (the other
named in passing: "he called Farid Rahman"); otherwise to the one named in full most recently.

A name with a generational suffix (``Fulan Smith Jr``) is a person of its own, not a longer
way of writing ``Fulan Smith``, and is never the one a bare ``Smith`` means: the article names
him by his given name. And a bare surname the article has already used while only one of the
namesakes was introduced in full (``Fulan Smith`` in the opening, ``Smith said`` before
``Eric Smith`` appears) keeps naming that one for the rest of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..names import is_short_form
from .lexicon import Lexicon, lexicon
from .text import tokens

_MIN_LISTED = 3  # names in one sentence that make a list
_MAX_LIST_GAP = 4  # words between two names of a list ("Kapolri Jenderal", "dan Ketua")
_LIST_JOINERS = frozenset({"dan", "serta", "hingga", "sampai", "and", "juga", "pula"})


class Namesakes:
    """The body's full names of two or more words, by their folded last word."""

    def __init__(
        self,
        body: str,
        fulls: set[str],
        bare: tuple[int, ...] = (),
        heading: Callable[[int], bool] | None = None,
    ) -> None:
        """``bare``: where the recogniser found a person written as one word (a surname alone);
        ``heading``: whether a position is in a title or caption (no one is introduced there)."""
        self.body = body
        self._bare = bare
        self._heading = heading or (lambda _pos: False)
        # "Muhammad Zohri" inside "Lalu Muhammad Zohri" is the same person written shorter
        split = [full.split(" ") for full in fulls]
        tails = {" ".join(words[i:]) for words in split for i in range(1, len(words))}
        # "Anthony Ginting" beside "Anthony Sinisuka Ginting": the longer name written short of a word
        by_first: dict[str, list[str]] = {}
        for full in fulls:
            by_first.setdefault(full.split(" ")[0].casefold(), []).append(full)
        shorter = {
            a
            for same in by_first.values()
            for a in same
            for b in same
            if a != b and is_short_form(a, b) and not _suffixed(b, a)  # "Fulan Smith Jr" is his son
        }
        fulls = fulls - tails - shorter
        self.by_surname: dict[str, list[str]] = {}
        self.suffixed: set[str] = set()
        by_given: dict[str, list[str]] = {}
        for full in sorted(fulls):
            words = full.split()
            if len(words) > 1 and _is_suffix(words[-1]):
                self.suffixed.add(full)
                words = words[:-1]
            if len(words) > 1:
                self.by_surname.setdefault(words[-1].casefold(), []).append(full)
                by_given.setdefault(words[0].casefold(), []).append(full)
        # "Prabowo" opening one person's name and closing another's ("Fulan Prabowo", "Badu Sigit Fulan")
        self._mixed = {
            word: [*self.by_surname[word], *given]
            for word, given in by_given.items()
            if word in self.by_surname and not set(given) & set(self.by_surname[word])
        }
        self._fulls = sorted((f for f in fulls if " " in f), key=len, reverse=True)
        self._written_at: dict[str, list[int]] = {}

    def pick(self, start: int, end: int, name: str, spoken: frozenset[str] = frozenset()) -> str:
        """The person the short form at ``body[start:end]`` means; ``name`` when nobody shares it.
        ``spoken``: the article's speakers so far."""
        written = tuple(t.text.casefold() for t in tokens(self.body, start, end))
        if len(written) != 1:
            return name
        if (standing := self._outside_lists(self._mixed.get(written[0], []), start)) is not None:
            return standing
        everyone = self.by_surname.get(written[0], [])
        if written[0] in self._mixed:
            # "Prabowo" after "Prabowo Fulan" and "Badu Sigit Prabowo": the one who opens his name
            # with it is a rival too; with one of each, the one who has spoken, if only one has
            everyone = self._mixed[written[0]]
            if len(everyone) == 2:
                speakers = [f for f in everyone if f in spoken]
                return speakers[0] if len(speakers) == 1 else name
        if len(everyone) < 2:
            return name
        rivals = [f for f in everyone if f not in self.suffixed]  # a "Jr" goes by his given name
        if len(rivals) < 2:
            return rivals[0] if rivals else name
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
        holder = self._holder(rivals)
        if holder is not None and not latest[best][0]:
            return holder
        speakers = [f for f in latest if f in spoken]
        if len(speakers) == 1 and not latest[best][0]:
            return speakers[0]
        principals = [f for f in latest if f not in self._relatives(rivals)]
        if len(principals) == 1 and not latest[best][0]:
            return principals[0]  # "Donald Smith ... putranya, Eric Smith": "Smith" is Donald
        return best

    def _outside_lists(self, rivals: list[str], start: int) -> str | None:
        """The one of ``rivals`` the article wrote in full before ``start`` outside a list of
        names, when every other was written only inside one (``Hadir pula A, B, Kapolri Badu Sigit
        Fulan, hingga C``): a person named in passing among several does not take the short form
        from the one the article is about."""
        standing: list[str] = []
        passing: list[str] = []
        for full in rivals:
            before = [p for p in self._occurrences(full) if p < start and not self._heading(p)]
            if before:
                (standing if any(not self._listed(p) for p in before) else passing).append(full)
        return standing[0] if len(standing) == 1 and passing else None

    def _listed(self, pos: int) -> bool:
        """Whether the name at ``pos`` stands in a list of three or more names of one sentence:
        names one after another with only a comma, a joining word or an office's capitals
        between them (``A, Panglima TNI B, Kapolri Jenderal C, hingga …``)."""
        opened = max(self.body.rfind(c, 0, pos) for c in ".!?\n") + 1
        ends = [i for i in (self.body.find(c, pos) for c in ".!?\n") if i >= 0]
        closed = min(ends) if ends else len(self.body)
        either = "|".join(re.escape(f) for f in self._fulls)
        found = [
            (opened + m.start(), opened + m.end())
            for m in re.finditer(rf"(?<!\w)(?:{either})(?!\w)", self.body[opened:closed])
        ]
        at = next((k for k, (s, _e) in enumerate(found) if s == pos), None)
        if at is None:
            return False
        first = last = at
        while first > 0 and _joins_list(self.body[found[first - 1][1] : found[first][0]]):
            first -= 1
        while last + 1 < len(found) and _joins_list(self.body[found[last][1] : found[last + 1][0]]):
            last += 1
        return last - first + 1 >= _MIN_LISTED

    def _relatives(self, rivals: list[str]) -> set[str]:
        """Namesakes first written in full as a relative of another, in the sentence that named
        that other first: ``… Fulan Smith untuk bertemu dengan putranya, Eric Smith`` or
        ``keponakan Fulan Kalla, Badu Kalla``: the article goes on naming the relative in full
        or by the relation, and the bare surname stays the other's."""
        prose = {full: [p for p in self._occurrences(full) if not self._heading(p)] for full in rivals}
        found: set[str] = set()
        for full, positions in prose.items():
            if not positions:
                continue
            at = positions[0]
            opened = max(self.body.rfind(c, 0, at) for c in ".!?\n") + 1
            others = [(p, o) for o in rivals if o != full for p in prose[o] if opened <= p < at]
            if others and _after_kin(self.body, at, others):
                found.add(full)
        return found

    def _holder(self, rivals: list[str]) -> str | None:
        """The namesake the article's bare surname already named: the first introduced in full,
        when the surname alone was written (as a person) before any other was introduced."""
        prose = {full: [p for p in self._occurrences(full) if not self._heading(p)] for full in rivals}
        firsts = sorted((positions[0], full) for full, positions in prose.items() if positions)
        if len(firsts) < len(rivals):
            return None  # one of them is never written in full where this pass finds it
        (first_at, first), (second_at, _second) = firsts[0], firsts[1]
        surname = first.split()[-1]
        for pos in self._bare[
            bisect.bisect_right(self._bare, first_at) : bisect.bisect_left(self._bare, second_at)
        ]:
            if self.body.startswith(surname, pos) and not _followed_by_suffix(self.body, pos + len(surname)):
                return first
        return None

    def _occurrences(self, full: str) -> list[int]:
        """Where a full name is written in the body, in order; computed once per name."""
        if not self._written_at:
            # every rival full name found in one pass over the body, longest alternative first
            shared = [names for names in self.by_surname.values() if len(names) > 1]
            shared += list(self._mixed.values())
            rivals = sorted({f for names in shared for f in names}, key=len)
            self._written_at = {f: [] for f in rivals}
            if rivals:
                either = "|".join(re.escape(f) for f in reversed(rivals))
                for m in re.finditer(rf"(?<!\w)(?:{either})(?!\w)", self.body):
                    if not _followed_by_suffix(self.body, m.end()):  # "Fulan Smith Jr.": not Fulan Smith
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


def _joins_list(gap: str) -> bool:
    """Whether the words between two names join them in a list: a comma, then at most a few
    words, each capitalised (an office: ``Panglima TNI``), a role word or a joining word."""
    if "," not in gap:
        return False
    words = tokens(gap, 0, len(gap))
    lex = lexicon()
    return len(words) <= _MAX_LIST_GAP and all(
        w.capitalised or lex.is_a(w.text, "role") or w.text.casefold() in _LIST_JOINERS for w in words
    )


def _after_kin(body: str, at: int, others: list[tuple[int, str]]) -> bool:
    """Whether a kin word stands before the name at ``at`` (``putranya, Eric Smith``, ``his son
    Eric Smith``), or before the other namesake written right before it (``keponakan Fulan
    Kalla, Badu Kalla``)."""
    lex = lexicon()
    before = tokens(body, max(0, at - 60), at)
    if before and _kin(lex, before[-1].text) and not body[before[-1].end : at].strip(" ,\u00a0"):
        return True
    for pos, other in others:
        ahead = tokens(body, max(0, pos - 30), pos)
        if ahead and _kin(lex, ahead[-1].text) and body[pos + len(other) : at].strip(" \u00a0") == ",":
            return True
    return False


def _kin(lex: Lexicon, word: str) -> bool:
    """A lower-case kin word, or one with its -nya (``putranya``: his son)."""
    folded = word.casefold()
    if not word.islower():
        return False
    return lex.is_a(folded, "kin") or (folded.endswith("nya") and lex.is_a(folded[:-3], "kin"))


def _is_suffix(word: str) -> bool:
    return lexicon().is_a(word.rstrip(".").casefold(), "name_suffix")


def _suffixed(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a generational suffix (``Jr``, ``III``) after it."""
    words = longer.split()
    return len(words) > 1 and _is_suffix(words[-1]) and " ".join(words[:-1]) == shorter


def _followed_by_suffix(body: str, pos: int) -> bool:
    """Whether a suffix word follows ``pos`` (``Smith Jr.``: the son, however the words were cut)."""
    after = body[pos : pos + 8].lstrip(" ,\u00a0").split(" ")[0]
    return bool(after) and _is_suffix(after.rstrip(",;:"))
