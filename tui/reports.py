"""How one report of a remark is described beside the others, the same in the quote finder and in
``kutip statements`` / ``kutip find``: its outlet, language, date, kind and channel, whether it is
a translation, and which report its words are compared with.

A report in the other language than the earliest one is a translation: it is marked so and its
words are compared only with the earliest report in its own language (never word-diffed across
languages, where every word would show as changed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kutip.index.facade import Archive, Cluster, ClusterMember, word_diff
from kutip.tui.source_names import UNKNOWN_OUTLET, unnamed_source
from kutip.tui.text import one_line

LANGUAGES = {"en": "English", "id": "Indonesian"}
DROPPED_OPEN, DROPPED_CLOSE = "[− ", "]"  # around words a report left out, kept where no style shows
ALIKE_SHARE = 0.5  # a report with fewer of its words in the base than this is worded apart from it


def _language(member: ClusterMember) -> str:
    return member.lang or "id"


def language_name(member: ClusterMember) -> str:
    """The report's language as a reader names it (English, Indonesian)."""
    return LANGUAGES.get(_language(member), _language(member))


def diff_base(member: ClusterMember, cluster: Cluster) -> ClusterMember | None:
    """The report ``member``'s words are compared with: the earliest one in the same language;
    None for the first report in its language, shown as it is, and for another quote of that
    report's own article (the remark's next part, which it printed too: marked against its sibling,
    its words read as dropped by the article that printed them)."""
    earliest = cluster.earliest
    if member is earliest or member.statement_id == earliest.statement_id:
        return None
    if _language(member) == _language(earliest):
        base: ClusterMember | None = earliest
    else:
        base = next((m for m in cluster.members if _language(m) == _language(member)), None)
    if base is None or base.statement_id == member.statement_id or base.article == member.article:
        return None
    return base


def compared_words(base: str, other: str) -> list[tuple[str, str]]:
    """``other``'s words against ``base`` as :func:`word_diff` marks them; when fewer than half of
    ``other``'s words are the base's (another remark the cluster holds beside it, or a paraphrase
    in other words), the whole report as changed and nothing as dropped: words marked dropped
    there would say an outlet cut a sentence it never set out to report."""
    segments = word_diff(base, other)
    words = len(other.split())
    kept = sum(len(text.split()) for op, text in segments if op == "equal")
    if words and kept < ALIKE_SHARE * words:
        return [("replace", other)]
    return segments


def is_translation(member: ClusterMember, cluster: Cluster) -> bool:
    """Whether the remark reached this report through another language than the earliest's."""
    return _language(member) != _language(cluster.earliest)


def when(member: ClusterMember) -> str:
    """The report's date; for an undated one the occasion's date its article names, so marked."""
    if member.date:
        return one_line(member.date)
    if member.event_date:
        return f"undated · event {one_line(member.event_date)}"
    return "undated"


def unnamed_sources(archive: Archive, clusters: Iterable[Cluster]) -> dict[str, str]:
    """Article id -> :func:`unnamed_source` for each report with no outlet (each article read once;
    call it from a worker, never the UI thread)."""
    wanted = dict.fromkeys(m.article for c in clusters for m in c.members if not one_line(m.outlet).strip())
    found: dict[str, str] = {}
    for article_id in wanted:
        article = archive.article(article_id)
        if article is not None:
            found[article_id] = unnamed_source(article)
    return found


def outlet_of(member: ClusterMember, sources: Mapping[str, str] | None = None) -> str:
    """The report's outlet, else what :func:`unnamed_sources` found for its article."""
    return one_line(member.outlet).strip() or (sources or {}).get(member.article, "") or UNKNOWN_OUTLET


def details(member: ClusterMember, sources: Mapping[str, str] | None = None) -> list[str]:
    """Outlet, language, date, kind and channel: every report says each, "unknown" included, so
    two reports line up field by field. ``sources`` names the reports with no outlet
    (:func:`unnamed_sources`)."""
    found = [outlet_of(member, sources), language_name(member), when(member), member.kind]
    if member.via:
        found.append(f"via {one_line(member.via)}")
    return found
