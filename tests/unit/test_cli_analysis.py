"""`kutip entities` and `kutip quotes`: JSON shapes, filters and the seeds' acceptance checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.index.facade import Archive, EntityType, sample_corpus_path
from kutip.tui.cli import main
from tests.conftest import SHARED

QUOTE_KEYS = {"id", "article", "path", "speaker", "role", "text", "kind", "via", "start", "end", "outlet", "date"}


def run_json(location: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:  # type: ignore[type-arg]
    assert main(["--index", str(location), *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("sample") / "ix"
    archive = Archive.open(location)
    archive.index([sample_corpus_path()])
    archive.close()
    return location


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = SHARED / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared is not available")
    location = tmp_path_factory.mktemp("seeds") / "ix"
    archive = Archive.open(location)
    archive.index([seeds])
    archive.close()
    return location


def test_quotes_json_shape_and_spans(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(sample_index, capsys, "quotes", "--json")
    assert len(rows) > 30
    archive = Archive.open(sample_index)
    for row in rows:
        assert set(row) >= QUOTE_KEYS
        article = archive.article(row["article"])
        assert article is not None
        assert article.body[row["start"] : row["end"]] == row["text"]
    assert {r["kind"] for r in rows} == {"direct", "indirect"}


def test_quotes_kind_filter(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(sample_index, capsys, "quotes", "--kind", "indirect", "--json")
    assert rows and all(r["kind"] == "indirect" for r in rows)


def test_speaker_filter_by_surname_and_case(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    everyone = run_json(sample_index, capsys, "quotes", "--json")
    speaker = next(r["speaker"] for r in everyone if r["speaker"] and len(r["speaker"].split()) >= 2)
    surname = speaker.split()[-1]
    by_surname = run_json(sample_index, capsys, "quotes", "--speaker", surname.lower(), "--json")
    assert by_surname and all(surname in (r["speaker"] or "").split() for r in by_surname)
    assert any(r["speaker"] == speaker for r in by_surname)
    assert all(r["speaker"] == speaker for r in run_json(sample_index, capsys, "quotes", "--speaker", speaker, "--json"))


def test_entities_json_shape(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(sample_index, capsys, "entities", "--type", "person", "--json")
    assert rows and all(r["type"] == "person" for r in rows)
    archive = Archive.open(sample_index)
    for row in rows:
        assert set(row) >= {"article", "path", "name", "type", "mentions"}
        body = archive.article(row["article"]).body  # type: ignore[union-attr]
        for mention in row["mentions"]:
            assert body[mention["start"] : mention["end"]] == mention["text"]


def test_entities_table(sample_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--index", str(sample_index), "entities", "--type", "place"]) == 0
    out = capsys.readouterr().out
    assert "Bekasi" in out and "entities" in out


def test_statement_fields_in_the_query_language(sample_index: Path) -> None:
    archive = Archive.open(sample_index)
    direct = archive.search_statements("kind:direct", limit=None)
    assert direct and all(h.row.statement.kind == "direct" for h in direct)
    speaker = direct[0].row.statement.speaker
    assert speaker
    mine = archive.search_statements(f"speaker:{speaker.split()[-1]}", limit=None)
    surname = speaker.split()[-1]
    assert mine and all(
        surname in f"{h.row.statement.speaker} {h.row.statement.speaker_as_written}" for h in mine
    )


# -- the seeds (issues 3 and 4: what the maintainers check) ---------------------------------------
def test_seed_blinken_canonical(seeds_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(seeds_index, capsys, "entities", "--type", "person", "--json")
    for prefix in ("000", "001"):
        names = {r["name"] for r in rows if Path(r["path"]).name.startswith(prefix)}
        assert "Antony Blinken" in names and "Blinken" not in names


def test_seed_korut_is_korea_utara(seeds_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(seeds_index, capsys, "entities", "--type", "place", "--json")
    in_004 = [r for r in rows if Path(r["path"]).name.startswith("004") and r["name"] == "Korea Utara"]
    assert len(in_004) == 1
    assert {"Korut", "Korea Utara"} <= {m["text"] for m in in_004[0]["mentions"]}


def test_seed_person_field_search(seeds_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(seeds_index, capsys, "search", 'person:"Antony Blinken"', "--json", "--limit", "0")
    assert {Path(r["path"]).name[:3] for r in rows} == {"000", "001", "004"}


def test_seed_blinken_quotes_via_ap(seeds_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(seeds_index, capsys, "quotes", "--speaker", "Blinken", "--kind", "direct", "--json")
    sinyal = [r for r in rows if "sinyal permintaan" in r["text"]]
    assert len(sinyal) == 2
    assert {r["via"] for r in sinyal} == {"AP", "Associated Press"}


def test_seed_miller_clitics(seeds_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(seeds_index, capsys, "quotes", "--speaker", "Miller", "--kind", "direct", "--json")
    assert len(rows) == 3 and all(r["speaker"] == "Matthew Miller" for r in rows)
    assert sorted(r["speaker_as_written"] for r in rows) == ["kata Miller", "tambahnya", "ujarnya"]


def test_articles_mentioning_in_list_order(sample_index: Path) -> None:
    archive = Archive.open(sample_index)
    name, kind, articles, _ = archive.entity_counts(EntityType.PLACE)[0]
    assert articles >= 2
    mentioning = archive.articles_mentioning(name, kind)
    every = [s for s in archive.summaries() if s.id in {m.id for m in mentioning}]
    assert [s.id for s in mentioning] == [s.id for s in every]
    assert len(mentioning) >= articles


def test_speaker_counts(sample_index: Path) -> None:
    archive = Archive.open(sample_index)
    counts = dict(archive.speakers())
    for speaker, count in list(counts.items())[:5]:
        assert count == sum(1 for row in archive.statements() if row.statement.speaker == speaker)
    ordered = [count for _, count in archive.speakers()]
    assert ordered == sorted(ordered, reverse=True)
