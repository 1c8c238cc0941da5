"""The documentation that is generated must match what it documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_keys_doc_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "docs" / "make_keys.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_readme_shows_the_two_commands_first() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.strip().splitlines()] == [
        ["make", "run"],
        ["make", "test"],
    ]


def test_readme_screenshots_exist() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in [part.split(")")[0] for part in readme.split("](screenshots/")[1:]]:
        assert (REPO / "screenshots" / name).is_file(), name
