"""``kutip cite`` and ``kutip export``: citations and quote tables from the command line.

``cli.py`` registers these from its command table (:func:`cite_arguments`,
:func:`export_arguments`, :func:`handle`); :func:`run` does the work. Results go to ``out`` (or the
``-o`` file); messages go to ``err``, so pipes stay clean.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kutip.tui.cli_common import Context, require_articles
from kutip.tui.terminal import json_line, json_safe, safe

if TYPE_CHECKING:
    from kutip.index.facade import Archive, Article, Statement, StatementRow

__all__ = [
    "CITATION_STYLES", "QUOTE_FIELDS", "add_parsers", "cite_arguments", "export_arguments", "handle", "run",
]  # fmt: skip

# kutip.index.facade.STYLES, spelled out so the parser needs no façade import (a test keeps them equal).
CITATION_STYLES = ("plain", "markdown", "apa", "mla", "chicago", "bibtex", "csl-json")
EXPORT_CITATION_STYLES = ("bibtex", "csl-json")
QUOTE_FORMATS = ("csv", "jsonl", "markdown")
QUOTE_FIELDS = (
    "id", "article", "speaker", "speaker_as_written", "role", "kind", "text", "via",
    "title", "outlet", "date", "url", "path",
)  # fmt: skip
# Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


CITE_HELP = "cite an article or a statement"
EXPORT_HELP = "write quotes or citations for other tools, or the reader's bookmarks (state)"


def add_parsers(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``cite`` and ``export`` on a parser of their own (tests, embedding); ``cli.py`` uses its table."""
    cite_arguments(subparsers.add_parser("cite", help=CITE_HELP))
    export_arguments(subparsers.add_parser("export", help=EXPORT_HELP))


def cite_arguments(cite: argparse.ArgumentParser) -> None:
    cite.add_argument("id", help="article id (a unique prefix is enough) or statement id ARTICLE:N")
    cite.add_argument("--style", choices=CITATION_STYLES, help="citation style (default: from settings)")
    cite.add_argument("--copy", action="store_true", help="also copy it to the clipboard (or a file)")


def export_arguments(exporter: argparse.ArgumentParser) -> None:
    what = exporter.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    quotes = what.add_parser("quotes", help="statements as CSV, JSON Lines or Markdown")
    quotes.add_argument("--speaker", metavar="NAME", help="only this speaker (full name, surname or alias)")
    quotes.add_argument("--format", choices=QUOTE_FORMATS, required=True, help="output format")
    quotes.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE, not stdout")
    citations = what.add_parser("citations", help="every article as a BibTeX file or a CSL-JSON array")
    citations.add_argument("--style", choices=EXPORT_CITATION_STYLES, required=True, help="file format")
    citations.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE, not stdout")
    state = what.add_parser("state", help="the reader's bookmarks, read marks and saved searches (JSON)")
    state.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE, not stdout")


def handle(ctx: Context) -> int:
    """The command table's handler for ``cite`` and ``export``: stdout and stderr behind the guard."""
    from kutip.tui.cli_print import guarded

    if ctx.args.command == "export" and ctx.args.export_what == "state":  # kept beside the archive, not in it
        from kutip.tui.cli_userstate import export_state

        return export_state(ctx.archive.location, ctx.args.output)
    require_articles(ctx.archive)
    return run(ctx.args, ctx.archive, guarded(sys.stdout), guarded(sys.stderr))


def run(args: argparse.Namespace, archive: Archive, out: TextIO, err: TextIO | None = None) -> int:
    """Carry out ``cite`` or ``export``; archive errors propagate as :class:`ArchiveError`.

    What goes to ``out`` and ``err`` is made inert for the terminal (JSON formats are
    escaped instead); a file written with ``-o`` keeps the data exactly.
    """
    from kutip.index.facade import ArchiveError, export, source_from_article

    err = err or sys.stderr
    if args.command == "cite":
        return _cite(args, archive, out, err)
    if args.command == "export" and args.export_what == "quotes":
        return _export_quotes(args, archive, out, err)
    if args.command == "export" and args.export_what == "citations":
        sources = [source_from_article(article) for article in _articles(archive)]
        text = export(sources, args.style)
        json_text = args.style == "csl-json"
        return _emit(text, args.output, len(sources), "citations", out=out, err=err, json_text=json_text)
    raise ArchiveError(f"unknown command {args.command}")


