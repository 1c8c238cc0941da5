"""Copied groups kept per cluster (:class:`kutip.index.linking.coherence.CopiedGroups`): the same
answers as grouping a cluster's quotes pair by pair (session 42's check, kept here as the reference:
:func:`copied_groups`), with each quote's runs read once and a joined cluster's groups made from its
two sides'. Word lists invented."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.index.linking.coherence import (
    COPIED_RUN,
    CopiedGroups,
    joined,
    parts,
    runs,
    spanning,
)
from kutip.index.linking.verbatim import longest_run

WORDS = st.lists(st.sampled_from(["kami", "akan", "jalan", "terus", "dan", "itu", "baru"]), max_size=14)


def _by_longest_run(a: Sequence[str], b: Sequence[str]) -> bool:
    """The definition before runs: an unbroken shared run of ``COPIED_RUN`` words."""
    return min(len(a), len(b)) >= COPIED_RUN and longest_run(a, b) >= COPIED_RUN


def copies(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two quotes' word lists share a run (the linker asks it of kept runs)."""
    return not runs(a).isdisjoint(runs(b))


def copied_groups(
    quotes: Iterable[tuple[str, str]], copied: Callable[[str, str], bool]
) -> list[frozenset[str]]:
    """Session 42's grouping, pair by pair: quotes joined by ``copied`` pairs or by one article, the
    groups spanning two articles or more."""
    items = list(quotes)
    parent = {sid: sid for sid, _ in items}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            sid = parent[sid]
        return sid

    article = dict(items)
    for at, (first, _) in enumerate(items):
        for second, _ in items[at + 1 :]:
            if root(first) != root(second) and (article[first] == article[second] or copied(first, second)):
                parent[root(first)] = root(second)
    groups: dict[str, set[str]] = {}
    for sid, _ in items:
        groups.setdefault(root(sid), set()).add(sid)
    return [frozenset(g) for g in groups.values() if len({article[sid] for sid in g}) >= 2]


@settings(max_examples=400, deadline=None)
@given(WORDS, WORDS)
def test_sharing_a_run_is_sharing_an_unbroken_run_of_six(a: list[str], b: list[str]) -> None:
    assert copies(tuple(a), tuple(b)) == _by_longest_run(a, b)


def test_a_quote_shorter_than_a_run_has_none() -> None:
    assert runs(("satu", "dua", "tiga", "empat", "lima")) == frozenset()
    assert len(runs(tuple("abcdefg"))) == 2


def _quotes(seed: int) -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]]:
    """Random quotes of a few articles, some copying a shared remark, some not."""
    rng = random.Random(seed)
    remarks = [tuple(f"r{r}w{i}" for i in range(12)) for r in range(2)]
    words: dict[str, tuple[str, ...]] = {}
    quotes: list[tuple[str, str]] = []
    for n in range(rng.randint(2, 9)):
        article = f"a{rng.randint(0, 11)}"
        sid = f"{article}:{n}"
        if rng.random() < 0.6:
            source = rng.choice(remarks)
            start = rng.randint(0, 3)
            words[sid] = source[start : start + rng.randint(5, 9)]
        else:
            words[sid] = tuple(f"x{n}w{i}" for i in range(8))
        quotes.append((sid, article))
    return words, quotes


def _splits_pair_by_pair(
    ours: list[tuple[str, str]], theirs: list[tuple[str, str]], words: dict[str, tuple[str, ...]]
) -> bool:
    """The check as session 42 made it: each side and both grouped again from their quotes."""

    def copied(a: str, b: str) -> bool:
        return copies(words[a], words[b])

    before = max(len(copied_groups(side, copied)) for side in (ours, theirs))
    after = len(copied_groups([*ours, *theirs], copied))
    return after >= 2 and after > before


def test_kept_groups_answer_as_grouping_again() -> None:
    seen = {True: 0, False: 0}
    for seed in range(1500):
        words, quotes = _quotes(seed)
        sides = random.Random(-seed).choices((0, 1), k=len(quotes))
        ours = [q for q, side in zip(quotes, sides, strict=True) if side == 0]
        theirs = [q for q, side in zip(quotes, sides, strict=True) if side == 1]
        if not ours or not theirs:
            continue
        expected = _splits_pair_by_pair(ours, theirs, words)
        runs_of = lambda sid, w=words: runs(w[sid])  # type: ignore[misc]  # noqa: E731
        assert CopiedGroups().splits(ours, theirs, runs_of) == expected, seed
        seen[expected] += 1
    assert seen[True] > 30 and seen[False] > 300  # both answers met


def test_parts_spanning_two_articles_are_the_copied_groups() -> None:
    for seed in range(200):
        words, quotes = _quotes(seed)
        found = parts(quotes, lambda sid, w=words: runs(w[sid]))  # type: ignore[misc]
        groups = copied_groups(quotes, lambda a, b, w=words: copies(w[a], w[b]))  # type: ignore[misc]
        assert spanning(found) == len(groups)
        assert {p.quotes for p in found if len(p.articles) >= 2} == set(groups)


def test_a_joined_cluster_reuses_its_sides_parts() -> None:
    """The cluster two sides make is grouped from their parts: no quote's runs read again, and
    its parts are kept for the next join."""
    remark = tuple(f"kata{i}" for i in range(10))
    words = {"a:0": remark, "b:0": remark[2:], "c:0": remark[:7], "d:0": ("lain",) * 3}
    read: list[str] = []

    def runs_of(sid: str) -> frozenset[tuple[str, ...]]:
        read.append(sid)
        return runs(words[sid])

    groups = CopiedGroups()
    ours, theirs = [("a:0", "a"), ("b:0", "b")], [("c:0", "c")]
    assert not groups.splits(ours, theirs, runs_of)
    assert sorted(read) == ["a:0", "b:0", "c:0"]
    together = groups.parts([*ours, *theirs], runs_of)
    assert sorted(read) == ["a:0", "b:0", "c:0"]  # kept, not made again
    assert len(together) == 1 and together[0].articles == {"a", "b", "c"}
    assert not groups.splits([*ours, *theirs], [("d:0", "d")], runs_of)
    assert read.count("a:0") == 1


def test_joined_keeps_apart_what_nothing_bridges() -> None:
    one = parts([("a:0", "a")], lambda sid: frozenset({("p",) * COPIED_RUN}))
    two = parts([("b:0", "b")], lambda sid: frozenset({("q",) * COPIED_RUN}))
    assert len(joined(one, two)) == 2
