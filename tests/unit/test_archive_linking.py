"""Clusters follow the archive: linked on add, re-derived on change and prune."""

from __future__ import annotations

import shutil
from pathlib import Path

from kutip.index.facade import Archive, sample_corpus_path


def _copy(names: list[str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        source = next(sample_corpus_path().glob(f"{name}*"))
        paths.append(Path(shutil.copy(source, folder / source.name)))
    return paths


def _multi(archive: Archive) -> list[set[str]]:
    return [{Path(m.path).name[:2] for m in c.members} for c in archive.clusters(min_articles=2)]


def test_clusters_follow_adds_changes_and_prunes(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "ix")
    first, second = _copy(["12_", "13_"], tmp_path / "corpus")
    archive.index([first])
    assert _multi(archive) == []
    archive.index([second])
    linked = _multi(archive)
    assert linked and all(files == {"12", "13"} for files in linked)

    # A changed file keeps its links when the remark is still there ...
    second.write_text(second.read_text(encoding="utf-8") + "\nCatatan redaksi: berita ini diperbarui.\n", "utf-8")
    archive.index([second])
    assert len(_multi(archive)) == len(linked)

    # ... and a pruned one takes them away.
    second.unlink()
    archive.index([], prune=True)
    assert _multi(archive) == []
    assert all(s.statement.cluster for s in archive.statements())
