"""Whoosh is imported without ``urllib.request`` and ``cached_property`` (neither is used on
kutip's paths), and both are the real modules for anything that imports them afterwards."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_opening_the_engine_leaves_the_download_and_async_modules_unimported() -> None:
    code = (
        "import sys\n"
        "import kutip.index.facade\n"
        "print([m for m in ('urllib.request', 'http.client', 'asyncio', 'cached_property') if m in sys.modules])\n"
    )
    assert _run(code) == "[]"


def test_the_stand_ins_are_gone_once_whoosh_is_imported() -> None:
    code = (
        "import kutip.index.search.whoosh_engine\n"
        "import urllib.request, cached_property\n"
        "print(hasattr(urllib.request, 'urlopen'), hasattr(cached_property, 'threaded_cached_property'))\n"
    )
    assert _run(code) == "True True"


def test_whoosh_keeps_working_with_the_stand_ins() -> None:
    import whoosh.compat
    from whoosh.fields import ID, Schema
    from whoosh.filedb.filestore import RamStorage

    index = RamStorage().create_index(Schema(key=ID(stored=True)))
    with index.writer() as writer:
        writer.add_document(key="a")
        writer.add_document(key="b")
    with index.writer() as writer:
        writer.delete_by_term("key", "a")
    with index.searcher() as searcher:
        assert [hit["key"] for hit in searcher.documents()] == ["b"]
        deleted = [reader.deleted_docs_set for reader, _ in searcher.reader().leaf_readers()]
        assert frozenset({0}) in deleted  # the property the stand-in serves, cached per reader
    assert callable(whoosh.compat.urlretrieve)
