"""Keeping the people tables current as batches of articles come and go.

The document store calls :func:`update_people` inside the transaction of each batch with
the articles it wrote and the ids of those it deleted. Work is proportional to the batch:
the evidence of those articles is replaced, the names it mentions are recounted, and only
the people around those names are regrouped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kutip.index.models import Article
from kutip.index.people.evidence import article_date, article_evidence
from kutip.index.people.groups import containers, regroup
from kutip.index.people.names import sub_keys
from kutip.index.people.store import ensure_schema, name_info, refresh_names
from kutip.index.sqlin import chunks, select_in

__all__ = ["update_people"]


def _forget(db: sqlite3.Connection, article_ids: Sequence[str]) -> set[str]:
    """Deletes the evidence of these articles; returns the name keys it held."""
    keys = {
        r[0] for r in select_in(db, "SELECT key FROM people_evidence WHERE article IN ({marks})", article_ids)
    }
    for chunk in chunks(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM people_evidence WHERE article IN ({marks})", tuple(chunk))
        db.execute(f"DELETE FROM people_roles WHERE article IN ({marks})", tuple(chunk))
    return keys


def _record(db: sqlite3.Connection, articles: Sequence[Article]) -> set[str]:
    """Inserts the evidence of these articles; returns the name keys it holds."""
    keys: set[str] = set()
    for article in articles:
        names, roles = article_evidence(article)
        db.executemany(
            "INSERT OR IGNORE INTO people_evidence(article, key, written, name_key, kind) "
            "VALUES (?, ?, ?, ?, ?)",
            [(article.id, n.key, n.written, n.name_key, n.kind) for n in names],
        )
        date = article_date(article)
        db.executemany(
            "INSERT OR IGNORE INTO people_roles(article, role, name_key, date) VALUES (?, ?, ?, ?)",
            [(article.id, r.role, r.name_key, date) for r in roles],
        )
        keys.update(n.key for n in names)
    return keys


def update_people(
    db: sqlite3.Connection, added: Sequence[Article], removed_article_ids: Sequence[str] = ()
) -> None:
    """Replaces the evidence of ``added`` articles, forgets ``removed_article_ids``, regroups what changed.

    ``added`` may hold articles already recorded (re-indexed): their old evidence goes first.
    Run it inside the batch's transaction (``DocStore.commit_batch``).
    """
    ensure_schema(db)
    touched = _forget(db, [*removed_article_ids, *(a.id for a in added)])
    touched |= _record(db, added)
    if not touched:
        return
    multi = sorted(k for k in touched if len(k.split()) > 1)
    stored, old_persons = refresh_names(db, sorted(touched))
    seeds = {k for k in stored if len(k.split()) > 1}
    persons = sorted(set(old_persons.values()))
    seeds.update(
        r[0] for r in select_in(db, "SELECT key FROM people_names WHERE person IN ({marks})", persons)
    )
    for key in multi:
        seeds.update(name_info(db, sub_keys(key)))
        seeds.update(containers(db, key))
    regroup(db, seeds)
