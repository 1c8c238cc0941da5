"""Issues 12 and 13 from the shell: `index --rebuild`, an empty archive or folder, bad queries, type names.

Exit codes: 0 done, 1 error, 2 usage (a bad query too), 3 the archive is empty, 130 interrupted.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kutip.tui.cli import main
from kutip.tui.cli_common import EXIT_EMPTY, EXIT_USAGE, TYPE_SPELLINGS
from tests.articles import write_corpus


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("built")
    write_corpus(root / "corpus")
    assert main(["--index", str(root / "ix"), "index", str(root / "corpus")]) == 0
    return root / "ix"


@pytest.fixture
def archive(built: Path, tmp_path: Path) -> str:
    """A fresh copy of the three-article archive, free to damage."""
    shutil.copytree(built, tmp_path / "ix")
    return str(tmp_path / "ix")


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("damage", ["delete", "truncate"])
def test_rebuild_repairs_a_damaged_search_index(
    archive: str, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    whoosh = Path(archive) / "whoosh"
    if damage == "delete":
        shutil.rmtree(whoosh)
    else:
        for toc in whoosh.glob("*.toc"):
            toc.write_bytes(b"")
    code, out, err = run(capsys, "--index", archive, "search", "perahu")
    assert code == 1 and out == ""
    assert "kutip index --rebuild" in _one_line(err)
    code, out, err = run(capsys, "--index", archive, "index", "--rebuild")
    assert code == 0 and out == ""
    assert _one_line(err).startswith("kutip: ")
    code, out, _ = run(capsys, "--index", archive, "search", "perahu", "--json")
    assert code == 0 and len(out.splitlines()) == 1


def test_rebuild_of_a_sound_archive_changes_nothing(archive: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--index", archive, "index", "--rebuild")
    assert code == 0 and "3 articles" in _one_line(err)
    code, out, _ = run(capsys, "--index", archive, "search", "rail", "--json")
    assert code == 0 and len(out.splitlines()) == 1


COMMANDS_THAT_READ = [
    ["search", "banjir"],
    ["search", "banjir", "--json"],
    ["show", "abc"],
    ["entities"],
    ["quotes"],
    ["statements"],
    ["find", "perahu karet"],
    ["cite", "abc"],
    ["export", "quotes", "--format", "csv"],
]


@pytest.mark.parametrize("argv", COMMANDS_THAT_READ, ids=" ".join)
def test_an_empty_archive_says_how_to_fill_it(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--index", str(tmp_path / "ix"), *argv)
    assert code == EXIT_EMPTY and out == ""
    line = _one_line(err)
    assert "is empty" in line and "kutip index PATH" in line and "index/sample" in line


def test_a_folder_without_articles_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "catatan.pdf").write_bytes(b"%PDF-1.4")
    code, _, err = run(capsys, "--index", str(tmp_path / "ix"), "index", str(tmp_path / "kosong"))
    assert code == 0
    assert "no articles found in" in err and "kosong" in err


def test_the_report_counts_files_and_articles_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    write_corpus(folder)
    rows = [{"title": f"Ringkasan {n}", "text": f"Isi ringkasan nomor {n} tentang pasar ikan. " * 5} for n in (1, 2)]
    (folder / "ringkasan.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, _, err = run(capsys, "--index", str(tmp_path / "ix"), "index", str(folder))
    assert code == 0
    assert "4 files: 4 added, 0 updated, 0 unchanged, 0 skipped; 5 articles in the archive" in err


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("title:(", "'(' that is not closed"),
        ("banjir)", "')' with no '('"),
        ('"perahu karet', "not closed"),
        ("date:2024-02-30", "February 2024 has 29 days"),
        ("date:2023-02-01..2023-02-29", "February 2023 has 28 days"),
        ("speaker:x", "use kutip quotes --speaker x"),
        ("kind:direct banjir", "use kutip quotes --kind direct"),
        ("title:", "needs a value"),
        ("nosuchfield:banjir", "unknown field"),
    ],
)
def test_a_bad_query_says_what_is_wrong(
    built: Path, query: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--index", str(built), "search", query)
    assert code == EXIT_USAGE and out == ""
    assert said in _one_line(err)


@pytest.mark.parametrize("query", ["date:2024-02-29", '"title: not a field"', "banjir AND (bekasi OR karawang)"])
def test_good_queries_pass_the_checks(built: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--index", str(built), "search", query)
    assert code == 0, err


def test_every_spelling_of_a_type_is_accepted(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = {}
    for spelling in ("organisation", "organization", "org", "ORG"):
        code, out, _ = run(capsys, "--index", str(built), "entities", "--type", spelling, "--json")
        assert code == 0
        results[spelling] = out
        assert {json.loads(line)["type"] for line in out.splitlines()} <= {"organization"}
    assert len(set(results.values())) == 1
    assert set(TYPE_SPELLINGS.values()) == {"person", "organization", "place"}


def test_tables_spell_organisation_one_way(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--index", str(built), "entities")
    assert code == 0 and "organisation" in out and "organization" not in out
    with pytest.raises(SystemExit) as exit_info:
        main(["--index", str(built), "entities", "--type", "company"])
    assert exit_info.value.code == EXIT_USAGE
    assert "person, organisation or place" in capsys.readouterr().err


def test_organisation_is_a_field_alias_in_queries(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kutip.index.facade import Archive

    check = Archive.check_query
    assert check('organisation:"Badan Pangan" OR Organization:BMKG') == 'org:"Badan Pangan" OR org:BMKG'
    assert check('"kata organisation:x" banjir') == '"kata organisation:x" banjir'
    answers = []
    for field in ("org", "organisation", "organization"):
        code, out, _ = run(capsys, "--index", str(built), "search", f"{field}:x", "--json")
        answers.append((code, out))
    assert len(set(answers)) == 1 and answers[0][0] == 0
