"""Issue 12: no escape sequence from an article or a file name reaches the terminal through the CLI.

Every human-readable command runs over the generated hostile corpus (tests/hostile.py);
the output must hold no ESC, BEL, DEL or C1 character and no invisible bidi or
zero-width character, while ``--json`` output stays valid JSON carrying the data.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from kutip.tui.cli import main
from tests.hostile import EVIL_NAME, EVIL_SKIPPED_NAME, OSC52, RECORD, forbidden_in, write_hostile_corpus


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    return write_hostile_corpus(root / "corpus"), root / "ix"


@pytest.fixture
def indexed(hostile: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """The archive location and the id of the article read from the file with the hostile name."""
    corpus, location = hostile
    if not location.exists():
        code, out, err = run(capsys, "--index", str(location), "index", str(corpus))
        assert code == 0, err
        assert forbidden_in(out + err) == [], err
        assert "3 added" in err and "1 skipped" in err
        assert "␛[6n⟨U+202E⟩.pdf" in err  # the skip line names the file, visibly
    code, out, _ = run(capsys, "--index", str(location), "search", "jantung", "--json")
    evil = [row["id"] for row in map(json.loads, out.splitlines()) if row["path"].endswith(EVIL_NAME)]
    assert len(evil) == 1
    return str(location), evil[0]


HUMAN_COMMANDS = [
    ["search", "pasar"],
    ["search", "dewan"],
    ["quotes"],
    ["quotes", "--speaker", "Budi"],
    ["statements"],
    ["find", "pasar", "jantung", "ekonomi"],
    ["entities"],
    ["entities", "--article", "{id}"],
    ["show", "{id}"],
    ["show", "{dewan}"],
    ["cite", "{id}"],
    ["cite", "{dewan}", "--style", "bibtex"],
    ["cite", "{dewan}", "--style", "markdown"],
    ["export", "quotes", "--format", "csv"],
    ["export", "quotes", "--format", "markdown"],
    ["export", "citations", "--style", "bibtex"],
    ["show", "\x1b]52;c;aGk=\x07nope"],  # the error message quotes the user's input
]


def _ids(location: str, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    code, out, _ = run(capsys, "--index", location, "search", "dewan", "--json")
    assert code == 0
    return {"dewan": json.loads(out.splitlines()[0])["id"]}


@pytest.mark.parametrize("command", HUMAN_COMMANDS, ids=lambda c: " ".join(c)[:40])
def test_human_output_holds_no_control_or_invisible_character(
    indexed: tuple[str, str], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    location, article = indexed
    ids = {"id": article, **_ids(location, capsys)}
    argv = [part.format(**ids) if part.startswith("{") else part for part in command]
    code, out, err = run(capsys, "--index", location, *argv)
    assert forbidden_in(out) == [] and forbidden_in(err) == [], (out + err)[:2000]
    assert code in (0, 1), err
    assert out or err


def test_show_makes_every_escape_visible(indexed: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    location, article = indexed
    _, out, _ = run(capsys, "--index", location, "show", article)
    assert "␛]52;c;aGFja2VkCg==␇" in out  # OSC 52 shown, not run
    assert "␛[6n" in out and "⟨U+202E⟩" in out
    assert "kabar␛]52;c;aGk=␇␛[2J.txt" in out  # the file name too


JSON_COMMANDS = [
    ["search", "pasar", "--json"],
    ["quotes", "--json"],
    ["statements", "--json"],
    ["find", "pasar", "jantung", "--json"],
    ["entities", "--json"],
    ["show", "{dewan}", "--json"],
    ["export", "quotes", "--format", "jsonl"],
]


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: " ".join(c)[:40])
def test_json_output_is_escaped_and_parses(
    indexed: tuple[str, str], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    location, _ = indexed
    ids = _ids(location, capsys)
    argv = [part.format(**ids) if part.startswith("{") else part for part in command]
    code, out, err = run(capsys, "--index", location, *argv)
    assert code == 0, err
    assert forbidden_in(out) == [], out[:2000]
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert rows


def test_json_keeps_the_data_exactly(indexed: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    location, _ = indexed
    ids = _ids(location, capsys)
    _, out, _ = run(capsys, "--index", location, "show", ids["dewan"], "--json")
    (article,) = [json.loads(line) for line in out.splitlines()]
    assert article["title"] == RECORD["title"]  # escapes survive as data, JSON-escaped on the way
    assert OSC52 in article["title"]


def test_csl_json_export_parses(indexed: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    location, _ = indexed
    code, out, _ = run(capsys, "--index", location, "export", "citations", "--style", "csl-json")
    assert code == 0 and forbidden_in(out) == []
    assert len(json.loads(out)) == 3


def test_export_to_a_file_keeps_the_data(
    indexed: tuple[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    location, _ = indexed
    target = tmp_path / "quotes.jsonl"
    code, out, err = run(capsys, "--index", location, "export", "quotes", "--format", "jsonl", "-o", str(target))
    assert code == 0 and out == "" and forbidden_in(err) == []
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert any(record["title"] == RECORD["title"] for record in records)


# Rich's own colour and cursor codes, the only escapes allowed on a styled terminal.
_RICH_CODES = re.compile(r"\x1b\[[0-9;]*m|\x1b\[[0-9]*[ABCDGK]|\x1b\[\?25[hl]")


@pytest.mark.parametrize("command", [["search", "pasar"], ["quotes"], ["show", "{id}"], ["statements"]])
def test_on_a_terminal_only_richs_own_styles_pass(
    indexed: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    location, article = indexed
    monkeypatch.setenv("FORCE_COLOR", "1")
    argv = [part.format(id=article) for part in command]
    code, out, err = run(capsys, "--index", location, *argv)
    assert code == 0, err
    assert "\x1b[" in out  # styles are on
    rest = _RICH_CODES.sub("", out + err)
    assert forbidden_in(rest) == [], rest[:2000]


def test_index_progress_and_skip_lines_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_hostile_corpus(tmp_path / "corpus")
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, err = run(capsys, "--index", str(tmp_path / "ix"), "index", str(corpus))
    assert code == 0
    rest = _RICH_CODES.sub("", out + err).replace("\r", "")
    assert forbidden_in(rest) == [], rest[:2000]
    assert EVIL_SKIPPED_NAME not in err and "catatan␛[6n⟨U+202E⟩.pdf" in rest


def test_index_option_naming_a_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0\n", encoding="utf-8")
    code, out, err = run(capsys, "--index", str(a_file), "search", "x")
    assert code == 2 and out == ""
    assert err.strip() == f"kutip: {a_file} is not an archive folder (a file is there)"


def test_settings_index_naming_a_file_warns_and_uses_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0\n", encoding="utf-8")
    monkeypatch.delenv("KUTIP_INDEX")
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "kutip" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f'index = "{a_file}"\n', encoding="utf-8")
    code, out, err = run(capsys, "search", "x", "--json")
    assert code == 3 and out == ""  # the default archive, which is empty here
    assert "is empty: add articles with `kutip index PATH`" in err
    assert "index is not an archive folder (a file is there); using the default" in err


def test_usage_errors_quote_arguments_inert(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "x", "--\x1b]52;c;aGk=\x07"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --␛]52;c;aGk=␇" in err and forbidden_in(err) == []


def test_env_archive_naming_a_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0\n", encoding="utf-8")
    monkeypatch.setenv("KUTIP_INDEX", str(a_file))
    code, _, err = run(capsys, "quotes")
    assert code == 2 and err.strip() == f"kutip: {a_file} is not an archive folder (a file is there)"
