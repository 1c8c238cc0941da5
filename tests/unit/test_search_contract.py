"""What any search engine behind kutip's protocol must do.

Each test runs against the Whoosh engine and against :class:`MemoryEngine`, a small
in-memory engine written here from the protocol alone: that both pass shows the contract
speaks kutip's terms, not Whoosh's. An OpenSearch engine would join ``ENGINES``
(see docs/scaling.md).
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from kutip.index.models import Article, Credit, Entity, EntityType, Span, Statement
from kutip.index.search.check import check_query
from kutip.index.search.engine import Ranked, SearchEngine, StatementFilter, StopCheck, stop_if
from kutip.index.search.parse import parse_query
from kutip.index.search.tree import (
    And,
    AndMaybe,
    AndNot,
    Dates,
    Not,
    Or,
    Pattern,
    Phrase,
    Query,
    Range,
    Word,
)
from kutip.index.search.whoosh_engine.engine import WhooshEngine

# -- a reference engine, from the protocol alone ----------------------------------------

_WORD = re.compile(r"\w+")
_ENTITY_FIELDS = {EntityType.PERSON: "person", EntityType.ORGANIZATION: "org", EntityType.PLACE: "place"}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


class _Doc:
    def __init__(
        self, doc_id: str, source: str, doctype: str, fields: dict[str, str], exact: dict[str, set[str]]
    ):
        self.id, self.source, self.doctype = doc_id, source, doctype
        self.words = {name: _words(value) for name, value in fields.items()}
        self.exact = exact  # keyword fields: whole values (entity names, kind, lang, date...)


class _MemoryBatch:
    def __init__(self, pending: list[_Doc], deleted: set[str]) -> None:
        self._pending, self._deleted = pending, deleted

    def delete_source(self, source: str) -> None:
        self._deleted.add(source)
        self._pending[:] = [d for d in self._pending if d.source != source]

    def add_article(self, article: Article) -> None:
        names: dict[str, set[str]] = {"person": set(), "org": set(), "place": set()}
        for entity in article.entities:
            names[_ENTITY_FIELDS[entity.type]].add(_fold(entity.name))
        names["person"] |= {_fold(c.name) for c in article.credits}
        exact = {**names, "lang": {article.lang}, "date": {article.date}, "outlet": {_fold(article.outlet)}}
        fields = {
            "title": article.title,
            "text": article.title + "\n" + article.body,
            "outlet": article.outlet,
        }
        fields["author"] = article.author
        self._pending.append(_Doc(article.id, article.source, "article", fields, exact))
        for s in article.statements:
            speaker = " ".join(x for x in (s.speaker, s.speaker_as_written) if x)
            exact = {
                "kind": {s.kind},
                "article": {article.id},
                "lang": {article.lang},
                "date": {article.date},
            }
            fields = {"text": s.text, "speaker": speaker, "via": s.via or "", "outlet": article.outlet}
            self._pending.append(_Doc(s.id, article.source, "statement", fields, exact))


class MemoryEngine:
    """Folded words, no stemming, score = how often the query's words occur (titles thrice)."""

    def __init__(self) -> None:
        self._docs: list[_Doc] = []
        self._generation = 0

    @contextmanager
    def batch(self) -> Iterator[_MemoryBatch]:
        pending, deleted = list(self._docs), set[str]()
        yield _MemoryBatch(pending, deleted)
        self._docs = pending
        self._generation += 1

    def rank(
        self, query: Query, limit: int | None, doctype: str = "article", stop: StopCheck | None = None
    ) -> Ranked:
        stop_if(stop)
        scored = [(d.id, self._score(query, d)) for d in self._docs if d.doctype == doctype]
        hits = sorted(((i, s) for i, s in scored if s is not None), key=lambda hit: -hit[1])
        return Ranked(hits[:limit] if limit is not None else hits, frozenset(self._terms(query)))

    def _terms(self, query: Query) -> Iterator[str]:
        if isinstance(query, (Word, Phrase)) and query.field is None:
            yield from _words(query.text)
        for child in _children(query):
            yield from self._terms(child)

    def _score(self, q: Query, doc: _Doc) -> float | None:  # None: no match
        if isinstance(q, And):
            scores = [self._score(c, doc) for c in q.children]
            positive = [c for c in q.children if not isinstance(c, Not)]
            if any(s is None for s in scores) or not positive:
                return None
            return sum(s for s in scores if s is not None)
        if isinstance(q, Or):
            found = [s for s in (self._score(c, doc) for c in q.children) if s is not None]
            return sum(found) if found else None
        if isinstance(q, Not):
            return None if self._score(q.child, doc) is not None else 0.0
        if isinstance(q, AndNot):
            return None if self._score(q.negative, doc) is not None else self._score(q.positive, doc)
        if isinstance(q, AndMaybe):
            base = self._score(q.required, doc)
            return None if base is None else base + (self._score(q.optional, doc) or 0.0)
        if isinstance(q, Dates):
            dates = doc.exact.get("date", set())
            return 0.0 if any(_in_span(d, q) for d in dates if d) else None
        return self._leaf(q, doc)

    def _leaf(self, q: Word | Phrase | Pattern | Range, doc: _Doc) -> float | None:
        field = q.field or "text"
        if isinstance(q, Range):
            values = doc.exact.get(field, set())
            return 0.0 if any((q.start or "") <= v <= (q.end or "\uffff") for v in values) else None
        if field in doc.exact and field not in doc.words:
            wanted = _fold(q.text)
            if isinstance(q, Pattern):
                return 1.0 if any(fnmatch.fnmatchcase(v, wanted) for v in doc.exact[field]) else None
            return 1.0 if wanted in doc.exact[field] else None
        words = doc.words.get(field, [])
        if isinstance(q, Pattern):
            count = sum(1 for w in words if fnmatch.fnmatchcase(w, _fold(q.text)))
        else:
            wanted = _words(q.text)
            if not wanted:
                return None
            count = sum(1 for i in range(len(words)) if words[i : i + len(wanted)] == wanted)
            if isinstance(q, Word) and len(wanted) > 1:  # a word the analyser splits: all pieces
                count = min(words.count(w) for w in wanted)
        if not count:
            return None
        in_title = (
            field == "text"
            and doc.doctype == "article"
            and _fold(q.text) in _words(" ".join(doc.words.get("title", [])))
        )
        return count * q.boost + (2.0 if in_title else 0.0)

    def with_entity(self, names: Iterable[str], entity_type: EntityType) -> list[str]:
        wanted = {_fold(n) for n in names}
        field = _ENTITY_FIELDS[entity_type]
        return [d.id for d in self._docs if d.doctype == "article" and d.exact.get(field, set()) & wanted]

    def statement_ids(self, wanted: StatementFilter) -> list[str]:
        found = []
        for d in self._docs:
            if d.doctype != "statement":
                continue
            if wanted.kind and wanted.kind not in d.exact["kind"]:
                continue
            if wanted.article and wanted.article not in d.exact["article"]:
                continue
            speaker = " ".join(d.words["speaker"])
            if wanted.speakers and not any(" ".join(_words(n)) in speaker for n in wanted.speakers):
                continue
            if wanted.speaker_word and wanted.speaker_word not in speaker:
                continue
            found.append(d.id)
        return found

    def matches(self, texts: Mapping[str, tuple[str, str]], query: Query) -> dict[str, list[Span]]:
        terms = set(self._terms(query))
        return {
            doc_id: [Span(m.start(), m.end()) for m in _WORD.finditer(text) if _fold(m.group()) in terms]
            for doc_id, (text, _) in texts.items()
        }

    def generation(self) -> int:
        return self._generation

    def check(self) -> None:
        return None

    def close(self) -> None:
        return None


