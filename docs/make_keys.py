"""Writes docs/keys.md from the reader's command table, so the documented keys never drift.

    python docs/make_keys.py          # rewrite docs/keys.md
    python docs/make_keys.py --check  # exit 1 when docs/keys.md is out of date (run by the tests)
"""

from __future__ import annotations

import sys
from pathlib import Path

from kutip.tui.commands import COMMANDS, GROUPS

TARGET = Path(__file__).with_name("keys.md")


def render() -> str:
    lines = [
        "# Keys",
        "",
        "Generated from `tui/commands.py` by `docs/make_keys.py`; the same table feeds the bindings,",
        "the footer, the help screen (`?`) and the command palette (`Ctrl+P`). Keys can be changed in",
        "the settings file (`[keys]`, by command id).",
        "",
    ]
    for group in GROUPS:
        commands = [c for c in COMMANDS if c.group == group]
        if not commands:
            continue
        lines += [f"## {group}", "", "| keys | what | command id |", "|---|---|---|"]
        for command in commands:
            keys = command.display_keys.replace("|", "\\|")
            lines.append(f"| `{keys}` | {command.description} | `{command.id}` |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python docs/make_keys.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
