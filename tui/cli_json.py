"""What ``--json`` prints for a search hit, a statement or an entity, without Rich: a one-shot
``kutip search --json`` (``quotes``, ``entities``) never needs a console, so it should not pay
for importing one, nor the tables and diffs the printed form needs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kutip.index.facade import EntityRow, SearchHit, StatementRow


def hit_json(hit: SearchHit) -> dict[str, Any]:
    s = hit.summary
    return {
        "id": s.id,
        "path": s.path,
        "title": s.title,
        "outlet": s.outlet,
        "date": s.date or None,
        "score": round(hit.score, 4),
        "snippet": hit.snippet,
        "highlights": [[span.start, span.end] for span in hit.highlights],
    }


def entity_json(row: EntityRow) -> dict[str, Any]:
    data: dict[str, Any] = {
        "article": row.article.id,
        "path": row.article.path,
        "name": row.entity.name,
        "type": row.entity.type.value,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in row.entity.mentions],
    }
    if row.credit:
        data["credit"] = row.credit
    return data


def statement_json(row: StatementRow) -> dict[str, Any]:
    s, a = row.statement, row.article
    return {
        "id": s.id,
        "article": a.id,
        "path": a.path,
        "speaker": s.speaker,
        "speaker_as_written": s.speaker_as_written,
        "role": s.role,
        "text": s.text,
        "kind": s.kind,
        "via": s.via,
        "start": s.start,
        "end": s.end,
        "outlet": a.outlet or None,
        "date": a.date or None,
        "cluster": s.cluster,
    }
