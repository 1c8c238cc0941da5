"""With its search index damaged or missing, the archive still lists statements from the store."""

from __future__ import annotations

import shutil
from pathlib import Path

from kutip.index.facade import Archive
from tests.articles import write_corpus


def test_statements_are_listed_the_same_without_the_search_index(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")["banjir"].parent
    location = tmp_path / "ix"
    archive = Archive.open(location)
    archive.index([corpus])
    speaker = archive.speakers()[0][0]
    asked = [{}, {"kind": "direct"}, {"speaker": speaker}, {"speaker": speaker.split()[-1], "kind": "indirect"}]
    sound = [[r.statement.id for r in archive.statements(**kw)] for kw in asked]  # type: ignore[arg-type]
    article = archive.statements()[0].article.id
    in_article = [r.statement.id for r in archive.statements(article_id=article)]
    archive.close()
    assert sound[0] and sound[1] and sound[2]
    shutil.rmtree(location / "whoosh")
    damaged = Archive.open(location)
    try:
        assert "search index" in damaged.damage
        assert [[r.statement.id for r in damaged.statements(**kw)] for kw in asked] == sound  # type: ignore[arg-type]
        assert [r.statement.id for r in damaged.statements(article_id=article)] == in_article
    finally:
        damaged.close()
