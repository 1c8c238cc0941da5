"""The seeds' gold clusters are linked and their negative pair is not (skips without ../shared)."""

from __future__ import annotations

import difflib
import json
import os
import re
import unicodedata
from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.linking import Cluster, members_of, update_links


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _clusters_of(found: list[Cluster], file: str, fragment: str) -> set[str]:
    """Clusters with a member from ``file`` containing ``fragment`` (the scorer's loose match)."""
    wanted = _fold(fragment)
    hits = set()
    for cluster in found:
        for member in cluster.members:
            text = _fold(member.text)
            if os.path.basename(member.path) == file and (
                wanted in text or text in wanted or difflib.SequenceMatcher(None, wanted, text).ratio() >= 0.85
            ):
                hits.add(cluster.id)
    return hits


def test_seed_clusters(shared_dir: Path, tmp_path: Path) -> None:
    archive = Archive.open(tmp_path)
    archive.index([shared_dir / "corpus" / "seeds"])
    archive.close()
    store = DocStore(tmp_path / "kutip.sqlite3")
    with store.transaction() as db:
        update_links(db, [r[0] for r in db.execute("SELECT id FROM statements")], [])
    db = store._db()
    found = members_of(db, [r[0] for r in db.execute("SELECT DISTINCT cluster FROM link_members")])
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    members = [
        (n, file, _clusters_of(found, file, text))
        for n, cluster in enumerate(gold["clusters"])
        for file, text in cluster["members"]
    ]
    for i, (gold_a, file_a, found_a) in enumerate(members):
        for gold_b, file_b, found_b in members[i + 1 :]:
            if file_a == file_b:
                continue
            if gold_a == gold_b:
                assert found_a & found_b, f"gold cluster {gold_a} not linked"
            else:
                assert not found_a & found_b, f"gold clusters {gold_a} and {gold_b} merged"
    for pair in gold["negative_pairs"]:
        assert not _clusters_of(found, *pair["a"]) & _clusters_of(found, *pair["b"]), pair["note"]
