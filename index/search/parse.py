"""kutip's query language, parsed once into :mod:`kutip.index.search.tree`.

The syntax is the one users have typed since the first release (it began as Whoosh's):
words (all must match), ``"phrases"`` (``"a b"~3`` allows words between), ``field:word``
and ``field:"two words"``, ``AND``, ``OR``, ``NOT``, ``ANDNOT``, ``ANDMAYBE`` (upper case,
between spaces), brackets, ``*``/``?`` wildcards, ``word^2`` boosts, ``field:[a TO b]``
ranges and ``date:`` spans (``2024-11``, ``2024-10-01..2024-11-30``). Operators bind as
they always did: ``NOT`` first, then ``AND``, then ``OR``, then ``ANDNOT`` and ``ANDMAYBE``;
words side by side are joined by AND last (``a b OR c`` is ``a AND (b OR c)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kutip.index.search.check import USER_FIELDS, QueryError, check_fields, date_span
from kutip.index.search.tree import And, AndMaybe, AndNot, Dates, Not, Or, Pattern, Phrase, Query, Range, Word

_LOWERED_FIELDS = frozenset({"lang", "kind"})
_INFIX = ("AND", "OR", "ANDNOT", "ANDMAYBE")
_FIELD_NAME = re.compile(r"(\w+):")
_PHRASE = re.compile(r'"([^"]*)"(?:~([1-9][0-9]*))?')
_RANGE = re.compile(r"([\[{])\s*(\S*?)\s+TO\s+(\S*?)\s*([\]}])|([\[{])\s*TO\s+(\S*?)\s*([\]}])")
_WORD = re.compile(r'[^\s()"]+')
_BOOST = re.compile(r"\^([0-9]*(?:\.[0-9]+)?)(?=$|[\s)])")


@dataclass(frozen=True, slots=True)
class _Operator:
    name: str


_Item = Query | _Operator


class _Reader:
    """Reads the typed text left to right into items, one bracket level at a time."""

    def __init__(self, text: str, known: tuple[str, ...]) -> None:
        self.text = text
        self.pos = 0
        self.known = known

    def group(self, closing: bool) -> list[_Item]:
        items: list[_Item] = []
        while True:
            self._skip_spaces()
            if self.pos >= len(self.text):
                if closing:
                    raise QueryError("the query has a '(' that is not closed")
                return items
            char = self.text[self.pos]
            if char == ")":
                if not closing:
                    raise QueryError("the query has a ')' with no '(' before it")
                self.pos += 1
                return items
            operator = self._operator()
            if operator is not None:
                items.append(operator)
                continue
            items.append(self._item(None))

    def _skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def _operator(self) -> _Operator | None:
        match = re.compile(r"(ANDNOT|ANDMAYBE|AND|OR|NOT)(?=\s)").match(self.text, self.pos)
        if match is None:
            return None
        before = self.text[self.pos - 1] if self.pos else ""
        name = match.group(1)
        if name == "NOT" and before not in ("", "(", ")") and not before.isspace():
            return None
        if name != "NOT" and not before.isspace():
            return None  # AND/OR need a space on both sides, as always
        self.pos = match.end()
        return _Operator(name)

    def _item(self, field: str | None) -> Query:
        text, pos = self.text, self.pos
        if text[pos] == "(":
            self.pos += 1
            node = _combine(self.group(closing=True))
            return _with_field(self._boosted(node), field) if field else self._boosted(node)
        if text[pos] == '"':
            match = _PHRASE.match(text, pos)
            if match is None:
                raise QueryError('the query has a " that is not closed')
            self.pos = match.end()
            slop = int(match.group(2)) if match.group(2) else 1
            return self._boosted(_phrase(match.group(1), field, slop))
        if field is None:
            named = _FIELD_NAME.match(text, pos)
            if named and named.group(1).lower() in self.known and named.end() < len(text):
                following = text[named.end()]
                if not following.isspace():
                    self.pos = named.end()
                    return self._item(named.group(1).lower())
        ranged = _RANGE.match(text, pos)
        if ranged:
            self.pos = ranged.end()
            return self._boosted(_range(ranged, field))
        match = _WORD.match(text, pos)
        if match is None:  # a lone quote or bracket: checked before, so this is a stray character
            raise QueryError(f"cannot understand the query near {text[pos:pos + 10]!r}")
        word = match.group()
        boost = _BOOST.search(word)
        self.pos = match.end()
        if boost and boost.group(1):
            return _leaf(word[: boost.start()], field, float(boost.group(1)))
        return _leaf(word, field)

    def _boosted(self, node: Query) -> Query:
        match = _BOOST.match(self.text, self.pos)
        if not match or not match.group(1):
            return node
        self.pos = match.end()
        if isinstance(node, Dates):
            return node  # dates filter; they do not rank
        return replace(node, boost=float(match.group(1)))


def _leaf(text: str, field: str | None, boost: float = 1.0) -> Query:
    if field == "date":
        return date_span(text)
    if field in _LOWERED_FIELDS:
        text = text.lower()
    if "*" in text or "?" in text:
        return Pattern(text, field, boost)
    return Word(text, field, boost)


def _phrase(text: str, field: str | None, slop: int) -> Query:
    if field == "date":
        return date_span(text)
    if field in _LOWERED_FIELDS:
        text = text.lower()
    return Phrase(text, field, slop)


def _range(match: re.Match[str], field: str | None) -> Range:
    if match.group(1):
        opening, start, end, closing = match.group(1, 2, 3, 4)
    else:
        opening, start, end, closing = match.group(5), "", match.group(6), match.group(7)
    return Range(field, start or None, end or None, opening == "{", closing == "}")


def _with_field(node: Query, field: str) -> Query:
    """A field given to a bracketed group applies to every leaf that names none."""
    from kutip.index.search.tree import rewrite

    def named(leaf: Word | Phrase | Pattern | Dates | Range) -> Query:
        if isinstance(leaf, Dates) or leaf.field is not None:
            return leaf
        if field == "date":
            return date_span(leaf.text) if isinstance(leaf, (Word, Phrase, Pattern)) else leaf
        return replace(leaf, field=field)

    return rewrite(node, named)


def _infix(items: list[_Item], name: str, make: Callable[[Query, Query], Query]) -> None:
    """Replace ``left NAME right`` by one node, left to right; an operator at an edge is dropped."""
    i = 0
    while i < len(items):
        item = items[i]
        if not (isinstance(item, _Operator) and item.name == name):
            i += 1
            continue
        left, right = (items[i - 1], items[i + 1]) if 0 < i < len(items) - 1 else (None, None)
        if left is None or right is None or isinstance(left, _Operator) or isinstance(right, _Operator):
            del items[i]
            continue
        items[i - 1 : i + 2] = [make(left, right)]


def _combine(items: list[_Item]) -> Query:
    """Apply the operators of one bracket level in their fixed order; the rest are ANDed."""
    i = 0
    while i < len(items):  # NOT takes the item after it
        item = items[i]
        if isinstance(item, _Operator) and item.name == "NOT":
            del items[i]
            if i < len(items) and not isinstance(items[i], _Operator):
                target = items[i]
                assert not isinstance(target, _Operator)
                items[i] = Not(target)
            continue
        i += 1
    _infix(items, "AND", lambda a, b: And((a, b)))
    _infix(items, "OR", lambda a, b: Or((a, b)))
    _infix(items, "ANDNOT", AndNot)
    _infix(items, "ANDMAYBE", AndMaybe)
    nodes = [item for item in items if not isinstance(item, _Operator)]
    if not nodes:
        raise QueryError("empty query")
    return nodes[0] if len(nodes) == 1 else And(tuple(nodes))


def _flat(node: Query) -> Query:
    """Nested ANDs (and nested ORs) without boosts made one: ``a AND b AND c`` is one AND of three."""
    if isinstance(node, (And, Or)):
        kind = type(node)
        flat: list[Query] = []
        for child in (_flat(c) for c in node.children):
            if type(child) is kind and child.boost == 1.0:
                flat.extend(child.children)
            else:
                flat.append(child)
        return kind(tuple(flat), node.boost)
    if isinstance(node, Not):
        return Not(_flat(node.child), node.boost)
    if isinstance(node, AndNot):
        return AndNot(_flat(node.positive), _flat(node.negative), node.boost)
    if isinstance(node, AndMaybe):
        return AndMaybe(_flat(node.required), _flat(node.optional), node.boost)
    return node


def parse_query(text: str, known: tuple[str, ...] = USER_FIELDS) -> Query:
    """The tree of a query (already passed through :func:`~kutip.index.search.check.check_query`).

    Raises :class:`QueryError` for an empty query or an unknown field.
    """
    text = text.strip()
    if not text:
        raise QueryError("empty query")
    check_fields(text, known)
    return _flat(_combine(_Reader(text, known).group(closing=False)))
