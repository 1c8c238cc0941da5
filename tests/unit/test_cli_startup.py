"""The command table stays the only registry, and startup stays light (``kutip --version`` at once)."""

from __future__ import annotations

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
