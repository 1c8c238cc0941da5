"""``kutip cite`` and ``kutip export`` over a small archive of original test articles."""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import bibtexparser
import pytest

from kutip.index.facade import Archive, ArchiveError
from kutip.tui import cli_cite, clipboard
from kutip.tui.clipboard import SystemCopy

PASAR = """---
title: Pedagang Pasar Cikini Tolak Kenaikan Sewa Kios
outlet: Suara Pelita
date: 2024-09-03
author: Rina Kusuma
url: https://suarapelita.example/pasar-cikini
lang: id
---

Jakarta - Puluhan pedagang Pasar Cikini menolak rencana kenaikan sewa kios mulai Oktober.

"Kami baru saja pulih setelah sepi pembeli, jangan dibebani lagi," kata Joko Prasetyo, ketua paguyuban pedagang pasar itu.

Joko mengatakan pedagang akan menemui pengelola pasar pekan depan.
"""

FERRY = """---
title: =Ferry Service to Resume After Storm
outlet: Harbour Times
date: 2024-10-21
lang: en
---

The ferry between Merak and Bakauheni will resume on Tuesday after a two-day halt, the port operator said.

"Every vessel has passed its safety check," said Lestari Wulandari, spokeswoman for the port operator.
"""


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pasar.md").write_text(PASAR, encoding="utf-8")
    (corpus / "ferry.md").write_text(FERRY, encoding="utf-8")
    opened = Archive.open(tmp_path / "ix")
    report = opened.index([corpus])
    assert report.added == 2, report.skipped
    yield opened
    opened.close()


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kutip")
    commands = parser.add_subparsers(dest="command")
    cli_cite.add_parsers(commands)
    return parser.parse_args(argv)


def call(archive: Archive, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_cite.run(parse(*argv), archive, out, err)
    return code, out.getvalue(), err.getvalue()


def article_id(archive: Archive, outlet: str) -> str:
    return next(s.id for s in archive.summaries() if s.outlet == outlet)


def test_cite_article_by_prefix(archive: Archive) -> None:
    prefix = article_id(archive, "Suara Pelita")[:8]
    code, out, err = call(archive, "cite", prefix, "--style", "apa")
    assert code == 0 and err == ""
    assert out.startswith(
        "Kusuma, R. (2024, September 3). Pedagang Pasar Cikini Tolak Kenaikan Sewa Kios. Suara Pelita. "
        "https://suarapelita.example/pasar-cikini\n"
    )


def test_cite_statement_by_id(archive: Archive) -> None:
    full = article_id(archive, "Harbour Times")
    (row,) = [r for r in archive.statements(article_id=full) if "safety check" in r.statement.text]
    number = row.statement.id.rsplit(":", 1)[1]
    code, out, _ = call(archive, "cite", f"{full[:6]}:{number}", "--style", "mla")
    assert code == 0
    assert out.startswith("Lestari Wulandari")
    assert "“Every vessel has passed its safety check” (qtd. in “=Ferry Service to Resume”)." in out


def test_unknown_statement_is_an_archive_error(archive: Archive) -> None:
    prefix = article_id(archive, "Harbour Times")[:6]
    with pytest.raises(ArchiveError, match="no statement 99"):
        call(archive, "cite", f"{prefix}:99")


def test_default_style_comes_from_the_settings_file(archive: Archive, tmp_path: Path) -> None:
    from kutip.tui.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('citation_style = "bibtex"\ntheme = 5\n', encoding="utf-8")
    code, out, err = call(archive, "cite", article_id(archive, "Suara Pelita"))
    assert code == 0 and out.startswith("@article{kusuma2024pedagang,")
    assert "warning:" in err and "theme must be a string" in err


def test_copy_falls_back_to_a_file_with_a_message(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: SystemCopy(False, "", "no clipboard tool"))
    code, out, err = call(archive, "cite", article_id(archive, "Suara Pelita"), "--style", "plain", "--copy")
    assert code == 0
    saved = Path(err.split("saved to ", 1)[1].strip())
    assert saved.read_text(encoding="utf-8") + "\n" == out
    assert "no clipboard tool" in err


def test_export_quotes_csv_is_spreadsheet_safe(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "quotes.csv"
    code, out, err = call(archive, "export", "quotes", "--format", "csv", "-o", str(target))
    assert code == 0 and out == "" and f"to {target}" in err
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert list(rows[0]) == list(cli_cite.QUOTE_FIELDS)
    speakers = {r["speaker"] for r in rows}
    assert {"Joko Prasetyo", "Lestari Wulandari"} <= speakers
    ferry = next(r for r in rows if r["speaker"] == "Lestari Wulandari")
    assert ferry["title"] == "'=Ferry Service to Resume After Storm"  # never a formula
    pasar = next(r for r in rows if r["speaker"] == "Joko Prasetyo" and r["kind"] == "direct")
    assert pasar["url"] == "https://suarapelita.example/pasar-cikini" and pasar["outlet"] == "Suara Pelita"


def test_export_quotes_jsonl_for_one_speaker(archive: Archive) -> None:
    code, out, _ = call(archive, "export", "quotes", "--speaker", "Prasetyo", "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and records
    assert {r["speaker"] for r in records} == {"Joko Prasetyo"}
    assert any("pulih" in r["text"] for r in records)


def test_export_quotes_markdown(archive: Archive) -> None:
    code, out, _ = call(archive, "export", "quotes", "--speaker", "Lestari Wulandari", "--format", "markdown")
    assert code == 0
    assert out.startswith("> Every vessel has passed its safety check\n>\n> — Lestari Wulandari")


def test_export_citations_bibtex_and_csl(archive: Archive) -> None:
    code, out, _ = call(archive, "export", "citations", "--style", "bibtex")
    assert code == 0
    library = bibtexparser.parse_string(out)
    assert not library.failed_blocks
    assert sorted(e.key for e in library.entries) == ["harbour2024ferry", "kusuma2024pedagang"]
    code, out, _ = call(archive, "export", "citations", "--style", "csl-json")
    items = json.loads(out)
    assert {i["type"] for i in items} == {"article-newspaper"}
    assert {i["language"] for i in items} == {"id", "en"}


def test_export_needs_a_valid_format() -> None:
    with pytest.raises(SystemExit):
        parse("export", "citations", "--style", "apa")
    with pytest.raises(SystemExit):
        parse("export", "quotes")
