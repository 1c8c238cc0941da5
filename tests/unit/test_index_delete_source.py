"""A batch deletes a file's documents in whichever segments hold them, and nothing else."""

from __future__ import annotations

from pathlib import Path

from whoosh.query import Every, Term

from kutip.index.models import Article, Statement
from kutip.index.search.whoosh_engine.schema import id_reader
from kutip.index.search.whoosh_engine.store import WhooshStore


def _article(n: int) -> Article:
    body = f'Rina Marlina mengatakan, "Pasar nomor {n} dibuka besok pagi." Warga menunggu.'
    article = Article(id=f"a{n}", source=f"/news/{n}.txt", title=f"Pasar {n}", lang="id", body=body)
    start = body.index("Pasar")
    article.statements = [
        Statement(f"a{n}-s0", f"a{n}", f"Pasar nomor {n} dibuka besok pagi.", "direct", start, start + 30)
    ]
    return article


def _sources(store: WhooshStore) -> list[str]:
    with store._lock:
        searcher = store._current()
        read_id = id_reader(searcher)
        return sorted(read_id(d) for d in searcher.docs_for_query(Every()))


def test_a_source_is_deleted_from_every_segment_and_a_new_one_deletes_nothing(tmp_path: Path) -> None:
    store = WhooshStore(tmp_path)
    for first in (0, 3, 6):  # three segments
        with store.batch() as batch:
            for n in range(first, first + 3):
                batch.add_article(_article(n))
    with store.batch() as batch:  # the file of a4 again, twice in one batch, and a file never seen
        batch.delete_source("/news/4.txt")
        batch.delete_source("/news/4.txt")
        batch.delete_source("/news/99.txt")
        batch.add_article(_article(4))
    with store.batch() as batch:
        batch.delete_source("/news/1.txt")
        batch.delete_source("/news/7.txt")
    ids = _sources(store)
    assert ids == sorted(f"a{n}{part}" for n in (0, 2, 3, 4, 5, 6, 8) for part in ("", "-s0"))
    with store._lock:
        assert len(list(store._current().docs_for_query(Term("source", "/news/4.txt")))) == 2
    store.close()
