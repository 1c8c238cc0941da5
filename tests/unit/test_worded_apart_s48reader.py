"""A report worded apart from the one it is compared with (another remark its cluster holds beside
it) is marked changed as a whole, with no words marked dropped: ``[− …]`` there said an outlet cut
a sentence it never set out to report (seen on a read set: six articles, several remarks of one
speaker in one cluster). ``kutip statements`` / ``kutip find`` in a terminal marks dropped words
with the finder's bracket, not by strikethrough alone. Invented text."""

from __future__ import annotations

import io

from rich.console import Console

from kutip.index.facade import Cluster, ClusterMember
from kutip.tui.cli_print_analysis import print_clusters
from kutip.tui.reports import compared_words
from kutip.tui.widgets.version_rows import CHANGED, diff_content

EARLIEST = (
    "Kami tidak pernah melarang nelayan melaut. Tapi cuaca buruk, jadi kapal kecil menunggu dulu di dermaga,"
)
APART = "Dinas Kelautan sudah meminta semua kapal kecil tetap di dermaga sampai Jumat,"
SHORTER = "Kami tidak pernah melarang nelayan melaut,"


def test_a_report_sharing_few_words_is_all_changed_and_drops_nothing() -> None:
    assert compared_words(EARLIEST, APART) == [("replace", APART)]
    shown = diff_content(EARLIEST, APART)
    assert "[−" not in shown.plain and shown.plain == APART
    assert all(span.style == CHANGED for span in shown.spans)


def test_a_report_quoting_part_of_the_remark_still_shows_what_it_left_out() -> None:
    assert "[− Tapi cuaca buruk" in diff_content(EARLIEST, SHORTER).plain


def _member(ident: str, outlet: str, text: str, *, earliest: bool = False) -> ClusterMember:
    article = ident.partition(":")[0]
    return ClusterMember(ident, article, f"{article}.txt", outlet, "2025-03-0" + article[-1], "direct", None,
                         text, earliest=earliest, speaker="Rukmini Lasut", lang="id")  # fmt: skip


def _printed(*members: ClusterMember) -> str:
    out = io.StringIO()
    console = Console(file=out, width=160, force_terminal=True, color_system="standard")
    print_clusters([Cluster("a1:1", "Rukmini Lasut", list(members))], console)
    return out.getvalue()


def test_the_cli_brackets_dropped_words_in_a_terminal() -> None:
    printed = _printed(
        _member("a1:1", "Kabar Teluk", EARLIEST, earliest=True), _member("b2:1", "Pos Tanjung", SHORTER)
    )
    line = next(
        line for line in printed.splitlines() if "cuaca" in line and "Pos" not in line and "melaut," in line
    )
    assert "[− Tapi cuaca buruk, jadi kapal kecil menunggu dulu di dermaga,]" in line, line


def test_the_cli_drops_nothing_of_a_report_worded_apart() -> None:
    printed = _printed(
        _member("a1:1", "Kabar Teluk", EARLIEST, earliest=True), _member("b2:1", "Pos Tanjung", APART)
    )
    later = printed.split("Pos Tanjung", 1)[1]
    assert "[−" not in later and "Tidak pernah" not in later and "melarang" not in later
