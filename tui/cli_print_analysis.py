"""What ``kutip entities``, ``quotes``, ``statements`` and ``find`` print for people (their JSON
is :mod:`kutip.tui.cli_json`'s: ``--json`` imports neither Rich nor this module).

Like :mod:`kutip.tui.cli_print`, every value from an article enters Rich through
:func:`~kutip.tui.cli_print.plain` or :func:`~kutip.tui.terminal.safe`.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kutip.index.facade import Archive, Cluster, ClusterMember, EntityRow, EntityType, StatementRow
from kutip.tui.cli_common import entity_type_label
from kutip.tui.cli_json import entity_json, statement_json  # noqa: F401  # where they lived before
from kutip.tui.cli_print import count, plain
from kutip.tui.reports import (
    DROPPED_CLOSE,
    DROPPED_OPEN,
    compared_words,
    details,
    diff_base,
    is_translation,
    language_name,
)
from kutip.tui.terminal import safe

ENTITY_STYLES = {
    EntityType.PERSON: "bold cyan",
    EntityType.ORGANIZATION: "bold magenta",
    EntityType.PLACE: "bold green",
}


def print_entity_table(archive: Archive, entity_type: EntityType | None, out: Console) -> None:
    table = Table(show_header=True, header_style="bold")
    table.add_column("entity")
    table.add_column("type")
    table.add_column("articles", justify="right")
    table.add_column("mentions", justify="right")
    rows = archive.entity_counts(entity_type)
    for name, kind, articles, mentions in rows:
        label = Text(entity_type_label(kind), style=ENTITY_STYLES[kind])
        table.add_row(plain(name), label, str(articles), str(mentions))
    out.print(table)
    out.print(Text(f"{len(rows)} entities", style="dim"))


def print_entity_rows(rows: list[EntityRow], out: Console) -> None:
    table = Table(show_header=True, header_style="bold")
    for column in ("entity", "type", "mentions"):
        table.add_column(column)
    for row in rows:
        kind = Text(entity_type_label(row.entity.type), style=ENTITY_STYLES[row.entity.type])
        count = f"credit: {row.credit}" if row.credit else str(len(row.entity.mentions))
        table.add_row(plain(row.entity.name), kind, plain(count))
    out.print(table)


def print_statements(rows: list[StatementRow], out: Console) -> None:
    by_speaker: dict[str, list[StatementRow]] = {}
    for row in rows:
        by_speaker.setdefault(row.statement.speaker or "(unknown speaker)", []).append(row)
    for speaker, group in sorted(by_speaker.items(), key=lambda item: (-len(item[1]), item[0])):
        roles = sorted({r.statement.role for r in group if r.statement.role}, key=len)
        heading = Text.assemble((safe(speaker), "bold"), (f" — {safe(roles[0])}" if roles else "", "dim"))
        heading.append(f"  ({len(group)})", style="dim")
        out.print(heading)
        lines = hanging_rows()
        for row in group:
            s, a = row.statement, row.article
            mark = "“" if s.kind == "direct" else "~"
            short_id = f"{a.id[:8]}:{s.id.rpartition(':')[2]}"  # what `kutip cite` takes
            source = " · ".join(x for x in (a.outlet, a.date, f"via {s.via}" if s.via else "", short_id) if x)
            words = Text.assemble(
                (safe(s.text), "italic" if s.kind == "direct" else ""), "  ", (safe(source), "dim")
            )
            lines.add_row(f"  {mark} ", words)
        out.print(lines)
        out.print()
    out.print(Text(f"{len(rows)} statements", style="dim"))


def _wording(member: ClusterMember, base: ClusterMember | None, out: Console) -> Text:
    """The report's words; against ``base``, its new words bold and, in a terminal, the dropped
    ones inside ``[− …]``, struck through: the bracket, as in the quote finder, keeps them apart
    from the report's own words where a terminal draws neither strike nor colour (piped, they are
    left out)."""
    if base is None:
        return plain(member.text)
    parts: list[Text] = []
    for op, words in compared_words(base.text, member.text):
        if op == "equal":
            parts.append(plain(words))
        elif op != "delete":
            parts.append(plain(words, "bold yellow"))
        elif out.is_terminal:
            parts.append(plain(f"{DROPPED_OPEN}{words}{DROPPED_CLOSE}", "strike dim red"))
    return Text(" ").join(parts)


def hanging_rows() -> Table:
    """Rows of a mark and its words, the words wrapped under themselves rather than under the
    mark: a long remark on an 80-column terminal stays one readable block."""
    rows = Table.grid()
    rows.add_column(no_wrap=True)
    rows.add_column(ratio=1)
    return rows


def print_clusters(clusters: list[Cluster], out: Console, sources: Mapping[str, str] | None = None) -> None:
    """Each remark with every report of it, described as the quote finder describes them
    (:mod:`kutip.tui.reports`): a later report's changed words against the earliest in its own
    language, a report in the other language marked as a translation, not word-diffed; a report
    with no outlet named as ``sources`` names its article (:func:`kutip.tui.reports.unnamed_sources`)."""
    for cluster in clusters:
        articles = len({m.article for m in cluster.members})
        out.print(
            Text.assemble(
                (safe(cluster.speaker or "(unknown speaker)"), "bold"),
                (f"  {count(len(cluster.members), 'report')} in {count(articles, 'article')}", "dim"),
                (f" · {safe(cluster.id)}", "dim"),
            )
        )
        for member in cluster.members:
            source = Text.assemble((safe(" · ".join(details(member, sources))), "dim"))
            if is_translation(member, cluster):
                via = f"⇄ translation from {language_name(cluster.earliest)} · "
                source = Text.assemble((via, "bold cyan"), source)
            report = hanging_rows()
            report.add_row(Text("  ● " if member.earliest else "  ○ ", "cyan"), source)
            report.add_row("    ", _wording(member, diff_base(member, cluster), out))
            out.print(report)
        out.print()
    out.print(Text(count(len(clusters), "cluster"), style="dim"))
