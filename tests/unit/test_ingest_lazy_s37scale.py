"""An unchanged re-run does not import the loader: the ingest package exports it lazily, and the
indexer and the pool ask for it only when a file is read for analysis."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("kutip.index.ingest.loader", "kutip.index.ingest.build", "kutip.index.ingest.html")


def _imported_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint([m for m in {HEAVY!r} if m in sys.modules])\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return eval(result.stdout.strip().splitlines()[-1])  # a list of names printed by the probe


def test_the_indexer_and_the_pool_leave_the_loader_unimported() -> None:
    assert _imported_after("import kutip.index.indexer, kutip.index.pool") == []


def test_an_unchanged_rerun_leaves_the_loader_unimported(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.md").write_text("# Harga beras\n\nHarga beras di pasar naik pekan ini.\n", encoding="utf-8")
    code = (
        "from pathlib import Path\n"
        "from kutip.index.facade import Archive\n"
        f"archive = Archive.open(Path({str(tmp_path / 'ix')!r}))\n"
        f"report = archive.index([Path({str(folder)!r})])\n"
        "archive.close()\n"
        "assert report.unchanged == 1 and report.added == 0, report\n"
    )
    first = code.replace("assert report.unchanged == 1 and report.added == 0", "assert report.added == 1")
    subprocess.run([sys.executable, "-c", first], check=True)
    assert _imported_after(code) == []


def test_lazy_names_are_the_loaders_and_discover_stays_the_function() -> None:
    import kutip.index.ingest.discover  # noqa: F401  (the submodule, imported by name)
    from kutip.index import ingest
    from kutip.index.ingest import discover, load_bytes, read_file
    from kutip.index.ingest.loader import load_bytes as loaders_load_bytes
    from kutip.index.ingest.loader import read_file as loaders_read_file

    assert discover is sys.modules["kutip.index.ingest.discover"].discover is ingest.discover
    assert load_bytes is loaders_load_bytes and read_file is loaders_read_file
    assert set(ingest.__all__) <= set(dir(ingest)) | set(ingest._EXPORTS)
