"""Reading clusters back: one remark with every outlet that reported it.

``clusters`` lists remarks reported by several articles; ``find`` is the quote
finder: statements matching a phrase loosely (the linker's normalised terms, so
``Korut`` finds ``Korea Utara`` and affixes do not matter), grouped by cluster.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from kutip.index.linking.members import cluster_ids as statement_clusters
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.similarity import similarity
from kutip.index.linking.store import ensure_schema
from kutip.index.names import name_matches, name_words
from kutip.index.sqlin import select_in

__all__ = ["Cluster", "ClusterMember", "clusters", "find", "members_of"]

_FIND_POOL = 400  # statements scored per query before grouping
_MIN_FIND_SCORE = 0.6  # share of the phrase's terms a statement must contain


@dataclass(frozen=True, slots=True)
class ClusterMember:
    """One report of the remark: which statement, in which article and outlet, on which day."""

    statement_id: str
    article: str
    path: str
    outlet: str
    date: str
    kind: str
    via: str | None
    text: str
    earliest: bool = False
    speaker: str | None = None
    lang: str = ""  # the language the words are in (an English original inside an Indonesian article: en)
    event_date: str = ""  # the occasion's date the article names, for a report with no date of its own

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.statement_id,
            "article": self.article,
            "path": self.path,
            "outlet": self.outlet,
            "date": self.date,
            "kind": self.kind,
            "via": self.via,
            "text": self.text,
            "lang": self.lang,
            "event_date": self.event_date,
        }


@dataclass(frozen=True, slots=True)
class Cluster:
    """One remark; members are ordered earliest first (undated last)."""

    id: str
    speaker: str | None
    members: list[ClusterMember] = field(default_factory=list)

    @property
    def earliest(self) -> ClusterMember:
        return next((m for m in self.members if m.earliest), self.members[0])

    @property
    def articles(self) -> int:
        return len({m.article for m in self.members})

    def to_json(self) -> dict[str, Any]:
        return {"cluster": self.id, "speaker": self.speaker, "members": [m.to_json() for m in self.members]}


def _order(member: ClusterMember) -> tuple[bool, str, str, str]:
    """Earliest first; a report with no date of its own goes by the occasion its article names."""
    date = member.date or member.event_date
    return (date == "", date, member.article, member.statement_id)


def _speaker(members: list[ClusterMember]) -> str | None:
    """The fullest name used for the speaker, the most frequent among equals."""
    names = [m.speaker for m in members if m.speaker]
    if not names:
        return None
    return max(set(names), key=lambda n: (len(name_words(n)), names.count(n), n))


def members_of(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> list[Cluster]:
    """The clusters with these ids, in the order given."""
    wanted = list(dict.fromkeys(cluster_ids))
    grouped: dict[str, list[ClusterMember]] = {c: [] for c in wanted}
    rows = list(
        select_in(
            db,
            "SELECT s.id, s.article, s.kind, s.via, s.text, s.speaker, s.date, m.cluster, "
            "a.source, a.locator, a.outlet, coalesce(d.lang, a.lang, ''), "
            "CASE WHEN json_valid(a.extra) THEN json_extract(a.extra, '$.event_date') END "
            "FROM link_members m JOIN statements s ON s.id = m.statement "
            "JOIN articles a ON a.id = s.article LEFT JOIN link_docs d ON d.statement = s.id "
            "WHERE m.cluster IN ({marks})",
            wanted,
        )
    )
    several = _with_rows(db, wanted)
    rows = [*rows, *_alone(db, [c for c in wanted if c not in several])]
    for sid, article, kind, via, text, speaker, date, cluster, source, locator, outlet, lang, event in rows:
        path = f"{source}#{locator}" if locator else source
        grouped[cluster].append(
            ClusterMember(
                sid,
                article,
                path,
                outlet,
                date or "",
                kind,
                via,
                text,
                speaker=speaker,
                lang=lang,
                event_date=str(event or ""),
            )
        )
    found = []
    for cluster_id in wanted:
        members = sorted(grouped[cluster_id], key=_order)
        if not members:
            continue
        members[0] = replace(members[0], earliest=True)
        found.append(Cluster(cluster_id, _speaker(members), members))
    return found


def _with_rows(db: sqlite3.Connection, wanted: list[str]) -> set[str]:
    """The ids of clusters of two or more among ``wanted`` (a statement alone has no rows)."""
    rows = select_in(db, "SELECT cluster FROM link_clusters WHERE cluster IN ({marks})", wanted)
    return {r[0] for r in rows}


def _alone(db: sqlite3.Connection, ids: list[str]) -> list[tuple[Any, ...]]:
    """:func:`members_of`'s rows for linked statements alone in their cluster (ids are theirs)."""
    return [
        tuple(r)
        for r in select_in(
            db,
            "SELECT s.id, s.article, s.kind, s.via, s.text, s.speaker, s.date, s.id, "
            "a.source, a.locator, a.outlet, coalesce(d.lang, a.lang, ''), "
            "CASE WHEN json_valid(a.extra) THEN json_extract(a.extra, '$.event_date') END "
            "FROM link_docs d JOIN statements s ON s.id = d.statement JOIN articles a ON a.id = s.article "
            "WHERE d.statement IN ({marks})",
            ids,
        )
    ]


