"""A batch's documents written without Whoosh's per-token chain, and its postings flushed inline,
give the same index as Whoosh's own ``add_document`` and ``add_postings`` (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.analysis import RegexTokenizer
from whoosh.codec.whoosh3 import W3FieldWriter
from whoosh.fields import TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.writing import SegmentWriter

from kutip.index.models import Article, Credit, Entity, EntityType, Statement
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine import blockcopy, documents, flush, store
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from kutip.index.search.whoosh_engine.toolkit import TOKEN_PATTERN, folding

_BODIES = [
    "Yang pertama, Fulan Hidayat mengatakan bahwa pembangunan jembatan di Desa Sukamaju selesai. "
    '"Kami sudah bekerja keras," kata Fulan. Warga menyambut, dan warga menyambut lagi pada 2024.',
    'The minister said the bridge would open in March. "It is a good day," said Rina Santoso, '
    "the mayor's deputy. The the bridge's cost rose 12.5 percent; Liputan6.com reported it first.",
    "Café Señor déjà-vu: ÉLAN et Ærø naïve coöperate. Ketua İstanbul Ωmega berkata «tidak» lagi.",
    "",
    "di dan yang ke dari",  # stopwords only
]


def _article(n: int, lang: str) -> Article:
    body = _BODIES[n % len(_BODIES)] + f" kalimat nomor {n} dibangun kembali"
    statements = [
        Statement(
            id=f"a{n}:{k}",
            article=f"a{n}",
            text=f"Kami membangun jembatan ke-{k} dan jalan itu, kata warga {n}",
            kind="direct" if k % 2 else "indirect",
            start=0,
            end=10,
            speaker="Fulan Hidayat" if k % 2 else None,
            speaker_as_written="kata Fulan" if k % 2 else None,
            via="Kantor Berita Nusantara" if k == 2 else None,
        )
        for k in range(n % 4)
    ]
    return Article(
        id=f"a{n}",
        source=f"/corpus/{n}.md",
        title="" if n % 7 == 3 else f"Jembatan Desa Sukamaju dibuka, ke-{n}",
        outlet="Harian Contoh" if n % 2 else "Warta Rekaan, Edisi Pagi",
        date=f"2024-0{1 + n % 9}-1{n % 10}" if n % 5 else "",
        author="Rina Santoso" if n % 3 else "",
        lang=lang,
        body=body,
        statements=statements,
        entities=[Entity("Fulan Hidayat", EntityType.PERSON), Entity("Desa Sukamaju", EntityType.PLACE)],
        credits=[Credit("writer", "Budi, Santoso")] if n % 4 == 1 else [],
    )


_ARTICLES = [_article(n, ("id", "en", "")[n % 3]) for n in range(200)]  # terms of over one block too


def _whooshs_own(batch: store.Batch, article: Article) -> None:
    """Whoosh's ``add_document`` for the article's documents, as the store wrote them before."""
    batch._writer.add_document(**store.article_document(article))
    for doc in store.statement_documents(article):
        batch._writer.add_document(**doc)
    batch.added += 1 + len(article.statements)


def _index(folder: Path, ours: bool, monkeypatch: pytest.MonkeyPatch, batches: int = 2) -> WhooshEngine:
    engine = WhooshEngine(folder)
    with monkeypatch.context() as patch:
        if not ours:
            patch.setattr(flush, "inline_postings", lambda writer: None)
        size = len(_ARTICLES) // batches
        for start in range(0, len(_ARTICLES), size):
            with engine.batch() as batch:
                for article in _ARTICLES[start : start + size]:
                    if ours:
                        batch.add_article(article)
                    else:
                        _whooshs_own(batch, article)
    return engine


def _contents(engine: WhooshEngine) -> dict[Any, Any]:
    """Everything a search can read: per segment, each term's postings (decoded values) and
    statistics, field lengths, stored fields and the id column."""
    out: dict[Any, Any] = {}
    with engine._ix.reader() as reader:
        for number, (leaf, _) in enumerate(reader.leaf_readers()):
            for fieldname, text in leaf.all_terms():
                info = leaf.term_info(fieldname, text)
                matcher = leaf.postings(fieldname, text)
                postings = []
                while matcher.is_active():
                    postings.append((matcher.id(), matcher.weight(), matcher.value()))
                    matcher.next()
                out[number, fieldname, text] = (
                    postings,
                    info.weight(),
                    info.doc_frequency(),
                    info.min_length(),
                    info.max_length(),
                    info.max_weight(),
                    info.min_id(),
                    info.max_id(),
                )
            for term, info in leaf._terms.items():  # block headers and contents, as pickled
                blocks = blockcopy._blocks(blockcopy._raw_postings(leaf, info))
                out[number, "blocks", term] = [  # a header's level aside: blockcopy.packed's
                    ((*header[:3], *header[4:]), blockcopy._data(header, data)) for header, data in blocks
                ]
            names = leaf.schema.names()
            out[number, "lengths"] = [
                [leaf.doc_field_length(d, name) for name in names] for d in range(leaf.doc_count_all())
            ]
            out[number, "stored"] = list(leaf.all_stored_fields())
            out[number, "ids"] = list(leaf.column_reader("id"))
    return out


def test_the_fast_documents_and_flush_write_what_whoosh_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = _index(tmp_path / "whoosh", ours=False, monkeypatch=monkeypatch)
    ours = _index(tmp_path / "ours", ours=True, monkeypatch=monkeypatch)
    try:
        expected = _contents(theirs)
        assert len(expected) > 200
        longest = max(len(value[0]) for key, value in expected.items() if key[1] not in ("blocks", "lengths"))
        assert longest > 128  # a term of two blocks (the codec's limit: 128 postings a block)
        assert _contents(ours) == expected
        for text in (
            "jembatan",
            "bridge",
            '"warga menyambut"',
            "fulan",
            "cafe",
            "outlet:harian",
            "title:desa",
        ):
            for doctype in ("article", "statement"):
                tree = parse_query(text)
                assert ours.rank(tree, None, doctype) == theirs.rank(tree, None, doctype), (text, doctype)
    finally:
        theirs.close()
        ours.close()


def test_a_pool_that_spills_writes_the_same_postings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    theirs = _index(tmp_path / "whoosh", ours=False, monkeypatch=monkeypatch, batches=1)
    monkeypatch.setattr(store, "BATCH_WRITER_MB", 0)  # every posting over the limit: runs on disk
    ours = _index(tmp_path / "ours", ours=True, monkeypatch=monkeypatch, batches=1)
    try:
        assert _contents(ours) == _contents(theirs)
    finally:
        theirs.close()
        ours.close()


def test_language_text_is_not_run_through_whooshs_token_chain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = RegexTokenizer.__call__

    def counted(self: RegexTokenizer, *args: Any, **kwargs: Any) -> Any:
        if self.expression.pattern == TOKEN_PATTERN:  # not the name fields' comma tokenizer
            calls.append(1)
        return original(self, *args, **kwargs)

    engine = WhooshEngine(tmp_path)
    try:
        monkeypatch.setattr(RegexTokenizer, "__call__", counted)
        with engine.batch() as batch:
            for article in _ARTICLES[:5]:
                batch.add_article(article)
        assert calls == []
        assert engine.rank(parse_query("jembatan"), None, "article")
    finally:
        engine.close()


def test_the_flush_is_not_whooshs_posting_by_posting_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("Whoosh's own add_postings ran")

    monkeypatch.setattr(W3FieldWriter, "add_postings", refused)
    engine = WhooshEngine(tmp_path)
    try:
        with engine.batch() as batch:
            batch.add_article(_ARTICLES[1])
        assert engine.rank(parse_query("bridge"), None, "article")
    finally:
        engine.close()


def test_a_chain_of_another_shape_is_left_to_whoosh() -> None:
    upper_only = TEXT(analyzer=RegexTokenizer(r"\w+"))
    assert documents.plan_of(upper_only) is None
    assert documents.plan_of(TEXT(analyzer=folding())) is not None
    schema = Schema(
        text=TEXT(analyzer=RegexTokenizer(r"\w+")), folded=TEXT(analyzer=folding(), spelling=True)
    )
    storage = RamStorage()
    ix = storage.create_index(schema)
    writer = ix.writer()
    assert isinstance(writer, SegmentWriter)
    flush.inline_postings(writer)
    plans: dict[str, Any] = {}
    documents.add_document(writer, {"text": "Satu Dua", "folded": "Tiga"}, plans)
    writer.commit()
    with ix.searcher() as searcher:
        assert list(searcher.lexicon("text")) == [b"Dua", b"Satu"]  # no lower case: Whoosh's own chain
        assert list(searcher.lexicon("folded")) == [b"tiga"]


def test_positions_after_leading_stopwords_keep_whooshs_numbering() -> None:
    from kutip.index.search.whoosh_engine.analysis import language_analyzer

    field = TEXT(analyzer=language_analyzer("id"), phrase=True)
    plan = documents.plan_of(field)
    assert plan is not None
    text = "yang dan Fulan membangun yang jembatan Fulan"
    assert list(documents.text_postings(plan, text)) == list(field.index(text))
