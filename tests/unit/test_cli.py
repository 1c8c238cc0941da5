"""The command line: JSON Lines for scripts, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.tui.cli import main
from tests.articles import write_corpus


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def jsonl(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def indexed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    corpus = write_corpus(tmp_path / "corpus")
    location = tmp_path / "ix"
    code, _, err = run(capsys, "--index", str(location), "index", str(corpus["banjir"].parent))
    assert code == 0, err
    assert "3 added, 0 updated, 0 unchanged, 0 skipped" in err
    return location


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("kutip ")


def test_search_json_lines(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--index", str(indexed), "search", "perahu", "--json")
    assert code == 0
    (row,) = jsonl(out)
    assert set(row) >= {"id", "path", "title", "outlet", "date", "score", "snippet"}
    assert row["outlet"] == "Kabar Nusantara"
    assert "perahu" in row["snippet"]


def test_search_table(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--index", str(indexed), "search", "rail")
    assert code == 0
    assert "Jakarta Opens New Light Rail Line" in out and "1 result" in out


def test_env_var_chooses_the_archive(
    indexed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KUTIP_INDEX", str(indexed))
    code, out, _ = run(capsys, "search", "rail", "--json")
    assert code == 0 and len(jsonl(out)) == 1


def test_show_by_prefix(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--index", str(indexed), "search", "rail", "--json")
    article_id = jsonl(out)[0]["id"]
    code, out, _ = run(capsys, "--index", str(indexed), "show", article_id[:6], "--json")
    assert code == 0
    (article,) = jsonl(out)
    assert article["id"] == article_id and "thousands of cars" in article["body"]


def test_bad_query_is_one_line(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--index", str(indexed), "search", "date:2024-13-45..2024")
    assert code == 2 and out == ""
    assert err.strip().startswith("kutip:") and len(err.strip().splitlines()) == 1


def test_unknown_id(indexed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--index", str(indexed), "show", "zzzz")
    assert code == 1 and "no article" in err


def test_index_without_paths_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--index", str(tmp_path / "ix"), "index")
    assert code == 2 and "give files or folders" in err


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--index", str(tmp_path / "ix"), "index", str(tmp_path / "nope"))
    assert code == 2 and "no such file" in err


def test_prune_reports_removed(indexed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "corpus" / "transit.txt").unlink()
    code, _, err = run(capsys, "--index", str(indexed), "index", "--prune")
    assert code == 0 and "1 removed" in err


def test_settings_file_chooses_the_archive(
    indexed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kutip.tui.settings import settings_path

    monkeypatch.delenv("KUTIP_INDEX")
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'index = "{indexed}"\n', encoding="utf-8")
    code, out, _ = run(capsys, "search", "rail", "--json")
    assert code == 0 and len(jsonl(out)) == 1


def test_statements_and_find_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kutip.index.facade import sample_corpus_path

    location = str(tmp_path / "ix")
    assert main(["--index", location, "index", str(sample_corpus_path())]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "--index", location, "statements", "--json")
    clusters = jsonl(out)
    assert code == 0 and len(clusters) >= 5
    for cluster in clusters:
        assert set(cluster) == {"cluster", "speaker", "members"}
        assert len({m["article"] for m in cluster["members"]}) >= 2
        assert set(cluster["members"][0]) >= {"id", "article", "path", "outlet", "date", "kind", "via", "text"}
    phrase = " ".join(clusters[0]["members"][0]["text"].split()[:8])
    code, out, _ = run(capsys, "--index", location, "find", phrase, "--json")
    found = jsonl(out)
    assert code == 0 and found[0]["cluster"] == clusters[0]["cluster"]
    code, out, _ = run(capsys, "--index", location, "find", phrase)
    assert code == 0 and "reports in" in out
