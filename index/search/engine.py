"""The search engine as kutip sees it: a :class:`typing.Protocol` in kutip's own terms.

The façade talks to this and nothing else of the engine: it hands over parsed query trees
(:mod:`kutip.index.search.tree`) and plain filters, and gets back ids, scores and the
analysed terms that matched. The document store stays the truth of what each id is;
an engine stores ids only. ``tests/test_search_contract.py`` holds what any engine must do
(the Whoosh one, and a small in-memory one written for the tests). ``docs/scaling.md``
maps the same protocol onto OpenSearch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Literal, Protocol

from kutip.index.models import Article, EntityType, Span
from kutip.index.search.tree import Query

DocType = Literal["article", "statement"]
StopCheck = Callable[[], bool]
"""Asked now and then during a search: True when the caller no longer wants its answer."""


class SearchDamaged(Exception):  # noqa: N818 - the name says what the caller learns
    """The search index cannot be read; the message says how, in a few words."""


class SearchStopped(Exception):  # noqa: N818 - the name says what the caller learns
    """A search's :data:`StopCheck` said stop: the work was dropped half way, nothing is returned.

    The reader's search bar stops a stale search this way when the next key comes (a short
    prefix over a large archive is seconds of pure-Python work, holding the engine's lock).
    """


def stop_if(stop: StopCheck | None) -> None:
    """Raise :class:`SearchStopped` when ``stop`` says so (between steps of a search)."""
    if stop is not None and stop():
        raise SearchStopped


@dataclass(frozen=True, slots=True)
class Ranked:
    """Ids best first with their scores, and the analysed terms the query looked for in text."""

    hits: list[tuple[str, float]]
    terms: frozenset[str] = frozenset()

    def ids(self) -> list[str]:
        return [doc_id for doc_id, _ in self.hits]


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """Which statements to list: any of ``speakers`` (exact names, or when ``speaker_word`` is
    set, any speaker holding that word), of this ``kind``, in this ``article``. Empty: all."""

    speakers: tuple[str, ...] = ()
    speaker_word: str = ""
    kind: str = ""
    article: str = ""


class Batch(Protocol):
    """Changes applied together by one commit."""

    def delete_source(self, source: str) -> None:
        """Forget every document (article and statements) of one source file."""

    def add_article(self, article: Article) -> None:
        """Index the article and its statements (the caller deleted its source first)."""


class SearchEngine(Protocol):
    """What kutip needs from a search engine."""

    def batch(self) -> AbstractContextManager[Batch]:
        """A write batch: committed on success, discarded on any error."""

    def rank(
        self, query: Query, limit: int | None, doctype: DocType = "article", stop: StopCheck | None = None
    ) -> Ranked:
        """Documents of ``doctype`` matching ``query``, best first (all when ``limit`` is None);
        raises :class:`SearchStopped` soon after ``stop()`` turns true."""

    def with_entity(self, names: Iterable[str], entity_type: EntityType) -> list[str]:
        """Ids of the articles whose entities (or credits) include any of ``names`` exactly."""

    def statement_ids(self, wanted: StatementFilter) -> list[str]:
        """Ids of the statements the filter admits, in no particular order (the store orders them).

        May admit more than asked (a speaker word is matched as a whole word of the speaker's
        names); the caller checks each row. Never fewer.
        """

    def matches(self, texts: Mapping[str, tuple[str, str]], query: Query) -> dict[str, list[Span]]:
        """Where the query's words occur in each text (id -> text and its language, which
        decides how words are stemmed), analysed as the engine analyses documents."""

    def generation(self) -> int:
        """Changes whenever another batch is committed."""

    def check(self) -> None:
        """Raise :class:`SearchDamaged` when the index cannot be read."""

    def close(self) -> None: ...


def merged_spans(*groups: Iterable[Span]) -> list[Span]:
    """Spans found by several means, in text order, each once."""
    return sorted({span for group in groups for span in group}, key=lambda span: span.start)
