"""The ``kutip`` command: the reader, and the archive from the shell.

Output meant for scripts (``--json``) is JSON Lines on stdout; progress,
summaries and errors go to stderr so pipes stay clean.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from types import FrameType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from kutip.index.facade import (
    Archive,
    ArchiveError,
    Cluster,
    EntityRow,
    EntityType,
    IndexBusy,
    IndexProgress,
    IndexReport,
    QueryError,
    SearchHit,
    StatementRow,
    sample_corpus_path,
    word_diff,
)
from kutip.tui import cli_cite
from kutip.tui.settings import load_settings

ENTITY_STYLES = {
    EntityType.PERSON: "bold cyan",
    EntityType.ORGANIZATION: "bold magenta",
    EntityType.PLACE: "bold green",
}
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A failure to report in one line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


def _version() -> str:
    try:
        return metadata.version("kutip")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kutip",
        description="A keyboard-driven reader for news archives: who said what, where, reported by whom.",
        epilog="Without a command, kutip opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"kutip {_version()}")
    parser.add_argument(
        "--index",
        metavar="DIR",
        type=Path,
        help="archive location (default: $KUTIP_INDEX or the user data dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    index = commands.add_parser("index", help="add files and folders to the archive (incremental)")
    index.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders, recursive")
    index.add_argument("--prune", action="store_true", help="remove articles whose files are gone")

    search = commands.add_parser("search", help="search articles with the query language")
    search.add_argument(
        "query", nargs="+", help='words, "phrases", AND/OR/NOT, title:, outlet:, lang:, date:'
    )
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (0: all)")
    search.add_argument("--json", action="store_true", help="JSON Lines, one result per line")

    entities = commands.add_parser("entities", help="people, organisations and places in the archive")
    entities.add_argument("--type", choices=[t.value for t in EntityType], help="only this kind of entity")
    entities.add_argument("--article", metavar="ID", help="only this article (id or unique prefix)")
    entities.add_argument("--json", action="store_true", help="JSON Lines, one (article, entity) per line")

    quotes = commands.add_parser("quotes", help="what people said: direct and reported statements")
    quotes.add_argument("--speaker", metavar="NAME", help="full name, surname or alias")
    quotes.add_argument(
        "--kind", choices=["direct", "indirect"], help="only direct quotes or reported speech"
    )
    quotes.add_argument("--article", metavar="ID", help="only this article (id or unique prefix)")
    quotes.add_argument("--json", action="store_true", help="JSON Lines, one statement per line")

    statements = commands.add_parser(
        "statements", help="the same statement as reported by several articles (cross-article clusters)"
    )
    statements.add_argument("--speaker", metavar="NAME", help="full name, surname or alias")
    statements.add_argument(
        "--min-articles",
        type=int,
        default=2,
        metavar="N",
        help="only clusters reported by N articles (default 2)",
    )
    statements.add_argument("--json", action="store_true", help="JSON Lines, one cluster per line")

    find = commands.add_parser("find", help="the quote finder: every report of a remark, fuzzily matched")
    find.add_argument("phrase", nargs="+", help="words of the remark, in any outlet's wording")
    find.add_argument("--limit", type=int, default=20, metavar="N", help="at most N clusters")
    find.add_argument("--json", action="store_true", help="JSON Lines, one cluster per line")

    cli_cite.add_parsers(commands)

    show = commands.add_parser("show", help="print one article's clean text")
    show.add_argument("id", help="article id (a unique prefix is enough)")
    show.add_argument("--json", action="store_true", help="the article as one JSON object")
    return parser


# -- index ----------------------------------------------------------------------
def _summary_line(report: IndexReport) -> str:
    parts = [
        f"{report.added} added",
        f"{report.updated} updated",
        f"{report.unchanged} unchanged",
        f"{len(report.skipped)} skipped",
    ]
    if report.removed:
        parts.append(f"{report.removed} removed")
    return ", ".join(parts)


def print_report(report: IndexReport, err: Console) -> None:
    if report.recovered_lock:
        err.print(Text(f"note: {report.recovered_lock}", style="yellow"))
    if report.rebuilt:
        err.print(Text("note: the archive was rebuilt for this version of kutip", style="yellow"))
    err.print(Text(_summary_line(report), style="bold"))
    for path, reason in report.skipped:
        err.print(Text.assemble(("  skipped ", "yellow"), path, (f": {reason}", "dim")))
    for path, message in report.warnings:
        err.print(Text.assemble(("  warning ", "magenta"), path, (f": {message}", "dim")))
    if report.interrupted:
        err.print(
            Text("interrupted: everything committed before stays searchable; run again to finish", "red")
        )


def run_index(archive: Archive, paths: list[Path], prune: bool, err: Console) -> IndexReport:
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise CliError(f"no such file or folder: {missing[0]}", EXIT_USAGE)
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", style="dim"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task("Indexing", total=None, name="")

        def advance(update: IndexProgress) -> None:
            bar.update(task, completed=update.done, total=update.total, name=Path(update.path).name[:40])

        report = archive.index(paths, prune=prune, progress=advance)
    print_report(report, err)
    return report


# -- search and show -------------------------------------------------------------
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


def hit_text(hit: SearchHit) -> Text:
    snippet = Text(hit.snippet, style="dim")
    for span in hit.highlights:
        snippet.stylize("bold yellow not dim", span.start, span.end)
    return snippet


def print_hits(hits: list[SearchHit], out: Console) -> None:
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("id", no_wrap=True, style="cyan", width=8)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("outlet", max_width=18)
    table.add_column("title / snippet", ratio=1)
    for hit in hits:
        s = hit.summary
        title = Text(s.headline or Path(s.path).name, style="bold")
        table.add_row(
            Text(s.id[:8]),
            Text(s.date or "—"),
            Text(s.outlet or "—"),
            Text("\n").join([title, hit_text(hit)]),
        )
    out.print(table)
    out.print(Text(f"{len(hits)} result{'s' if len(hits) != 1 else ''}", style="dim"))


def article_json(archive: Archive, article_id: str) -> dict[str, Any]:
    a = archive.resolve(article_id)
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "date": a.date or None,
        "author": a.author,
        "url": a.url,
        "lang": a.lang,
        "dateline": a.dateline,
        "credits": [{"role": c.role, "name": c.name} for c in a.credits],
        "body": a.body,
        "boilerplate": a.boilerplate,
    }


def print_article(data: dict[str, Any], out: Console) -> None:
    out.print(Text(data["title"] or Path(data["path"]).name, style="bold"))
    meta = " · ".join(x for x in (data["outlet"], data["date"] or "", data["lang"], data["id"]) if x)
    out.print(Text(meta, style="dim"))
    out.print(Text(data["path"], style="dim"))
    out.print()
    out.print(Text(data["body"]))


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


def print_entity_table(archive: Archive, entity_type: EntityType | None, out: Console) -> None:
    table = Table(show_header=True, header_style="bold")
    table.add_column("entity")
    table.add_column("type")
    table.add_column("articles", justify="right")
    table.add_column("mentions", justify="right")
    rows = archive.entity_counts(entity_type)
    for name, kind, articles, mentions in rows:
        table.add_row(Text(name), Text(kind.value, style=ENTITY_STYLES[kind]), str(articles), str(mentions))
    out.print(table)
    out.print(Text(f"{len(rows)} entities", style="dim"))


def print_entity_rows(rows: list[EntityRow], out: Console) -> None:
    table = Table(show_header=True, header_style="bold")
    for column in ("entity", "type", "mentions"):
        table.add_column(column)
    for row in rows:
        kind = Text(row.entity.type.value, style=ENTITY_STYLES[row.entity.type])
        count = f"credit: {row.credit}" if row.credit else str(len(row.entity.mentions))
        table.add_row(Text(row.entity.name), kind, count)
    out.print(table)


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


def print_statements(rows: list[StatementRow], out: Console) -> None:
    by_speaker: dict[str, list[StatementRow]] = {}
    for row in rows:
        by_speaker.setdefault(row.statement.speaker or "(unknown speaker)", []).append(row)
    for speaker, group in sorted(by_speaker.items(), key=lambda item: (-len(item[1]), item[0])):
        roles = sorted({r.statement.role for r in group if r.statement.role}, key=len)
        heading = Text.assemble((speaker, "bold"), (f" — {roles[0]}" if roles else "", "dim"))
        heading.append(f"  ({len(group)})", style="dim")
        out.print(heading)
        for row in group:
            s, a = row.statement, row.article
            mark = "“" if s.kind == "direct" else "~"
            source = " · ".join(x for x in (a.outlet, a.date, f"via {s.via}" if s.via else "", a.id[:8]) if x)
            out.print(
                Text.assemble(
                    f"  {mark} ", (s.text, "italic" if s.kind == "direct" else ""), "  ", (source, "dim")
                )
            )
        out.print()
    out.print(Text(f"{len(rows)} statements", style="dim"))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def print_clusters(clusters: list[Cluster], out: Console) -> None:
    for cluster in clusters:
        articles = len({m.article for m in cluster.members})
        out.print(
            Text.assemble(
                (cluster.speaker or "(unknown speaker)", "bold"),
                (f"  {_count(len(cluster.members), 'report')} in {_count(articles, 'article')}", "dim"),
                (f" · {cluster.id}", "dim"),
            )
        )
        earliest = next((m for m in cluster.members if m.earliest), cluster.members[0])
        for member in cluster.members:
            source = " · ".join(
                x
                for x in (member.outlet, member.date, member.kind, f"via {member.via}" if member.via else "")
                if x
            )
            parts: list[Text] = []
            for op, words in word_diff(earliest.text, member.text):
                if member is earliest or op == "equal":
                    parts.append(Text(words))
                elif op != "delete":
                    parts.append(Text(words, style="bold yellow"))
                elif out.is_terminal:  # struck-through words only make sense where styles show
                    parts.append(Text(words, style="strike dim red"))
            line = Text("    ") + Text(" ").join(parts)
            out.print(Text.assemble(("  ● " if member.earliest else "  ○ ", "cyan"), (source, "dim")))
            out.print(line)
        out.print()
    out.print(Text(_count(len(clusters), "cluster"), style="dim"))


def _print_jsonl(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


# -- main -----------------------------------------------------------------------
def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _open_reader(archive: Archive, err: Console) -> int:
    from kutip.tui.app import KutipApp

    index_paths: list[Path] | None = None
    if archive.is_empty():
        err.print(Text(f"The archive at {archive.location} is empty: indexing the bundled sample corpus."))
        index_paths = [sample_corpus_path()]
    elif archive.needs_rebuild:
        err.print(Text("The archive was made by another version of kutip: rebuilding it."))
        index_paths = []
    KutipApp(archive, index_paths=index_paths).run()
    return 0


def archive_location(args: argparse.Namespace, err: Console) -> Path | None:
    """``--index``, then ``$KUTIP_INDEX``, then the settings file, then the data dir."""
    if args.index is not None or os.environ.get("KUTIP_INDEX", "").strip():
        return Path(args.index) if args.index is not None else None
    settings, warnings = load_settings()
    for warning in warnings:
        err.print(Text(f"kutip: {warning}", style="yellow"))
    return settings.index


def dispatch(args: argparse.Namespace, out: Console, err: Console) -> int:
    archive = Archive.open(archive_location(args, err))
    try:
        if args.command is None:
            return _open_reader(archive, err)
        if args.command == "index":
            if not args.paths and not args.prune:
                raise CliError("give files or folders to index (or --prune)", EXIT_USAGE)
            report = run_index(archive, args.paths, args.prune, err)
            return EXIT_INTERRUPTED if report.interrupted else 0
        if args.command == "search":
            limit = None if args.limit == 0 else args.limit
            hits = archive.search(" ".join(args.query), limit=limit)
            if args.json:
                _print_jsonl([hit_json(h) for h in hits])
            else:
                print_hits(hits, out)
            return 0
        if args.command == "entities":
            entity_type = EntityType(args.type) if args.type else None
            if args.json:
                for row in archive.entities(entity_type, args.article):
                    _print_jsonl([entity_json(row)])
            elif args.article:
                print_entity_rows(list(archive.entities(entity_type, args.article)), out)
            else:
                print_entity_table(archive, entity_type, out)
            return 0
        if args.command == "quotes":
            rows = archive.statements(speaker=args.speaker, kind=args.kind, article_id=args.article)
            if args.json:
                _print_jsonl([statement_json(r) for r in rows])
            else:
                print_statements(rows, out)
            return 0
        if args.command in ("statements", "find"):
            if args.command == "statements":
                clusters = archive.clusters(speaker=args.speaker, min_articles=args.min_articles)
            else:
                clusters = archive.find(" ".join(args.phrase), limit=args.limit)
            if args.json:
                _print_jsonl([c.to_json() for c in clusters])
            else:
                print_clusters(clusters, out)
            return 0
        if args.command in ("cite", "export"):
            return cli_cite.run(args, archive, sys.stdout)
        if args.command == "show":
            data = article_json(archive, args.id)
            if args.json:
                _print_jsonl([data])
            else:
                print_article(data, out)
            return 0
        raise CliError(f"unknown command {args.command}", EXIT_USAGE)
    finally:
        archive.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Console(highlight=False, soft_wrap=False)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        return dispatch(args, out, err)
    except (CliError, ArchiveError, QueryError, IndexBusy) as error:
        err.print(Text(f"kutip: {error}", style="red"))
        return (
            error.code
            if isinstance(error, CliError)
            else (EXIT_USAGE if isinstance(error, QueryError) else EXIT_ERROR)
        )
    except KeyboardInterrupt:
        err.print(Text("kutip: interrupted", style="red"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
