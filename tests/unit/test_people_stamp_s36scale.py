"""An unchanged re-run asks the people tables' stamp (file sizes and times), not their fingerprint.

The fingerprint parses every statement module people reads; the stamp only lists the files it
could read. While the stamp stored beside the tables matches, the fingerprint is not computed.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

import pytest

from kutip.index import people
from kutip.index.archive import writing
from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.people.version import people_stamp, stamp

INDEX = Path(str(resources.files("kutip.index")))

ARTICLE = """Wali Kota Resmikan Taman Baca di Tepi Sungai

Wali Kota Fulan Santoso meresmikan taman baca baru di tepi sungai, Selasa. Taman itu dibuka untuk umum.

"Anak-anak perlu tempat membaca yang dekat," kata Fulan Santoso kepada wartawan.
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "index"
    for part in ("people", "statements", "data"):
        shutil.copytree(INDEX / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _touch_later(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


def test_the_stamp_is_the_same_while_nothing_changes(tree: Path) -> None:
    assert stamp(tree) == stamp(tree)
    assert people_stamp() == stamp(INDEX)


@pytest.mark.parametrize(
    "name",
    [
        "people/lookup.py",
        "people/version.py",
        "statements/layout.py",
        "data/speech_lexicon.tsv",
        "data/language/ranks_en.txt",
    ],
)
def test_a_file_the_fingerprint_may_read_changes_the_stamp_when_touched(tree: Path, name: str) -> None:
    before = stamp(tree)
    _touch_later(tree / name)
    assert stamp(tree) != before


def test_every_data_file_the_fingerprint_hashes_lies_in_a_stamped_folder() -> None:
    from kutip.index.people.version import STAMPED
    from kutip.index.statements.lexicon import DATA_FILES

    assert all(os.path.dirname(f"data/{name}") in STAMPED for name in DATA_FILES)


def test_an_edit_of_the_same_size_and_a_new_module_change_the_stamp(tree: Path) -> None:
    before = stamp(tree)
    source = tree / "statements" / "marks.py"
    info = source.stat()
    text = source.read_bytes()
    source.write_bytes(text[:-1] + (b"#" if text[-1:] != b"#" else b"\n"))
    os.utime(source, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert stamp(tree) == before  # what the stamp cannot see: same size, same time
    (tree / "people" / "quoting.py").write_text("from kutip.index.statements.marks import quotations\n")
    assert stamp(tree) != before


def test_caches_and_subfolders_of_data_do_not_move_the_stamp(tree: Path) -> None:
    before = stamp(tree)
    (tree / "statements" / "__pycache__").mkdir()
    (tree / "statements" / "__pycache__" / "layout.cpython-311.pyc").write_bytes(b"\0")
    (tree / "people" / "stale.pyc").write_bytes(b"\0")
    assert stamp(tree) == before


def _index_once(tmp_path: Path) -> tuple[Archive, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "taman.txt").write_text(ARTICLE, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    return archive, corpus


def test_an_unchanged_rerun_does_not_compute_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, corpus = _index_once(tmp_path)
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    assert store.meta("people_stamp") == people_stamp()
    assert store.meta("people_version") == people.people_version()

    def computed() -> str:
        raise AssertionError("the fingerprint was computed")

    monkeypatch.setattr(people, "people_version", computed)
    report = archive.index([corpus])
    assert report.unchanged == 1


def test_a_new_stamp_with_the_same_fingerprint_keeps_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, corpus = _index_once(tmp_path)
    refilled: list[object] = []
    monkeypatch.setattr(writing, "people_stamp", lambda: "another-install")
    monkeypatch.setattr(people, "rebuild_people", lambda *a: refilled.append(a))
    archive.index([corpus])
    assert not refilled
    assert DocStore(tmp_path / "ix" / "kutip.sqlite3").meta("people_stamp") == "another-install"


def test_a_new_stamp_and_a_new_fingerprint_refill_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, corpus = _index_once(tmp_path)
    refilled: list[object] = []
    monkeypatch.setattr(writing, "people_stamp", lambda: "edited")
    monkeypatch.setattr(people, "people_version", lambda: "0123456789ab")
    monkeypatch.setattr(people, "rebuild_people", lambda *a: refilled.append(a))
    archive.index([corpus])
    assert len(refilled) == 1
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    assert (store.meta("people_stamp"), store.meta("people_version")) == ("edited", "0123456789ab")


def test_a_package_outside_plain_files_always_asks_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, corpus = _index_once(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(writing, "people_stamp", lambda: None)
    monkeypatch.setattr(people, "people_version", lambda: asked.append("v") or "0123456789ab")
    archive.index([corpus])
    archive.index([corpus])
    assert len(asked) == 2