# every linked statement's cluster: its member row's, or itself when alone
_EVERY_CLUSTER = (
    "SELECT coalesce(m.cluster, d.statement) AS cluster FROM link_docs d "
    "JOIN statements s ON s.id = d.statement LEFT JOIN link_members m ON m.statement = d.statement WHERE 1"
)


def clusters(db: sqlite3.Connection, speaker: str | None = None, min_articles: int = 2) -> list[Cluster]:
    """Remarks reported by at least ``min_articles`` articles, most widely reported first."""
    ensure_schema(db)
    sql = "SELECT m.cluster FROM link_members m JOIN statements s ON s.id = m.statement WHERE 1"
    if min_articles <= 1:  # statements alone too
        sql = _EVERY_CLUSTER
    params: tuple[str, ...] = ()
    if speaker:
        words = name_words(speaker)
        if not words:
            return []
        sql += " AND s.speaker LIKE ?"
        params = (f"%{max(words, key=len)}%",)
    sql += " GROUP BY 1"
    if min_articles > 1 and not speaker:
        sql += f" HAVING count(DISTINCT s.article) >= {int(min_articles)}"
    found = members_of(db, (r[0] for r in db.execute(sql, params)))
    if speaker:
        found = [c for c in found if any(name_matches(speaker, m.speaker) for m in c.members)]
    found = [c for c in found if c.articles >= min_articles]
    return sorted(found, key=lambda c: (-c.articles, _order(c.earliest)))


def _match_query(terms: list[str]) -> str:
    """An FTS5 query for any of the terms, or of a longer term's first five letters."""
    parts = set()
    for term in terms:
        parts.add(f'"{term}"')
        if len(term) > 5 and not term.isdigit():
            parts.add(f'"{term[:5]}"*')
    return " OR ".join(sorted(parts))


def find(db: sqlite3.Connection, phrase: str, limit: int = 20) -> list[Cluster]:
    """Clusters (singletons included) holding statements that loosely contain ``phrase``, best first."""
    ensure_schema(db)
    terms = list(dict.fromkeys([*content_terms(phrase, "id"), *content_terms(phrase, "en")]))
    if not terms:
        return []
    rows = db.execute(
        "SELECT d.statement, d.terms FROM link_fts f JOIN link_docs d ON d.rowid = f.rowid "
        "WHERE link_fts MATCH ? ORDER BY rank LIMIT ?",
        (_match_query(terms), _FIND_POOL),
    ).fetchall()
    wanted_id = content_terms(phrase, "id")
    wanted_en = content_terms(phrase, "en")
    scored: dict[str, float] = {}
    for statement, stored in rows:
        have = stored.split()
        score = max(_phrase_score(wanted_id, have), _phrase_score(wanted_en, have))
        if score >= _MIN_FIND_SCORE:
            scored[statement] = score
    if not scored:
        return []
    best: dict[str, float] = {}
    for sid, cluster in statement_clusters(db, scored).items():
        best[cluster] = max(best.get(cluster, 0.0), scored[sid])
    ranked = sorted(best, key=lambda c: (-best[c], c))[:limit]
    found = {c.id: c for c in members_of(db, ranked)}
    return [found[c] for c in ranked if c in found]


def _phrase_score(wanted: list[str], have: list[str]) -> float:
    """Share of the phrase's terms found in the statement (loose: shared five-letter starts count half)."""
    if not wanted:
        return 0.0
    result = similarity(wanted, have)
    return result.shared / len(set(wanted))
