"""Clusters and the order articles arrive in (session 39, issue 10 item 2): the indexer cuts its
batches by the clock under load, and a batch's reports are linked best-dated first, so one archive
indexed whole or in parts may link differently. Here the project's own fixture pages (written for
kutip, ``tests/fixtures/blind`` and ``blind2``) are indexed once, then their statements linked
again from scratch: all in one batch, in two halves in stored order, and in two halves the other
way round. The links must be the same."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from kutip.index.linking.store import ensure_schema, set_meta
from kutip.index.linking.update import update_links

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _relinked(source: Path, target: Path, halves: bool, backwards: bool) -> set[frozenset[str]]:
    """The clusters of two or more statements once the archive at ``source`` is linked again."""
    shutil.copy(source, target)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("DROP TABLE IF EXISTS link_meta")  # an unknown layout: ensure_schema drops the rest
    ensure_schema(db)
    top = db.execute("SELECT max(rowid) FROM statements").fetchone()[0]
    set_meta(db, "rowid_seen", str(top or 0))
    articles = [str(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY rowid")]
    if backwards:
        articles.reverse()
    cut = (len(articles) + 1) // 2 if halves else len(articles)
    for part in (articles[:cut], articles[cut:]):
        if not part:
            continue
        marks = ",".join("?" * len(part))
        ids = [str(r[0]) for r in db.execute(f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid", part)]
        db.execute("BEGIN")
        update_links(db, ids)
        db.execute("COMMIT")
    clusters: dict[str, set[str]] = {}
    for statement, cluster in db.execute("SELECT statement, cluster FROM link_members"):
        clusters.setdefault(str(cluster), set()).add(str(statement))
    db.close()
    return {frozenset(found) for found in clusters.values() if len(found) > 1}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for name in ("blind", "blind2"):
        for page in sorted((FIXTURES / name).glob("*.txt")):
            shutil.copy(page, folder / page.name)
    home = tmp_path_factory.mktemp("archive")
    archive = Archive.open(home)
    archive.index([folder])
    archive.close()
    (found,) = home.glob("*.sqlite3")
    return found


def test_whole_halves_and_halves_backwards_give_the_same_links(indexed: Path, tmp_path: Path) -> None:
    whole = _relinked(indexed, tmp_path / "whole.sqlite3", halves=False, backwards=False)
    halves = _relinked(indexed, tmp_path / "halves.sqlite3", halves=True, backwards=False)
    backwards = _relinked(indexed, tmp_path / "backwards.sqlite3", halves=True, backwards=True)
    assert len(whole) >= 3  # the fixture pages do share remarks
    assert halves == whole
    assert backwards == whole