def _children(query: Query) -> tuple[Query, ...]:
    from kutip.index.search.tree import children

    return children(query)


def _in_span(date: str, span: Dates) -> bool:
    return (span.start is None or date >= span.start) and (span.end is None or date <= span.end)


# -- the contract -------------------------------------------------------------------------


def _statement(article: str, n: int, text: str, speaker: str, kind: str = "direct") -> Statement:
    return Statement(f"{article}:{n}", article, text, kind, 0, len(text), speaker=speaker)


ARTICLES = [
    Article(
        id="a1",
        source="/news/a1.txt",
        title="Banjir merendam pasar",
        outlet="Kabar Nusantara",
        date="2024-11-12",
        lang="id",
        body="Banjir merendam pasar induk. Pedagang beras memindahkan karung ke lantai dua.",
        entities=[Entity("Fulan Hidayat", EntityType.PERSON), Entity("Bekasi", EntityType.PLACE)],
        credits=[Credit("writer", "Rina Kusuma")],
        statements=[
            _statement("a1", 1, "Air naik sangat cepat malam itu", "Fulan Hidayat"),
            _statement("a1", 2, "Pasar akan dibuka lagi pekan depan", "Wulan Sari", "indirect"),
        ],
    ),
    Article(
        id="a2",
        source="/news/a2.txt",
        title="Harga gula naik",
        outlet="Warta Kota Digital",
        date="2024-10-03",
        lang="id",
        body="Harga gula naik di pasar tradisional. Pedagang mengeluhkan pasokan yang tersendat.",
        entities=[Entity("Badan Pangan Nasional", EntityType.ORGANIZATION)],
        statements=[_statement("a2", 1, "Pasokan gula tersendat sejak awal bulan", "Fulan Hidayat")],
    ),
    Article(
        id="a3",
        source="/news/a3.txt",
        title="Rail line opens",
        outlet="Kabar Nusantara",
        date="2023-05-20",
        lang="en",
        body="A new rail line opened on Friday. Commuters crowded the platform before dawn.",
        entities=[Entity("Hendro Prasetyo", EntityType.PERSON)],
        statements=[_statement("a3", 1, "The line will carry thousands every day", "Hendro Prasetyo")],
    ),
]


