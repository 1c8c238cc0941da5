"""Keeping the people tables current as batches of articles come and go.

The document store calls :func:`update_people` inside the transaction of each batch with
the articles it wrote and the ids of those it deleted. Work is proportional to the batch:
the evidence of those articles is replaced, the names it mentions are recounted, and only
the people around those names are regrouped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from kutip.index.models import Article
from kutip.index.people.evidence import article_date, article_evidence
from kutip.index.people.groups import (
    contained,
    containers,
    initialled_relatives,
    misspelling,
    regroup,
    rename,
    spelling_candidates,
)
from kutip.index.people.store import NameInfo, ensure_schema, name_info, refresh_names
from kutip.index.sqlin import chunks, select_in

__all__ = ["REBUILD_BATCH", "rebuild_people", "update_people"]

REBUILD_BATCH = 500


def _forget(db: sqlite3.Connection, article_ids: Sequence[str]) -> tuple[set[str], set[str]]:
    """Deletes the evidence of these articles; returns the name keys it held and those in definitions."""
    keys: set[str] = set()
    defined: set[str] = set()
    rows = select_in(
        db, "SELECT key, name_key, kind FROM people_evidence WHERE article IN ({marks})", article_ids
    )
    for key, name_key, kind in rows:
        keys.add(key)
        if kind == "defined":
            defined.update((key, name_key))
    for chunk in chunks(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM people_evidence WHERE article IN ({marks})", tuple(chunk))
        db.execute(f"DELETE FROM people_roles WHERE article IN ({marks})", tuple(chunk))
    return keys, defined


def _record(db: sqlite3.Connection, articles: Sequence[Article]) -> tuple[set[str], set[str]]:
    """Inserts the evidence of these articles; returns the name keys it holds and those in definitions."""
    keys: set[str] = set()
    defined: set[str] = set()
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
        defined.update(k for n in names if n.kind == "defined" for k in (n.key, n.name_key))
    return keys, defined


def _structural(
    db: sqlite3.Connection, keys: Iterable[str], before: dict[str, NameInfo], after: dict[str, NameInfo]
) -> set[str]:
    """Keys whose joins may have changed: new, gone, or recounted across a misspelling threshold."""
    changed: set[str] = set()
    for key in keys:
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            changed.add(key)
            continue
        if old.articles == new.articles:
            continue
        others = spelling_candidates(db, key)
        counts = {k: i.articles for k, i in name_info(db, others).items()}
        for other in others:
            then = before[other].articles if other in before else counts.get(other, 0)
            if misspelling(old.articles, then) != misspelling(new.articles, counts.get(other, 0)):
                changed.update((key, other))
    return changed


def update_people(
    db: sqlite3.Connection, added: Sequence[Article], removed_article_ids: Sequence[str] = ()
) -> None:
    """Replaces the evidence of ``added`` articles, forgets ``removed_article_ids``, regroups what changed.

    ``added`` may hold articles already recorded (re-indexed): their old evidence goes first.
    A name only recounted keeps its person, whose canonical name is chosen again; a name
    new, gone, defined or recounted across a misspelling threshold has its people redone.
    Run it inside the batch's transaction (``DocStore.commit_batch``).
    """
    ensure_schema(db)
    touched, defined = _forget(db, [*removed_article_ids, *(a.id for a in added)])
    recorded, newly_defined = _record(db, added)
    touched |= recorded
    if not touched:
        return
    multi = sorted(k for k in touched if len(k.split()) > 1)
    before = name_info(db, multi)
    stored, old_persons = refresh_names(db, sorted(touched))
    after = name_info(db, multi)
    changed = _structural(db, multi, before, after) | {
        k for k in defined | newly_defined if len(k.split()) > 1
    }
    seeds = {k for k in changed if k in after or k in stored}
    for key in sorted(changed):  # names whose joins a new, gone or recounted name changes
        seeds.update(contained(db, key))
        seeds.update(containers(db, key))
        seeds.update(spelling_candidates(db, key))
        seeds.update(initialled_relatives(db, key))
    # and everyone who was one person with any of them: a person that splits is redone whole
    persons = {old_persons[k] for k in changed if k in old_persons}
    found = select_in(db, "SELECT person FROM people_names WHERE key IN ({marks})", sorted(seeds))
    persons.update(r[0] for r in found)
    seeds.update(
        r[0] for r in select_in(db, "SELECT key FROM people_names WHERE person IN ({marks})", sorted(persons))
    )
    regroup(db, seeds)
    recounted = [k for k in multi if k in after and k not in seeds]
    rename(
        db,
        sorted(
            {r[0] for r in select_in(db, "SELECT person FROM people_names WHERE key IN ({marks})", recounted)}
        ),
    )


_TABLES = ("people_evidence", "people_roles", "people_names", "people_words", "people_firsts")


def rebuild_people(db: sqlite3.Connection, articles: Iterable[Article]) -> int:
    """Drops the people tables and refills them from ``articles`` (the stored ones); returns how many.

    For an archive indexed before this package existed or by an older version of it: the
    articles' stored analysis is enough, nothing is re-analysed. Run it in one transaction.
    """
    for table in _TABLES:
        db.execute(f"DROP TABLE IF EXISTS {table}")
    ensure_schema(db)
    count = 0
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= REBUILD_BATCH:
            count += len(batch)
            update_people(db, batch, [])
            batch = []
    count += len(batch)
    update_people(db, batch, [])
    return count
