"""Whether two archives hold the same search terms and stems: a digest of each, and the first differences.

    python benchmarks/index_terms_s32.py ARCHIVE [OTHER_ARCHIVE]

An archive is a folder ``run.py --keep DIR`` leaves as ``DIR/ix``. Prints, per Whoosh field, the
number of terms, their total document frequency and a digest of the (term, document frequency)
pairs (source paths relative to the folder that holds the archive), then the same for SQLite's
``stems`` table. With two archives, prints the fields that differ
and a few terms each side lacks: a change to the stemmer or the analysers that claims identical
output shows no difference here (session 32's stemmer at 2k articles).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from whoosh.index import open_dir

from kutip.index.archive.guard import SEARCH_DIR
from kutip.index.search.whoosh_engine.store import INDEX_NAME

Terms = dict[str, dict[bytes, int]]


def terms(archive: Path) -> Terms:
    """Each field's terms with their document frequency; source paths relative to the run's folder."""
    found: Terms = {}
    run = str(archive.resolve().parent).encode() + b"/"
    ix = open_dir(str(archive / SEARCH_DIR), indexname=INDEX_NAME)
    with ix.reader() as reader:
        for field, text in reader.all_terms():
            key = text.removeprefix(run) if field == "source" else text
            found.setdefault(field, {})[key] = reader.doc_frequency(field, text)
    db = sqlite3.connect(archive / "kutip.sqlite3")
    try:
        rows = db.execute("SELECT word, stem FROM stems")
        found["(sqlite stems)"] = {f"{word}\t{stem}".encode(): 1 for word, stem in rows}
    finally:
        db.close()
    return found


def digest(pairs: dict[bytes, int]) -> str:
    h = hashlib.sha256()
    for term in sorted(pairs):
        h.update(term + b"\0" + str(pairs[term]).encode() + b"\n")
    return h.hexdigest()[:16]


def main(argv: list[str]) -> int:
    archives = [Path(a) for a in argv[1:3]]
    if not archives:
        print(__doc__)
        return 2
    found = [terms(a) for a in archives]
    for archive, fields in zip(archives, found, strict=True):
        print(f"== {archive}")
        for field in sorted(fields):
            pairs = fields[field]
            print(f"{field:24} {len(pairs):8,} terms  {sum(pairs.values()):10,} postings  {digest(pairs)}")
    if len(found) == 2:
        one, two = found
        differing = sorted(f for f in set(one) | set(two) if one.get(f) != two.get(f))
        for field in differing:
            a, b = one.get(field, {}), two.get(field, {})
            only_a = sorted(t for t in a if a.get(t) != b.get(t))[:5]
            only_b = sorted(t for t in b if a.get(t) != b.get(t))[:5]
            print(f"differs: {field}: first only {only_a}, second only {only_b}")
        print("identical terms and stems" if not differing else f"{len(differing)} field(s) differ")
        return 1 if differing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