def _whoosh(tmp_path: Path) -> SearchEngine:
    return WhooshEngine(tmp_path / "ix")


def _memory(tmp_path: Path) -> SearchEngine:
    return MemoryEngine()


ENGINES: dict[str, Callable[[Path], SearchEngine]] = {"whoosh": _whoosh, "memory": _memory}


@pytest.fixture(params=sorted(ENGINES))
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchEngine]:
    made = ENGINES[request.param](tmp_path)
    with made.batch() as batch:
        for article in ARTICLES:
            batch.delete_source(article.source)
            batch.add_article(article)
    yield made
    made.close()


def _ids(engine: SearchEngine, typed: str, doctype: str = "article") -> set[str]:
    tree = parse_query(check_query(typed, statements=doctype == "statement"))
    return set(engine.rank(tree, None, doctype).ids())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("pasar", {"a1", "a2"}),
        ("pasar beras", {"a1"}),
        ("beras OR rail", {"a1", "a3"}),
        ("pasar NOT gula", {"a1"}),
        ("pasar ANDNOT beras", {"a2"}),
        ('"rail line"', {"a3"}),
        ('"line rail"', set()),
        ("platf*", {"a3"}),
        ('outlet:"Kabar Nusantara"', {"a1", "a3"}),
        ("lang:en", {"a3"}),
        ("lang:ID pasar", {"a1", "a2"}),
        ("date:2024", {"a1", "a2"}),
        ("date:2024-11", {"a1"}),
        ("date:2024-11-12", {"a1"}),
        ("date:2023-01..2024-10", {"a2", "a3"}),
        ("date:2024-10-04..", {"a1"}),
        ('person:"Fulan Hidayat"', {"a1"}),
        ('person:"Rina Kusuma"', {"a1"}),  # credited people are persons too
        ('org:"Badan Pangan Nasional"', {"a2"}),
        ("place:Bekasi", {"a1"}),
        ("title:gula", {"a2"}),
        ("(gula OR beras) pedagang", {"a1", "a2"}),
        ("tersendat", {"a2"}),
        ("sangat cepat", set()),  # words only a statement holds make no article hit
        ("pasar date:1999", set()),  # a filter that admits nothing admits nothing
        ("pasar lang:en", set()),
        ("platf* lang:en", {"a3"}),
    ],
)
def test_articles_match_the_query_language(engine: SearchEngine, typed: str, found: set[str]) -> None:
    assert _ids(engine, typed) == found


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("tersendat", {"a2:1"}),
        ("pasar", {"a1:2"}),
        ("speaker:Hidayat", {"a1:1", "a2:1"}),
        ('speaker:"Fulan Hidayat" gula', {"a2:1"}),
        ("kind:indirect", {"a1:2"}),
        ("pedagang", set()),  # words of the article outside any statement
        ("pasar date:1999", set()),
        ("speaker:Hidayat date:2024-10", {"a2:1"}),
    ],
)
def test_statements_match_the_query_language(engine: SearchEngine, typed: str, found: set[str]) -> None:
    assert _ids(engine, typed, "statement") == found


