"""The documentation that is generated must match what it documents."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


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


def _readme_commands() -> list[str]:
    """Shell lines of the README's ``sh`` blocks, in order (a plain block shows the user's own paths)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in readme.split("```sh\n")[1:]:
        lines += [line.strip() for line in block.split("```", 1)[0].splitlines() if line.strip()]
    return lines


def test_readme_cli_examples_run_on_the_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every ``kutip`` line in the README, run as written where the README says: the repository
    root (here a copy of ``index/sample``), after ``export KUTIP_INDEX=.venv/sample-index``."""
    from kutip.tui import clipboard
    from kutip.tui.cli import main

    shutil.copytree(REPO / "index" / "sample", tmp_path / "index" / "sample")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(clipboard, "copy_system", lambda text: clipboard.SystemCopy(False, "", "none here"))
    ran = []
    for line in _readme_commands():
        words = shlex.split(line, comments=True)
        if words[:1] == ["export"]:
            name, _, value = words[1].partition("=")
            monkeypatch.setenv(name, value)
        if words[:1] != ["kutip"] or len(words) == 1:  # `make`, `source`; bare `kutip` opens the reader
            continue
        code = main(words[1:])
        out, err = capsys.readouterr()
        assert code == 0, f"{line}\n{err}"
        assert (out + err).strip(), f"{line} printed nothing"
        assert not re.search(r"^0 (results|statements|clusters|entities)$", out, re.M), f"{line} found nothing"
        if "--json" in words:
            assert out.strip(), f"{line} found nothing"
            [json.loads(row) for row in out.splitlines()]
        ran.append(words[1])
    assert {"index", "search", "show", "entities", "quotes", "statements", "find", "cite", "export"} <= set(ran)
    assert (tmp_path / ".venv" / "sample-index").is_dir()  # KUTIP_INDEX as the README sets it