# -- cite ----------------------------------------------------------------------------------
def find(archive: Archive, identifier: str) -> tuple[Article, Statement | None]:
    """The article, and the statement when ``identifier`` is ``ARTICLE:N`` (prefixes allowed)."""
    from kutip.index.facade import ArchiveError

    prefix, colon, number = identifier.strip().rpartition(":")
    if not colon or not number.isdigit():
        return archive.resolve(identifier), None
    article = archive.resolve(prefix)
    wanted = f"{article.id}:{number}"
    for row in archive.statements(article_id=article.id):
        if row.statement.id == wanted:
            return article, row.statement
    raise ArchiveError(f"article {article.id[:8]} has no statement {number}")


def _cite(args: argparse.Namespace, archive: Archive, out: TextIO, err: TextIO) -> int:
    from kutip.index.facade import cite_article, cite_statement
    from kutip.tui.clipboard import NONE, copy_text
    from kutip.tui.settings import load_settings

    style = args.style
    if style is None:
        settings, warnings = load_settings()
        for warning in warnings:
            err.write(safe(f"kutip: warning: {warning}") + "\n")
        style = settings.citation_style
    article, statement = find(archive, args.id)
    text = cite_statement(article, statement, style) if statement else cite_article(article, style)
    out.write((json_safe(text) if style == "csl-json" else safe(text)) + "\n")
    if not args.copy:
        return 0
    result = copy_text(None, text)
    err.write(safe(f"kutip: {result.detail}") + "\n")
    return 1 if result.method == NONE else 0


# -- export --------------------------------------------------------------------------------
def _articles(archive: Archive) -> Iterator[Article]:
    for summary in archive.summaries():
        article = archive.article(summary.id)
        if article is not None:
            yield article


def _quote_rows(archive: Archive, rows: list[StatementRow]) -> Iterator[tuple[StatementRow, Article | None]]:
    cache: dict[str, Article | None] = {}
    for row in rows:
        article_id = row.article.id
        if article_id not in cache:
            cache[article_id] = archive.article(article_id)
        yield row, cache[article_id]


def quote_record(row: StatementRow, article: Article | None) -> dict[str, str]:
    s, a = row.statement, row.article
    values = {
        "id": s.id,
        "article": a.id,
        "speaker": s.speaker or "",
        "speaker_as_written": s.speaker_as_written or "",
        "role": s.role or "",
        "kind": s.kind,
        "text": s.text,
        "via": s.via or "",
        "title": a.title,
        "outlet": a.outlet,
        "date": a.date,
        "url": article.url if article else "",
        "path": a.path,
    }
    return {name: values[name] for name in QUOTE_FIELDS}


def _spreadsheet_safe(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _export_quotes(args: argparse.Namespace, archive: Archive, out: TextIO, err: TextIO) -> int:
    from kutip.index.facade import cite_statement

    rows = archive.statements(speaker=args.speaker)
    pairs = list(_quote_rows(archive, rows))
    if args.format == "markdown":
        blocks = [cite_statement(article or row.article, row.statement, "markdown") for row, article in pairs]
        text = "\n\n".join(blocks) + ("\n" if blocks else "")
    elif args.format == "jsonl":
        text = "".join(json_line(quote_record(r, a)) for r, a in pairs)
    else:
        text = _csv([quote_record(r, a) for r, a in pairs])
    json_text = args.format == "jsonl"
    return _emit(text, args.output, len(pairs), "quotes", out=out, err=err, json_text=json_text)


def _csv(records: list[dict[str, str]]) -> str:
    """CSV with a header; cells that a spreadsheet would run as formulas are prefixed with ``'``."""
    import csv  # only an export writes it: a one-shot command does not import it

    buffer = StringIO()
    writer = csv.DictWriter(buffer, fieldnames=QUOTE_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _spreadsheet_safe(v) for k, v in record.items()})
    return buffer.getvalue()


def _encode(text: str) -> bytes:
    """UTF-8, file-name bytes that are not UTF-8 kept as they were (lone surrogates otherwise U+FFFD)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace")


def _emit(
    text: str, output: Path | None, count: int, noun: str,
    *,
    out: TextIO,
    err: TextIO,
    json_text: bool = False,
) -> int:
    """``text`` to ``out``, inert (JSON escaped), or exactly as it is to the file ``output``."""
    from kutip.index.facade import ArchiveError

    if output is None:
        out.write(json_safe(text) if json_text else safe(text))
        return 0
    try:
        output.write_bytes(_encode(json_safe(text) if json_text else text))
    except OSError as error:
        raise ArchiveError(f"cannot write {output}: {error.strerror or error}") from None
    err.write(safe(f"kutip: wrote {count} {noun} to {output}") + "\n")
    return 0
