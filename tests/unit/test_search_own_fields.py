"""A query of the fields only one doctype's documents hold ranks every live document without the
doctype's set (``WhooshEngine._flat_ranked``): those fields must be absent from every other
doctype's documents, as the store writes them."""

from __future__ import annotations

from kutip.index.models import Article, Credit, Entity, EntityType, Statement
from kutip.index.search.whoosh_engine.schema import build_schema
from kutip.index.search.whoosh_engine.store import article_document, statement_documents
from kutip.index.search.whoosh_engine.translate import Translator


def _article(lang: str) -> Article:
    statement = Statement(
        id="s1",
        article="a1",
        text="Kami siap.",
        kind="direct",
        start=0,
        end=10,
        speaker="Fulan Hidayat",
        speaker_as_written="Fulan",
        via="Rina Marlina",
    )
    article = Article(
        id="a1",
        source="x.txt",
        title="Judul",
        outlet="Kabar Contoh",
        date="2024-05-01",
        author="Rina Marlina",
        lang=lang,
        body="Kami siap, kata Fulan Hidayat.",
        credits=[Credit(name="Rina Marlina", role="author")],
    )
    article.entities = [
        Entity(name="Fulan Hidayat", type=EntityType.PERSON),
        Entity("Sukamaju", EntityType.PLACE),
    ]
    article.entities.append(Entity(name="Dinas Contoh", type=EntityType.ORGANIZATION))
    article.statements = [statement]
    return article


def test_own_fields_are_held_by_no_other_doctype() -> None:
    translator = Translator(build_schema())
    for lang in ("id", "en", ""):
        article = _article(lang)
        docs = {"article": [article_document(article)], "statement": statement_documents(article)}
        for doctype, own in (
            ("article", translator.own_fields("article")),
            ("statement", translator.own_fields("statement")),
        ):
            assert own
            for other, documents in docs.items():
                if other != doctype:
                    assert not any(field in doc for doc in documents for field in own), (doctype, other)
