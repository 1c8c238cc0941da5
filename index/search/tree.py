"""kutip's query tree: what the user asked for, before any engine sees it.

The query language is parsed once (:mod:`kutip.index.search.parse`) into these nodes;
each engine translates the tree into its own queries. Fields are the user's names
(``title``, ``person``, ``date``…), ``None`` meaning the text itself (titles and bodies of
articles, the words of statements). Words are kept as typed: folding, stopwords and
stemming belong to the engine's analysers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Word:
    """One word as typed (the engine analyses it: ``mengatakan`` also finds ``kata``)."""

    text: str
    field: str | None = None
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words in this order, at most ``slop`` positions apart (``"a b"~3``)."""

    text: str
    field: str | None = None
    slop: int = 1
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Pattern:
    """A word with ``*`` (any letters) or ``?`` (one letter): ``ban*`` is a prefix. ``most`` (a
    prefix being typed) keeps only that many of the terms it begins, the most frequent; 0: all.
    It says how much of the query a search while typing reads, not what was asked: equal
    patterns stay equal whatever their ``most``."""

    text: str
    field: str | None = None
    boost: float = 1.0
    most: int = dataclasses.field(default=0, compare=False)  # the class body names its own `field`


@dataclass(frozen=True, slots=True)
class Dates:
    """Dates from ``start`` to ``end`` inclusive, as ``yyyy-mm-dd`` strings (either may be open).

    A partial date is its whole span: ``2024-11`` is ``2024-11`` .. ``2024-11-99``;
    ``typed`` keeps what the user wrote.
    """

    start: str | None
    end: str | None
    typed: str = ""


@dataclass(frozen=True, slots=True)
class Range:
    """``field:[a TO b]`` (``{`` and ``}`` exclude their end): values between two words."""

    field: str | None
    start: str | None
    end: str | None
    start_excluded: bool = False
    end_excluded: bool = False
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Query, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Query, ...]
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class Not:
    child: Query
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class AndNot:
    """``a ANDNOT b``: what matches ``a`` and not ``b``."""

    positive: Query
    negative: Query
    boost: float = 1.0


@dataclass(frozen=True, slots=True)
class AndMaybe:
    """``a ANDMAYBE b``: what matches ``a``, ranked higher when it matches ``b`` too."""

    required: Query
    optional: Query
    boost: float = 1.0


Leaf: TypeAlias = Word | Phrase | Pattern | Dates | Range
Query: TypeAlias = Leaf | And | Or | Not | AndNot | AndMaybe


def children(node: Query) -> tuple[Query, ...]:
    if isinstance(node, (And, Or)):
        return node.children
    if isinstance(node, Not):
        return (node.child,)
    if isinstance(node, AndNot):
        return (node.positive, node.negative)
    if isinstance(node, AndMaybe):
        return (node.required, node.optional)
    return ()


def leaves(node: Query) -> Iterator[Leaf]:
    """Every leaf, left to right."""
    if isinstance(node, (Word, Phrase, Pattern, Dates, Range)):
        yield node
        return
    for child in children(node):
        yield from leaves(child)


def rewrite(node: Query, leaf: Callable[[Leaf], Query]) -> Query:
    """The tree with each leaf replaced by ``leaf(it)``; operators kept."""
    if isinstance(node, (Word, Phrase, Pattern, Dates, Range)):
        return leaf(node)
    if isinstance(node, (And, Or)):
        return replace(node, children=tuple(rewrite(c, leaf) for c in node.children))
    if isinstance(node, Not):
        return replace(node, child=rewrite(node.child, leaf))
    if isinstance(node, AndNot):
        return replace(node, positive=rewrite(node.positive, leaf), negative=rewrite(node.negative, leaf))
    return replace(node, required=rewrite(node.required, leaf), optional=rewrite(node.optional, leaf))


def fields_of(node: Query) -> set[str | None]:
    """The fields the query names (``None`` for the text itself)."""
    return {leaf.field if not isinstance(leaf, Dates) else "date" for leaf in leaves(node)}


FILTER_FIELDS = frozenset({"lang", "kind", "date", "outlet", "author"})
"""Fields that narrow a search without ranking it: every match of ``lang:en`` is as good as another."""


def filters_apart(node: Query, fields: frozenset[str] = FILTER_FIELDS) -> tuple[Query, tuple[Leaf, ...]]:
    """The part of an AND that ranks, and its conjuncts that only narrow (on ``fields``).

    An engine can run the filters apart (cached, unscored: OpenSearch's filter context);
    a query made only of filters is left whole, since something must rank.
    """
    if not isinstance(node, And) or node.boost != 1.0:
        return node, ()
    narrowing = tuple(
        c for c in node.children if isinstance(c, Dates) or (
            isinstance(c, (Word, Phrase, Pattern)) and c.field in fields and c.boost == 1.0
        )
    )
    ranking = tuple(c for c in node.children if c not in narrowing)
    if not narrowing or not ranking:
        return node, ()
    return (ranking[0] if len(ranking) == 1 else And(ranking)), narrowing
