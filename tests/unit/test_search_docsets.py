"""Filter sets read from the postings (``whoosh_engine.docsets``) are Whoosh's ``docs_for_query``.

Made-up documents in several segments, one with deleted documents: a doctype term, a date range
and month prefix, a short outlet name searched as a phrase (its words in both orders), ORs and
ANDs of them, and a shape left to Whoosh (a NOT).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from whoosh import fields
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from kutip.index.search.whoosh_engine.docsets import docs_of

OUTLETS = ["Kabar Contoh", "Contoh Kabar", "Warta Sukamaju", "Kabar Warta Contoh"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder: Path = tmp_path_factory.mktemp("docsets")
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        doctype=fields.ID(),
        date=fields.ID(sortable=True),
        outlet=fields.TEXT(phrase=True),
        body=fields.TEXT,
    )
    index = FileStorage(str(folder)).create_index(schema)
    rng = random.Random(3)
    number = 0
    for size in (600, 300, 40):
        writer = index.writer()
        for _ in range(size):
            writer.add_document(
                id=f"d{number}",
                doctype=rng.choice(["article", "statement", "statement"]),
                date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                outlet=rng.choice(OUTLETS),
                body=" ".join(rng.choice(["kata", "rumah", "jalan", "baru"]) for _ in range(5)),
            )
            number += 1
        writer.commit(merge=False)
    writer = index.writer()
    for gone in range(0, 600, 5):
        writer.delete_by_term("id", f"d{gone}")
    writer.commit(merge=False)
    found = index.searcher()
    assert len(found.subsearchers) == 3
    yield found
    found.close()


QUERIES = [
    wq.Term("doctype", "article"),
    wq.Term("doctype", "statement"),
    wq.Term("doctype", "absent"),
    wq.TermRange("date", "2024-01", "2024-06-99"),
    wq.Prefix("date", "2024-03"),
    wq.Phrase("outlet", ["kabar", "contoh"]),
    wq.Phrase("outlet", ["contoh", "kabar"]),
    wq.Phrase("outlet", ["kabar", "contoh"], slop=2),
    wq.Phrase("outlet", ["warta", "absent"]),
    wq.Or([wq.Phrase("outlet", ["warta", "sukamaju"]), wq.Term("body", "baru")]),
    wq.And([wq.Term("doctype", "article"), wq.Prefix("date", "2024-1")]),
    wq.And([wq.Term("doctype", "article"), wq.Not(wq.Term("body", "kata"))]),
]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_the_documents_whoosh_finds(searcher: Any, query: wq.Query) -> None:
    assert docs_of(searcher, query) == set(searcher.docs_for_query(query))
