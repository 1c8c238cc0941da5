"""Whether a cluster still holds one remark: its direct quotes grouped by the words they copy.

Outlets reporting one remark copy one transcription of it, so their direct quotes in one language
share an unbroken run of words (``COPIED_RUN``, function words kept: :func:`verbatim.all_words`).
One speaker's two remarks on one day and one topic (a doorstop and a video call, both about the
same medals) share topic terms enough for :func:`update.matches`, pair by pair, but not such a run:
each remark's reports copy each other, never the other remark's. A cluster whose direct quotes of
one language fall into two copied groups (each copied by two articles or more), no quote of one
copying one of the other, is two remarks joined through topic terms: the linker refuses the join
that would make it (:meth:`update._Linker.join`) and joins copied pairs before loose ones
(:func:`copies`), so which remark's report came first does not decide the cluster. When an earlier
batch already joined the two remarks' first reports, the copied pair refused is the sign: the
clusters are linked again as one batch (:func:`update._settle`). Quotes one article gives apart are
parts of one answer, so they count as one group whatever they copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kutip.index.linking.verbatim import longest_run

__all__ = ["COPIED_RUN", "copied_groups", "copies"]

# Words in an unbroken run two quotes share that say one copied the other's transcription; the
# runs two remarks of one speaker on one topic share are three or four words ("rakyat juga bangga").
COPIED_RUN = 6


def copies(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two quotes' word lists share an unbroken run of ``COPIED_RUN`` words."""
    return min(len(a), len(b)) >= COPIED_RUN and longest_run(a, b) >= COPIED_RUN


def copied_groups(
    quotes: Iterable[tuple[str, str]], copied: Callable[[str, str], bool]
) -> list[frozenset[str]]:
    """The groups of quotes (``(statement, article)`` pairs) joined by ``copied`` pairs, or by one
    article quoting both (two parts of one answer that other outlets quote apart), that span two
    articles or more: each is one remark as the outlets copied it."""
    items = list(quotes)
    parent = {sid: sid for sid, _ in items}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    article = dict(items)
    for at, (first, _) in enumerate(items):
        for second, _ in items[at + 1 :]:
            if root(first) == root(second):
                continue
            if article[first] == article[second] or copied(first, second):
                parent[root(first)] = root(second)
    groups: dict[str, set[str]] = {}
    for sid, _ in items:
        groups.setdefault(root(sid), set()).add(sid)
    return [
        frozenset(group) for group in groups.values() if len({article[sid] for sid in group}) >= 2
    ]
