"""A linker keeps copied groups for its clusters only (:class:`kutip.index.linking.coherence.CopiedGroups`):
a refused join keeps nothing, a join let through replaces its two sides by their union, so a batch's
many tried joins do not pile up. Word lists invented."""

from __future__ import annotations

from kutip.index.linking.coherence import CopiedGroups, Run, runs

REMARK = tuple(f"ucap{i}" for i in range(10))
OTHER = tuple(f"lain{i}" for i in range(10))
WORDS = {"a:0": REMARK, "b:0": REMARK[1:], "c:0": OTHER, "d:0": OTHER[2:], "e:0": REMARK[:8]}


def runs_of(sid: str) -> frozenset[Run]:
    return runs(WORDS[sid])


def test_a_refused_join_keeps_only_its_two_sides() -> None:
    groups = CopiedGroups()
    ours, theirs = [("a:0", "a"), ("b:0", "b")], [("c:0", "c"), ("d:0", "d")]
    assert groups.splits(ours, theirs, runs_of)  # two remarks, each copied by two outlets
    assert len(groups) == 2
    assert groups.splits(ours, theirs, runs_of)  # asked again: the same, nothing more kept
    assert len(groups) == 2


def test_a_join_let_through_replaces_its_sides() -> None:
    groups = CopiedGroups()
    assert not groups.splits([("a:0", "a")], [("b:0", "b")], runs_of)
    assert len(groups) == 1
    assert not groups.splits([("a:0", "a"), ("b:0", "b")], [("e:0", "e")], runs_of)
    assert len(groups) == 1
    (kept,) = groups.parts([("a:0", "a"), ("b:0", "b"), ("e:0", "e")], runs_of)
    assert kept.articles == {"a", "b", "e"}


def test_a_side_dropped_is_grouped_again_the_same() -> None:
    """A join let through for one language may still be refused for another: the sides' parts are
    then made again from their quotes, with the same answer."""
    groups = CopiedGroups()
    ours, theirs = [("a:0", "a"), ("b:0", "b")], [("c:0", "c"), ("d:0", "d")]
    assert not groups.splits(ours, [("e:0", "e")], runs_of)  # dropped ours, kept the union
    assert groups.splits(ours, theirs, runs_of)
