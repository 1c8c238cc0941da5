"""Search as you type: the last word being typed is a prefix (``ban`` finds ``banjir``).

Only a bare last word still being typed is widened: not one inside a phrase, an
operator, a date or a code; Enter runs the query as typed. In a stemmed index a prefix
of the written word (``pemerin``) matches no stored stem (``perintah``), so the stems of
the recorded words it begins are searched as alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kutip.index.models import Span
from kutip.index.search.tree import Leaf, Or, Pattern, Query, Word, leaves, rewrite

_LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))(?:([A-Za-z_]+):)?([^\W_][\w\-]*)$")
_NOT_PREFIXED = frozenset({"date", "lang", "kind"})
PATTERN_FROM = 3
"""Letters from which the typed word is a pattern over every indexed term. Two letters begin a
large share of the vocabulary: Whoosh unions thousands of terms (seconds of CPU at 10,000
articles, holding the reader's interpreter), so a two-letter word is widened only by the
stems of the first ``SHORT_STEMS`` recorded words that begin with it; the third letter brings
the full prefix."""
SHORT_STEMS = 12
TYPED_TERMS = 64
"""Terms a typed prefix stands for in each field: the most frequent that it begins. ``ber`` or
``mem`` begins thousands, and their postings cost seconds of CPU per key at 10,000 articles."""
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})


def typed_prefix(query: str) -> str:
    """The last word, when it is being typed and may be widened ("" when none may)."""
    if query.count('"') % 2 or query != query.rstrip():
        return ""
    match = _LAST_WORD.search(query)
    if match is None:
        return ""
    field, word = match.group(1), match.group(2)
    if len(word) < 2 or word in _OPERATORS or (field and field.lower() in _NOT_PREFIXED) or word.isdigit():
        return ""  # one letter would expand to half the vocabulary
    return word


def widen_typed(query: Query, word: str, stems: Sequence[str] = ()) -> Query:
    """``query`` with its last word (``word``, from :func:`typed_prefix`) made a prefix, or'ed
    with ``stems`` (the stems of the recorded words that begin with it)."""
    if not word:
        return query
    last = len(list(leaves(query))) - 1
    seen = -1

    def widened(leaf: Leaf) -> Query:
        nonlocal seen
        seen += 1
        if seen != last or not isinstance(leaf, Word) or leaf.text != word:
            return leaf
        alternatives = [Word(stem, leaf.field) for stem in stems if stem.isalpha()]
        if len(word) < PATTERN_FROM:  # a short prefix: a few recorded words' stems, not every term
            alternatives = alternatives[:SHORT_STEMS]
            return Or((leaf, *alternatives)) if alternatives else leaf
        prefix = Pattern(f"{word}*", leaf.field, most=TYPED_TERMS)
        return Or((prefix, *alternatives)) if alternatives else prefix

    return rewrite(query, widened)


def as_prefix(query: str, stems: Sequence[str] = ()) -> str:
    """The typed text with its last word made a prefix, as the user could have typed it
    (what :func:`widen_typed` does to the parsed query; kept for the reader's display)."""
    word = typed_prefix(query)
    if not word:
        return query
    short = len(word) < PATTERN_FROM
    widened = [word] if short else [f"{word}*"]
    stems = [stem for stem in stems if stem.isalpha()][: SHORT_STEMS if short else None]
    if not stems:
        return query if short else query + "*"
    start = len(query) - len(word)
    return f"{query[:start]}({' OR '.join([*widened, *stems])})"


def prefix_matches(text: str, prefix: str) -> list[Span]:
    """Where words beginning with ``prefix`` occur in ``text`` (case-insensitive), to highlight."""
    if not prefix:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(prefix)}\w*", re.IGNORECASE)
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]
