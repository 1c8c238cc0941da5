"""How the quote finder heads a remark and marks the words each report changed.

Each version is compared with the earliest report: words it adds or changes are
highlighted, words it leaves out are shown inside ``[− …]``, in the error colour and
struck through, so a reader sees at a glance how an outlet reworded the remark. The
bracket is what a fact-checker can trust: a terminal without strikethrough (or
colour) still shows the dropped words as not part of this report's quote, where
strikethrough alone read as if the outlet had printed them. Everything is built
from plain strings through ``one_line``, never parsed as markup.
"""

from __future__ import annotations

from textual.content import Content

from kutip.index.facade import Cluster
from kutip.tui.reports import DROPPED_CLOSE, DROPPED_OPEN, compared_words
from kutip.tui.text import one_line

CHANGED = "bold $text-warning underline"
DROPPED = "strike $text-error"
MUTED = "$text-muted"
EARLIEST = "bold $text-success"
TEXT_LIMIT = 600


def cluster_heading(cluster: Cluster) -> Content:
    """``Speaker — reported by N articles`` above a cluster's versions."""
    speaker = one_line(cluster.speaker or "") or "(unattributed)"
    count = cluster.articles
    reach = f"reported by {count} article{'s' if count != 1 else ''}"
    return Content.assemble((speaker, "bold $text-accent"), (f" — {reach}", MUTED))


def diff_content(base: str, other: str) -> Content:
    """``other``'s words with what differs from ``base`` marked: changed words highlighted,
    dropped ones inside ``[− …]`` (a report worded apart from ``base``: all of it changed)."""
    parts: list[str | tuple[str, str]] = []
    length = 0
    for op, text in compared_words(base, other):
        if not text:
            continue
        if parts:
            parts.append(" ")
            length += 1
        flat = one_line(text)
        if op == "delete":  # the marker survives a terminal drawing neither strike nor colour
            flat = f"{DROPPED_OPEN}{flat}{DROPPED_CLOSE}"
        if length + len(flat) > TEXT_LIMIT:
            parts.append((_cut(flat, TEXT_LIMIT - length, dropped=op == "delete"), _style(op)))
            break
        parts.append((flat, _style(op)) if _style(op) else flat)
        length += len(flat)
    return Content.assemble(*parts)


def _cut(flat: str, room: int, *, dropped: bool) -> str:
    """``flat`` cut to ``room`` cells with ``…``; a dropped run keeps its closing bracket, as the words
    after an unclosed ``[− …`` read as the report's own."""
    if not dropped:
        return flat[: max(0, room)] + "…"
    inner = flat[len(DROPPED_OPEN) : -len(DROPPED_CLOSE)]
    keep = max(0, room - len(DROPPED_OPEN) - len(DROPPED_CLOSE))
    return f"{DROPPED_OPEN}{inner[:keep].rstrip()}…{DROPPED_CLOSE}"


def _style(op: str) -> str:
    if op == "delete":
        return DROPPED
    if op in ("insert", "replace"):
        return CHANGED
    return ""


def _plain(text: str) -> Content:
    flat = " ".join(one_line(text).split())
    cut = flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1] + "…"
    return Content(cut, strip_control_codes=False)
