"""The archive end to end: incremental indexing, search, prune, rebuild."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kutip.index.facade import Archive, IndexBusy, QueryError
from kutip.index.lock import WriterLock
from tests.articles import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Path]:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive.open(tmp_path / "ix")


def ids_of(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {Path(h.summary.path).stem for h in hits}


def test_second_run_changes_nothing(archive: Archive, corpus: dict[str, Path]) -> None:
    first = archive.index([corpus["banjir"].parent])
    assert (first.added, first.unchanged, first.updated) == (3, 0, 0)
    generation = archive.generation()
    second = archive.index([corpus["banjir"].parent])
    assert (second.added, second.unchanged, second.updated) == (0, 3, 0)
    assert archive.generation() == generation


def test_touched_file_with_same_bytes_is_unchanged(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"]])
    os.utime(corpus["banjir"], ns=(1, 1))
    report = archive.index([corpus["banjir"]])
    assert report.unchanged == 1 and report.updated == 0


def test_changed_file_replaces_old_version(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    old_id = next(s.id for s in archive.summaries() if "banjir" in s.path)
    text = corpus["banjir"].read_text(encoding="utf-8").replace("perahu karet", "perahu motor")
    corpus["banjir"].write_text(text, encoding="utf-8")
    report = archive.index([corpus["banjir"].parent])
    assert (report.updated, report.unchanged) == (1, 2)
    assert archive.article(old_id) is None
    assert len(archive.summaries()) == 3
    assert ids_of(archive.search("motor")) == {"banjir"}
    assert archive.search('"perahu karet"') == []


def test_prune_removes_articles_of_missing_files(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    corpus["transit"].unlink()
    report = archive.index([], prune=True)
    assert report.removed == 1
    assert {Path(s.path).stem for s in archive.summaries()} == {"banjir", "diplomasi"}
    assert archive.search("rail") == []


def test_duplicate_text_is_skipped_with_reason(
    archive: Archive, corpus: dict[str, Path], tmp_path: Path
) -> None:
    copy = tmp_path / "copy" / "banjir-copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(corpus["banjir"].read_bytes())
    report = archive.index([corpus["banjir"].parent, copy.parent])
    assert report.added == 3
    assert any("same text as" in reason for _, reason in report.skipped)


def test_moved_file_keeps_one_copy(archive: Archive, corpus: dict[str, Path], tmp_path: Path) -> None:
    archive.index([corpus["banjir"].parent])
    moved = tmp_path / "moved.txt"
    corpus["banjir"].rename(moved)
    archive.index([moved])
    paths = [s.path for s in archive.summaries()]
    assert str(moved.resolve()) in paths
    assert not any(p.endswith("banjir.txt") for p in paths)


def test_stemming_finds_inflected_forms(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    # Indonesian: mengatakan ~ kata; English: ministers ~ minister
    assert "banjir" in ids_of(archive.search("mengatakan"))
    assert ids_of(archive.search("minister")) == {"transit"}
    assert ids_of(archive.search("Waspada")) == {"banjir"}


def test_fields_and_filters(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    assert ids_of(archive.search('"Korea Utara" lang:id')) == {"diplomasi"}
    assert ids_of(archive.search('outlet:"Kabar Nusantara"')) == {"banjir"}
    assert ids_of(archive.search("lang:en")) == {"transit"}
    assert ids_of(archive.search("title:rail")) == {"transit"}
    assert ids_of(archive.search("date:2024-11-01..2024-11-10")) == {"diplomasi"}
    assert ids_of(archive.search("date:2024-11 NOT lang:en")) == {"diplomasi"}
    assert ids_of(archive.search("date:2024")) == {"diplomasi"}  # event dates are not publication dates
    assert ids_of(archive.search("perahu OR rail")) == {"banjir", "transit"}


def test_title_match_ranks_first(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    hits = archive.search("banjir OR Jakarta")
    assert hits[0].summary.title.startswith(("Banjir", "Jakarta"))


def test_snippet_highlights_the_match(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    (hit,) = archive.search("perahu")
    marked = [hit.snippet[s.start : s.end] for s in hit.highlights]
    assert marked == ["perahu"]


def test_matches_in_uses_stems(archive: Archive) -> None:
    text = "Ia mengatakan bahwa kata-katanya dikutip."
    found = [text[s.start : s.end] for s in archive.matches_in(text, "kata")]
    assert "mengatakan" in found


def test_query_errors_are_one_line(archive: Archive) -> None:
    with pytest.raises(QueryError):
        archive.search("date:kemarin")


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("title:(", "'(' that is not closed"),
        ("date:2024-02-30", "29 days"),
        ("speaker:x", "searches statements"),
    ],
)
def test_the_facade_checks_every_article_search(archive: Archive, query: str, said: str) -> None:
    """The CLI and the reader's search bar both search through here: one check, one message."""
    with pytest.raises(QueryError, match=said.replace("(", r"\(")):
        archive.search(query)
    with pytest.raises(QueryError, match=said.replace("(", r"\(")):
        Archive.check_query(query)


