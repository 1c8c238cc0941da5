"""How a statement is written in a list: who, how (kind, via), where, then the words.

Everything here comes from articles, so it is built from plain strings through
``one_line`` and styled with spans, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Protocol, TypeVar

from textual.content import Content
from textual.content import Span as ContentSpan

from kutip.index.facade import ArticleSummary, Span, Statement, StatementRow
from kutip.tui.source_names import unnamed_source
from kutip.tui.text import one_line

T = TypeVar("T")
TEXT_LIMIT = 220
KIND_MARKS = {"direct": "“", "indirect": "~"}
MUTED = "$text-muted"
HIGHLIGHT = "bold $text-warning underline"
CLUSTER_MARK = "⧉"
CLUSTER_STYLE = "bold $text-accent"


def cluster_marker(others: int) -> str:
    """``⧉2``: the statement is also reported by two other articles."""
    return f"{CLUSTER_MARK}{others}"


class Said(Protocol):
    """What a statement and a linked report of it (``ClusterMember``) both hold."""

    @property
    def speaker(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...


class Listed(Protocol):
    """A statement as a list holds it with its article (a page's entry, a search hit)."""

    @property
    def row(self) -> StatementRow: ...


def repeat_key(said: Said) -> tuple[str, str, str]:
    """What a paragraph the page prints twice repeats: the speaker, the kind and the words."""
    return (said.speaker or "", said.kind, " ".join(said.text.split()))


def row_repeat_key(item: Listed) -> tuple[str, ...]:
    """Only one article's copies fold: the same words in two articles are two reports."""
    return (item.row.article.id, *repeat_key(item.row.statement))


def fold_repeats(items: Iterable[T], key: Callable[[T], Hashable]) -> list[list[T]]:
    """The items in order, each with its later repeats (same ``key``): the analysis keeps both
    copies of a repeated paragraph's statements, as the page prints both; a list shows one."""
    groups: dict[Hashable, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.values())


def printed_times(repeats: int) -> str:
    """``printed twice``: the page repeats the paragraph holding the statement."""
    return "printed twice" if repeats == 2 else f"printed {repeats} times"


def speaker_name(statement: Statement) -> str:
    return one_line(statement.speaker or "") or "(unattributed)"


def statement_prompt(
    statement: Statement,
    article: ArticleSummary | None = None,
    highlights: Sequence[Span] = (),
    *,
    show_speaker: bool = True,
    others: int = 0,
    repeats: int = 1,
) -> Content:
    """A two-line prompt: the attribution line, then the statement's text (cut to ``TEXT_LIMIT``).

    ``others`` is how many other articles report the same remark; it shows as ``⧉n`` after the
    kind's mark, where a narrow pane's wrapping never leaves it on a line of its own.
    ``repeats`` is how often the article prints it (a paragraph the page repeats).
    """
    details: list[str] = []
    if article is not None:
        details += [unnamed_source(article), one_line(article.date) or "undated"]
    details.append(statement.kind)
    if statement.via:
        details.append(f"via {one_line(statement.via)}")
    if repeats > 1:
        details.append(printed_times(repeats))
    mark = KIND_MARKS.get(statement.kind, "·")
    first: list[str | tuple[str, str]] = [(f"{mark} ", MUTED)]
    if others:  # first, beside the kind's mark: at the line's end a 35-cell pane wrapped it alone
        first += [(cluster_marker(others), CLUSTER_STYLE), " "]
    if show_speaker:
        first += [(speaker_name(statement), "bold"), (" · ", MUTED)]
    first.append((" · ".join(details), MUTED))
    return Content.assemble(*first, "\n", _text(statement.text, highlights))


def _text(text: str, highlights: Sequence[Span]) -> Content:
    flat = one_line(text)
    cut = flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1] + "…"
    spans = [
        ContentSpan(span.start, min(span.end, len(cut)), HIGHLIGHT)
        for span in highlights
        if 0 <= span.start < min(span.end, len(cut))
    ]
    return Content(cut, spans, strip_control_codes=False).stylize("italic")
