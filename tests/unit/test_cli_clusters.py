"""``kutip statements`` and ``kutip find`` describe each report as the quote finder does (made-up text)."""

from __future__ import annotations

import io

from rich.console import Console

from kutip.index.facade import Cluster, ClusterMember
from kutip.tui.cli_print_analysis import print_clusters


def _member(ident: str, source: tuple[str, str, str], text: str, *, earliest: bool = False) -> ClusterMember:
    """A report: ``source`` is its outlet, date and language."""
    outlet, date, lang = source
    article = ident.partition(":")[0]
    return ClusterMember(ident, article, f"{article}.txt", outlet, date, "direct", None, text,
                         earliest=earliest, speaker="Sinta Maharani", lang=lang)  # fmt: skip


CLUSTER = Cluster(
    "a:1",
    "Sinta Maharani",
    [
        _member("a:1", ("Warta Pagi", "2024-06-05", "id"), "Dermaga ini memperpendek antrean kapal", earliest=True),
        _member("b:1", ("Harbour Wire", "2024-06-06", "en"), "This pier shortens the queue of ships"),
        _member("c:1", ("", "", "id"), "Dermaga baru ini memperpendek antrean kapal"),
    ],
)


def _printed(terminal: bool) -> str:
    out = io.StringIO()
    console = Console(file=out, width=100, force_terminal=terminal, color_system="standard" if terminal else None)
    print_clusters([CLUSTER], console)
    return out.getvalue()


def test_every_report_names_outlet_language_and_date_unknowns_included() -> None:
    lines = [line.rstrip() for line in _printed(False).splitlines()]
    assert "  ● Warta Pagi · Indonesian · 2024-06-05 · direct" in lines
    assert "  ○ ⇄ translation from Indonesian · Harbour Wire · English · 2024-06-06 · direct" in lines
    assert "  ○ unknown outlet · Indonesian · undated · direct" in lines


def test_a_translation_is_not_word_diffed_against_the_other_language() -> None:
    printed = _printed(True)
    english = next(line for line in printed.splitlines() if "pier" in line)
    assert "\x1b[1;33m" not in english  # no word of it shown as changed
    changed = next(line for line in printed.splitlines() if "baru" in line)
    assert "\x1b[1;33mbaru" in changed  # the same language's later report: its new word marked