def test_statement_search_accepts_statement_fields_but_not_broken_brackets(archive: Archive) -> None:
    assert archive.search_statements("speaker:nobody") == []
    with pytest.raises(QueryError, match="not closed"):
        archive.search_statements("(kata")


def test_prefix_search_finds_words_being_typed(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"].parent])
    assert not archive.search("pera")
    assert ids_of(archive.search("pera", prefix=True)) >= ids_of(archive.search("perahu")) == {"banjir"}
    assert ids_of(archive.search("pera ", prefix=True)) == set()  # a finished word is searched as typed


def test_busy_writer_is_reported(archive: Archive, corpus: dict[str, Path]) -> None:
    holder_ready, release = threading.Event(), threading.Event()
    lock_path = archive.location / "kutip.lock"

    def hold() -> None:
        # A second open file description conflicts with flock even inside one process.
        with WriterLock(lock_path):
            holder_ready.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    holder_ready.wait(5)
    try:
        with pytest.raises(IndexBusy, match="another kutip process"):
            archive.index([corpus["banjir"]])
    finally:
        release.set()
        thread.join()


def test_stale_lock_is_recovered(archive: Archive, corpus: dict[str, Path]) -> None:
    (archive.location / "kutip.lock").write_text("999999999")
    report = archive.index([corpus["banjir"]])
    assert "stale lock" in report.recovered_lock
    assert report.added == 1


def test_cancel_stops_and_keeps_previous_index(archive: Archive, corpus: dict[str, Path]) -> None:
    archive.index([corpus["banjir"]])
    cancel = threading.Event()
    cancel.set()
    report = archive.index([corpus["banjir"].parent], cancel=cancel)
    assert report.interrupted
    assert len(archive.summaries()) == 1


def test_reopened_archive_sees_the_same(tmp_path: Path, corpus: dict[str, Path]) -> None:
    first = Archive.open(tmp_path / "ix")
    first.index([corpus["banjir"].parent])
    first.close()
    again = Archive.open(tmp_path / "ix")
    assert len(again.summaries()) == 3
    assert ids_of(again.search("perahu")) == {"banjir"}


def test_new_index_format_rebuilds(tmp_path: Path, corpus: dict[str, Path]) -> None:
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus["banjir"].parent])
    archive._store.set_meta("version", "0.0")
    assert archive.needs_rebuild
    report = archive.index([])
    assert report.rebuilt and not archive.needs_rebuild
    assert ids_of(archive.search("perahu")) == {"banjir"}


def test_an_older_search_format_is_rebuilt_from_the_store_not_reanalysed(
    tmp_path: Path, corpus: dict[str, Path]
) -> None:
    from kutip.index.analysis import analysis_version
    from kutip.index.search.whoosh_engine.schema import SCHEMA_VERSION

    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus["banjir"].parent])
    archive._store.set_meta("version", f"{SCHEMA_VERSION - 1}.{analysis_version()}")
    assert archive.needs_rebuild
    report = archive.index([corpus["banjir"].parent])
    assert report.rebuilt and not archive.needs_rebuild
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)  # nothing analysed again
    assert ids_of(archive.search("perahu")) == {"banjir"}
    assert ids_of(archive.search("title:rail")) == {"transit"}


def test_huge_and_unsupported_files_are_skipped_unread(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(20_000_001)  # sparse: nothing to read unless someone reads it
    (folder / "clip.mp4").write_bytes(b"\x00" * 10)
    report = archive.index([folder])
    reasons = dict((Path(path).name, reason) for path, reason in report.skipped)
    assert reasons["huge.txt"].startswith("file too large")
    assert reasons["clip.mp4"] == "unsupported file type .mp4"
    assert report.added == 0


def test_matches_while_typing_mark_words_that_begin_with_the_last_word(archive: Archive) -> None:
    text = "Banjir di bantaran kali; bantuan datang."
    typed = [text[s.start : s.end] for s in archive.matches_in(text, "ban", prefix=True)]
    assert typed == ["Banjir", "bantaran", "bantuan"]
    assert archive.matches_in(text, "ban") == []


def test_other_reports_count_the_other_articles_of_each_remark(tmp_path: Path) -> None:
    from kutip.index.facade import sample_corpus_path

    opened = Archive.open(tmp_path / "sample")
    try:
        opened.index([sample_corpus_path()])
        reported = [s for s in opened.summaries() if (a := opened.article(s.id)) and opened.other_reports(a)]
        assert reported  # the sample has remarks several outlets carried
        article = opened.article(reported[0].id)
        assert article is not None
        for statement_id, others in opened.other_reports(article).items():
            statement = next(s for s in article.statements if s.id == statement_id)
            cluster = opened.cluster_of(statement)
            assert cluster is not None
            assert others == len({m.article for m in cluster.members} - {article.id}) > 0
    finally:
        opened.close()
