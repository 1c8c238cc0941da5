"""The command table stays the only registry, and startup stays light (``kutip --version`` at once)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from kutip.tui.cli import COMMANDS, build_parser

TUI = Path(__file__).resolve().parents[2] / "tui"


def test_parsing_imports_neither_rich_nor_the_archive_nor_textual() -> None:
    code = (
        "import sys\n"
        "from kutip.tui.cli import build_parser\n"
        "build_parser().parse_args(['search', 'banjir'])\n"
        "heavy = [m for m in ('rich', 'textual', 'whoosh', 'kutip.index.facade') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_every_command_comes_from_the_table() -> None:
    parser = build_parser()
    (subparsers,) = [a for a in parser._actions if a.dest == "command"]
    assert list(subparsers.choices) == [command.name for command in COMMANDS]  # type: ignore[attr-defined]
    assert len({command.name for command in COMMANDS}) == len(COMMANDS)


def test_the_entry_point_is_thin_and_command_modules_small() -> None:
    assert len((TUI / "cli.py").read_text(encoding="utf-8").splitlines()) <= 120
    for module in TUI.glob("cli_*.py"):
        assert len(module.read_text(encoding="utf-8").splitlines()) <= 300, module.name


def _imported_after(argv: list[str], modules: tuple[str, ...]) -> tuple[list[str], str]:
    code = (
        "import sys\n"
        "from kutip.tui.cli import main\n"
        f"code = main({argv!r})\n"
        f"print([m for m in {modules!r} if m in sys.modules], code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    *_, last = result.stdout.strip().splitlines()
    return [last], result.stderr


def test_a_json_search_imports_neither_rich_nor_the_settings(tmp_path: Path) -> None:
    from kutip.index.facade import Archive
    from tests.snapshots.test_tui_app import write_fixture_corpus

    archive = Archive.open(tmp_path / "ix")
    archive.index([write_fixture_corpus(tmp_path / "fixture")])
    archive.close()
    argv = ["--index", str(tmp_path / "ix"), "search", "jembatan", "--json"]
    (last,), _ = _imported_after(argv, ("rich", "rich.console", "kutip.tui.settings", "textual"))
    assert last == "[] 0"
    unused = ("kutip.index.citations", "kutip.index.linking", "kutip.index.profiles", "kutip.index.views")
    (last,), _ = _imported_after(argv, unused)
    assert last == "[] 0"  # the facade names them, a search loads none of them
    with sqlite3.connect(tmp_path / "ix" / "kutip.sqlite3") as db:
        (recorded,) = db.execute("SELECT word FROM stems WHERE length(word) > 5 LIMIT 1").fetchone()
    argv[-2] = recorded
    (last,), _ = _imported_after(argv, ("Sastrawi",))
    assert last == "[] 0"  # the stem the archive recorded for the word is read back, not made again


def test_an_error_is_still_printed_through_the_console_made_for_it(tmp_path: Path) -> None:
    argv = ["--index", str(tmp_path / "ix"), "search", "jembatan AND (", "--json"]
    (last,), stderr = _imported_after(argv, ("rich.console",))
    assert last == "['rich.console'] 2"  # a bad query: the error console was made when needed
    assert stderr.startswith("kutip: ") and len(stderr.strip().splitlines()) == 1
