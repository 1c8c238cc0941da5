"""What ``--json`` prints for a search hit, without Rich: a one-shot ``kutip search --json``
never needs a console, so it should not pay for importing one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kutip.index.facade import SearchHit


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
