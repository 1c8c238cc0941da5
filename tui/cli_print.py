"""What ``kutip`` prints for people: tables and listings built from untrusted article data.

Every value from an article or a file name enters a Rich ``Text`` through :func:`plain`
(or :func:`highlighted`), which runs it through :func:`kutip.tui.terminal.safe`:
Rich never parses article text as markup and never passes an escape sequence on.
Importing this module loads Rich and the archive façade, so ``cli.py`` imports it
only when a command runs. Entities, statements and clusters are drawn by
:mod:`kutip.tui.cli_print_analysis`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO, cast

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from kutip.index.facade import Archive, IndexProgress, IndexReport, SearchHit
from kutip.tui.terminal import GuardedStream, safe, safe_path


def consoles() -> tuple[Console, Console]:
    """Consoles for results (stdout) and messages (stderr), both behind the terminal guard."""
    return out_console(), err_console()


def out_console() -> Console:
    return _console(sys.stdout, soft_wrap=False)


def err_console() -> Console:
    return _console(sys.stderr, soft_wrap=True)


def guarded(stream: IO[str]) -> TextIO:
    """``stream`` behind the terminal guard, for output that does not go through Rich."""
    return cast("TextIO", GuardedStream(stream))


def _console(stream: IO[str], *, soft_wrap: bool) -> Console:
    guard = GuardedStream(stream)
    console = Console(
        file=cast("IO[str]", guard), soft_wrap=soft_wrap, highlight=False, markup=False, emoji=False
    )
    guard.styled = console.is_terminal  # Rich's own codes pass only where Rich writes them
    return console


def plain(value: object, style: str = "") -> Text:
    """Untrusted text as an inert Rich ``Text`` (never markup)."""
    return Text(safe(str(value)), style=style)


def highlighted(text: str, spans: list[tuple[int, int]], style: str, base: str = "") -> Text:
    """``text`` made safe piece by piece, so highlight offsets still land on the right words."""
    result = Text(style=base)
    position = 0
    for span_start, span_end in sorted(spans):
        start, end = max(span_start, position), max(span_end, position)
        result.append(safe(text[position:start]))
        result.append(safe(text[start:end]), style=style)
        position = end
    result.append(safe(text[position:]))
    return result


def message(text: str, style: str = "") -> Text:
    """A message that may quote paths or user input: made safe as a whole."""
    return plain(text, style)


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# -- index ----------------------------------------------------------------------
def summary_line(report: IndexReport, articles: int | None = None) -> str:
    """Files and articles apart (a JSON Lines file holds many articles), so the numbers add up."""
    files = report.added + report.updated + report.unchanged + len(report.skipped)
    parts = [
        f"{report.added} added",
        f"{report.updated} updated",
        f"{report.unchanged} unchanged",
        f"{len(report.skipped)} skipped",
    ]
    if report.removed:
        parts.append(f"{report.removed} removed")
    line = f"{count(files, 'file')}: " + ", ".join(parts)
    return line if articles is None else f"{line}; {count(articles, 'article')} in the archive"


def print_report(report: IndexReport, err: Console, articles: int | None = None) -> None:
    if report.recovered_lock:
        err.print(plain(f"note: {report.recovered_lock}", "yellow"))
    if report.rebuilt:
        err.print(Text("note: the archive was rebuilt for this version of kutip", style="yellow"))
    err.print(Text(summary_line(report, articles), style="bold"))
    for path, reason in report.skipped:
        err.print(Text.assemble(("  skipped ", "yellow"), safe_path(path), (f": {safe(reason)}", "dim")))
    for path, warning in report.warnings:
        err.print(Text.assemble(("  warning ", "magenta"), safe_path(path), (f": {safe(warning)}", "dim")))
    if report.interrupted:
        err.print(
            Text("interrupted: everything committed before stays searchable; run again to finish", "red")
        )


def run_index(archive: Archive, paths: list[Path], prune: bool, err: Console) -> IndexReport:
    """Index with a progress bar on a terminal, then the report."""
    report = index_with_progress(archive, paths, prune, err)
    print_report(report, err)
    return report


def index_with_progress(archive: Archive, paths: list[Path], prune: bool, err: Console) -> IndexReport:
    with progress_bar(err, "Indexing") as advance:
        return archive.index(paths, prune=prune, progress=advance)


@contextmanager
def progress_bar(err: Console, label: str) -> Iterator[Callable[[IndexProgress], None]]:
    """A bar on a terminal (nothing elsewhere); file names in it are shown inert."""
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", style="dim", markup=False),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None, name="")

        def advance(update: IndexProgress) -> None:
            name = safe(Path(update.path).name[:40])
            bar.update(task, completed=update.done, total=update.total, name=name)

        yield advance


# -- search and show -------------------------------------------------------------
def hit_text(hit: SearchHit) -> Text:
    spans = [(span.start, span.end) for span in hit.highlights]
    return highlighted(hit.snippet, spans, "bold yellow not dim", base="dim")


def print_hits(hits: list[SearchHit], out: Console) -> None:
    table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    table.add_column("id", no_wrap=True, style="cyan", width=8)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("outlet", max_width=18)
    table.add_column("title / snippet", ratio=1)
    for hit in hits:
        s = hit.summary
        title = plain(s.headline or Path(s.path).name, "bold")
        table.add_row(
            plain(s.id[:8]),
            plain(s.date or "—"),
            plain(s.outlet or "—"),
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
    out.print(plain(data["title"] or Path(data["path"]).name, "bold"))
    meta = " · ".join(x for x in (data["outlet"], data["date"] or "", data["lang"], data["id"]) if x)
    out.print(plain(meta, "dim"))
    out.print(plain(data["path"], "dim"))
    out.print()
    out.print(plain(data["body"]))
