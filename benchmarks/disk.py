"""Where an archive's bytes are: SQLite per table and index, Whoosh per field.

    python benchmarks/disk.py ARCHIVE_DIR [BARE_WHOOSH_DIR]

SQLite sizes come from its ``dbstat`` table (pages per table or index, as ``sqlite3_analyzer``
counts them), summed per owner (the document store, linking, people) and per article, with the
bytes of each ``articles`` column; Whoosh's from each segment's files and, per field, the
postings extents and the term-dictionary keys. With a bare Whoosh index of the same texts it
prints the archive's ratio to it (issue 11's target: at most 3). Read-only; run it on a copy
when a writer may be at work.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

MB = 1e6


def sqlite_sizes(path: Path) -> list[tuple[str, float]]:
    """(table or index, MB) largest first, and the free pages."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [
            (str(name), size / MB)
            for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
        ]
        free = (
            db.execute("PRAGMA freelist_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
        )
        return [*rows, ("(free pages)", free / MB)]
    finally:
        db.close()


OWNERS = (("linking", "link_"), ("people", "people_"))
"""Table name prefixes of the parts that keep their own tables; the rest is the document store's."""


def owner_of(name: str) -> str:
    """Who owns a table or index of the SQLite file, by its name (an autoindex by its table's)."""
    table = name.removeprefix("sqlite_autoindex_")
    return next((owner for owner, prefix in OWNERS if table.startswith(prefix)), "document store")


def by_owner(sizes: list[tuple[str, float]]) -> dict[str, float]:
    """MB per owner (free pages apart)."""
    owners: dict[str, float] = {}
    for name, size in sizes:
        key = "(free pages)" if name == "(free pages)" else owner_of(name)
        owners[key] = owners.get(key, 0.0) + size
    return owners


def article_columns(path: Path) -> tuple[int, dict[str, float]]:
    """The number of articles and the mean bytes of each ``articles`` column (its stored value)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = [str(r[1]) for r in db.execute("PRAGMA table_info(articles)")]
        count = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        sums = db.execute(
            "SELECT "
            + ", ".join(f"coalesce(sum(length(CAST({c} AS BLOB))), 0)" for c in columns)
            + " FROM articles"
        ).fetchone()
        return count, {c: (v / count if count else 0.0) for c, v in zip(columns, sums, strict=True)}
    finally:
        db.close()


def whoosh_sizes(folder: Path, indexname: str | None = None) -> tuple[dict[str, float], dict[str, float]]:
    """(MB per segment file kind, MB of postings plus term keys per field), over every segment."""
    storage = FileStorage(str(folder))
    name = indexname or next(p.name for p in folder.glob("_*.toc")).split("_")[1]
    ix = whoosh_index.open_dir(str(folder), indexname=name)
    kinds: dict[str, float] = {}
    fields: dict[str, float] = {}
    for segment in ix._segments():
        files = segment.open_compound_file(storage) if segment.is_compound() else storage
        for file in files.list():
            if not segment.is_compound() and segment.segment_id() not in file:
                continue
            kind = file.rsplit(".", 1)[-1] if "." in file else file
            kinds[kind] = kinds.get(kind, 0.0) + files.file_length(file) / MB
    with ix.reader() as reader:
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            _, extent = info.extent() if hasattr(info, "extent") else (0, 0)
            if isinstance(extent, tuple):  # Whoosh-Reloaded reads the length back as a 1-tuple
                extent = extent[0]
            extent = extent or 0  # inlined postings have no extent
            fields[fieldname] = fields.get(fieldname, 0.0) + (extent + len(text) + 30) / MB
    return kinds, fields


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / MB


def main() -> None:
    archive = Path(sys.argv[1])
    store = archive / "kutip.sqlite3"
    sqlite_mb = sum(p.stat().st_size for p in archive.glob("kutip.sqlite3*")) / MB
    count, columns = article_columns(store)
    sizes = sqlite_sizes(store)
    print(f"SQLite {store}: {sqlite_mb:.1f} MB with its log, {count:,} articles")
    for owner, size in sorted(by_owner(sizes).items(), key=lambda kv: -kv[1]):
        print(f"  {owner:32s} {size:8.1f} MB  {size * MB / max(count, 1) / 1000:6.2f} KB an article")
    for name, size in sizes:
        if size >= 0.1:
            print(f"  {name:32s} {size:8.1f} MB")
    print("  articles columns, bytes an article: " + ", ".join(f"{c} {b:.0f}" for c, b in columns.items()))
    folders = [("kutip", archive / "whoosh", "kutip")]
    if len(sys.argv) > 2:
        folders.append(("bare", Path(sys.argv[2]), None))
    totals: dict[str, float] = {}
    for label, folder, name in folders:
        total = totals[label] = folder_mb(folder)
        kinds, fields = whoosh_sizes(folder, name)
        print(
            f"Whoosh ({label}) {folder}: {total:.1f} MB; segment files: "
            + ", ".join(f"{k} {v:.1f}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        )
        print(
            "  postings + term keys per field (≈ MB): "
            + ", ".join(f"{k} {v:.1f}" for k, v in sorted(fields.items(), key=lambda kv: -kv[1]) if v >= 0.05)
        )
    whole = sqlite_mb + totals["kutip"]
    line = f"archive {whole:.1f} MB, {whole * MB / max(count, 1) / 1000:.2f} KB an article"
    if "bare" in totals:
        line += f"; bare Whoosh {totals['bare']:.1f} MB: {whole / totals['bare']:.2f}×"
    print(line)


if __name__ == "__main__":
    main()
