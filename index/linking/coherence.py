"""Whether a cluster still holds one remark: its direct quotes grouped by the words they copy.

Outlets reporting one remark copy one transcription of it, so their direct quotes in one language
share an unbroken run of words (``COPIED_RUN``, function words kept: :func:`verbatim.all_words`).
One speaker's two remarks on one day and one topic (a doorstop and a video call, both about the
same medals) share topic terms enough for :func:`update.matches`, pair by pair, but not such a run:
each remark's reports copy each other, never the other remark's. A cluster whose direct quotes of
one language fall into two copied groups (each copied by two articles or more), no quote of one
copying one of the other, is two remarks joined through topic terms: the linker refuses the join
that would make it (:meth:`update._Linker.join`) and joins copied pairs before loose ones
(:meth:`update._Linker._copies`, two quotes sharing one of :func:`runs`), so which remark's
report came first does not decide the cluster. When an earlier
batch already joined the two remarks' first reports, the copied pair refused is the sign: the
clusters are linked again as one batch (:func:`update._settle`). Quotes one article gives apart are
parts of one answer, so they count as one group whatever they copy.

Two quotes share such a run exactly when they share one of its ``COPIED_RUN``-word runs
(:func:`runs`), so a group is kept as the union of its quotes' runs and articles (:class:`Part`): a
join compares the two clusters' groups, never their quotes pair by pair again, and a linker keeps
each cluster's groups (:class:`CopiedGroups`), so the check at a join costs what the join adds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "COPIED_RUN",
    "CopiedGroups",
    "Part",
    "Run",
    "joined",
    "parts",
    "runs",
    "spanning",
]

# Words in an unbroken run two quotes share that say one copied the other's transcription; the
# runs two remarks of one speaker on one topic share are three or four words ("rakyat juga bangga").
COPIED_RUN = 6

Run = tuple[str, ...]


def runs(words: Sequence[str]) -> frozenset[Run]:
    """Every run of ``COPIED_RUN`` consecutive words of a quote (none when it is shorter)."""
    return frozenset(zip(*(words[at:] for at in range(COPIED_RUN)), strict=False))


@dataclass(frozen=True)
class Part:
    """Quotes joined by copied runs or by one article: their ids, articles and runs together."""

    quotes: frozenset[str]
    articles: frozenset[str]
    runs: frozenset[Run]

    def meets(self, other: Part) -> bool:
        """Whether a quote of one copies one of the other, or one article gives both."""
        return not self.articles.isdisjoint(other.articles) or not self.runs.isdisjoint(other.runs)

    def __or__(self, other: Part) -> Part:
        return Part(self.quotes | other.quotes, self.articles | other.articles, self.runs | other.runs)


def _add(found: tuple[Part, ...], part: Part) -> tuple[Part, ...]:
    """``found`` (parts no two of which meet) with ``part`` and every part it meets made one: a
    part it does not meet meets none of those, so no two parts of the result meet."""
    whole, apart = part, []
    for other in found:
        if other.meets(part):
            whole = whole | other
        else:
            apart.append(other)
    return (*apart, whole)


def joined(ours: tuple[Part, ...], theirs: tuple[Part, ...]) -> tuple[Part, ...]:
    """The parts of two disjoint sets of quotes together, from each set's parts."""
    found = ours
    for part in theirs:
        found = _add(found, part)
    return found


def parts(quotes: Iterable[tuple[str, str]], runs_of: Callable[[str], frozenset[Run]]) -> tuple[Part, ...]:
    """The quotes (``(statement, article)`` pairs) in parts: joined by copied runs
    (``runs_of(statement)``) or by one article."""
    found: tuple[Part, ...] = ()
    for sid, article in quotes:
        found = _add(found, Part(frozenset((sid,)), frozenset((article,)), runs_of(sid)))
    return found


def spanning(found: Iterable[Part]) -> int:
    """How many parts span two articles or more: each one remark as the outlets copied it."""
    return sum(len(part.articles) >= 2 for part in found)


class CopiedGroups:
    """One linker's parts, kept per set of quotes (a cluster's direct quotes of one language): a
    cluster's parts are made once, and the parts of two clusters joined from theirs, so that the
    joined cluster's are at hand when it meets the next. Only sets that are clusters are kept: a
    join this check refuses keeps nothing, and one it lets through replaces its two sides by their
    union, so what is kept stays the batch's clusters with direct quotes, never every join tried.
    The quotes' runs come with each call (``runs_of``): a linker's own method kept here would tie
    the linker in a reference cycle."""

    def __init__(self) -> None:
        self._kept: dict[frozenset[str], tuple[Part, ...]] = {}

    def __len__(self) -> int:
        """How many sets of quotes have their parts kept."""
        return len(self._kept)

    def parts(
        self, quotes: Sequence[tuple[str, str]], runs_of: Callable[[str], frozenset[Run]]
    ) -> tuple[Part, ...]:
        key = frozenset(sid for sid, _ in quotes)
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = parts(quotes, runs_of)
        return found

    def splits(
        self,
        ours: Sequence[tuple[str, str]],
        theirs: Sequence[tuple[str, str]],
        runs_of: Callable[[str], frozenset[Run]],
    ) -> bool:
        """Whether two clusters' quotes of one language together hold two copied groups or more,
        more than either held (each side's quotes ``(statement, article)`` pairs, disjoint)."""
        mine, yours = self.parts(ours, runs_of), self.parts(theirs, runs_of)
        together = joined(mine, yours)
        after = spanning(together)
        if after >= 2 and after > max(spanning(mine), spanning(yours)):
            return True  # refused: both clusters stay as they are, their parts kept
        # a key is only ever a cache's: a join refused later for another language costs a regrouping
        for side in (ours, theirs):
            self._kept.pop(frozenset(sid for sid, _ in side), None)
        self._kept[frozenset(sid for part in together for sid in part.quotes)] = together
        return False