def test_a_word_in_the_title_ranks_first(engine: SearchEngine) -> None:
    ranked = engine.rank(parse_query("gula"), None)
    assert ranked.ids()[0] == "a2"
    assert engine.rank(parse_query("pasar"), 1).ids() in (["a1"], ["a2"])  # the limit holds


def test_ranked_terms_are_what_snippets_light_up(engine: SearchEngine) -> None:
    ranked = engine.rank(parse_query("pasar"), None)
    assert ranked.terms and all(term in "pasar" for term in ranked.terms)


def test_with_entity_takes_exact_names_of_one_type(engine: SearchEngine) -> None:
    assert set(engine.with_entity(["Fulan Hidayat"], EntityType.PERSON)) == {"a1"}
    assert set(engine.with_entity(["Hidayat"], EntityType.PERSON)) == set()  # names, not words
    assert set(engine.with_entity(["Fulan Hidayat", "Hendro Prasetyo"], EntityType.PERSON)) == {"a1", "a3"}
    assert set(engine.with_entity(["Bekasi"], EntityType.PERSON)) == set()
    assert set(engine.with_entity(["Bekasi"], EntityType.PLACE)) == {"a1"}


@pytest.mark.parametrize(
    ("wanted", "at_least", "never"),
    [
        (StatementFilter(), {"a1:1", "a1:2", "a2:1", "a3:1"}, set()),
        (StatementFilter(kind="indirect"), {"a1:2"}, {"a1:1", "a2:1", "a3:1"}),
        (StatementFilter(article="a1"), {"a1:1", "a1:2"}, {"a2:1", "a3:1"}),
        (StatementFilter(speakers=("Fulan Hidayat",)), {"a1:1", "a2:1"}, {"a1:2", "a3:1"}),
        (StatementFilter(speakers=("Fulan Hidayat",), article="a2"), {"a2:1"}, {"a1:1"}),
        (StatementFilter(speaker_word="prasetyo"), {"a3:1"}, {"a1:1", "a2:1"}),
    ],
)
def test_statement_filters_never_drop_what_they_ask_for(
    engine: SearchEngine, wanted: StatementFilter, at_least: set[str], never: set[str]
) -> None:
    found = set(engine.statement_ids(wanted))
    assert at_least <= found and not found & never


def test_a_deleted_source_leaves_with_its_statements(engine: SearchEngine) -> None:
    before = engine.generation()
    with engine.batch() as batch:
        batch.delete_source("/news/a2.txt")
    assert engine.generation() != before
    assert _ids(engine, "gula") == set()
    assert engine.statement_ids(StatementFilter(article="a2")) == []


def test_matches_are_where_the_query_words_are(engine: SearchEngine) -> None:
    text = "Harga gula naik; gula pasir langka."
    found = engine.matches({"x": (text, "id")}, parse_query("gula"))
    assert [text[s.start : s.end] for s in found["x"]] == ["gula", "gula"]
