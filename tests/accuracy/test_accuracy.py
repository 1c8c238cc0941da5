"""Accuracy against hand annotations: our own corpora always, the real seeds when present.

Our corpora are the bundled sample and two "blind" sets, each written by someone who had not
seen the rules (tests/fixtures/blind, tests/fixtures/blind2); their gold files are scored with the same rules as
../shared/tools/score.py: quote texts folded and matched at similarity 0.85, speakers compared
by their name words without titles, persons by surname.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest

from kutip.index.facade import Archive, EntityType, sample_corpus_path
from tests.conftest import SHARED

FIXTURES = Path(__file__).parents[1] / "fixtures"
CORPORA = {
    # name: (folder, gold, minimum quote F1, speaker accuracy, person F1, share of clusters found)
    "sample": (sample_corpus_path(), FIXTURES / "sample_gold.json", 0.95, 0.95, 0.95, 0.85),
    "blind": (FIXTURES / "blind", FIXTURES / "blind_gold.json", 0.95, 0.93, 0.95, 0.8),
    "blind2": (FIXTURES / "blind2", FIXTURES / "blind2_gold.json", 0.95, 0.93, 0.95, 0.8),
}
TITLES = {"presiden", "menteri", "menlu", "juru", "bicara", "dr", "prof", "president", "minister", "mr", "ms"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\"'“”‘’«»„‚`]", " ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def words(name: str | None) -> list[str]:
    return [w for w in fold((name or "").replace("-", " ")).split() if w not in TITLES]


def prf(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scored(request: pytest.FixtureRequest) -> tuple[dict[str, float], tuple[float, ...]]:
    folder, gold_path, *minimums = CORPORA[request.param]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        archive = Archive.open(Path(scratch))
        archive.index([folder])
        rows = archive.statements(kind="direct")
        entity_rows = list(archive.entities(EntityType.PERSON))
        clusters = archive.clusters(min_articles=2)
        archive.close()
    by_file: dict[str, list[tuple[str, str | None]]] = {}
    for row in rows:
        by_file.setdefault(Path(row.article.path).name, []).append(
            (row.statement.text, row.statement.speaker)
        )
    tp = fp = fn = speakers_ok = 0
    for article in gold["articles"]:
        predicted = list(by_file.get(article["file"], []))
        used: set[int] = set()
        for quote in article["quotes"]:
            best = max(
                (
                    (difflib.SequenceMatcher(None, fold(quote["text"]), fold(text)).ratio(), i)
                    for i, (text, _) in enumerate(predicted)
                    if i not in used
                ),
                default=(0.0, -1),
            )
            if best[0] >= 0.85:
                used.add(best[1])
                tp += 1
                speakers_ok += words(predicted[best[1]][1]) == words(quote["speaker"])
            else:
                fn += 1
        fp += len(predicted) - len(used)
    persons: dict[str, list[str]] = {}
    for row in entity_rows:
        persons.setdefault(Path(row.article.path).name, []).append(row.entity.name)
    ptp = pfp = pfn = 0
    for article in gold["articles"]:
        predicted_names = [words(n) for n in persons.get(article["file"], [])]
        taken: set[int] = set()
        for name in article["persons"]:
            surname = words(name)[-1:]
            hit = next(
                (i for i, p in enumerate(predicted_names) if i not in taken and p[-1:] == surname), None
            )
            if hit is None:
                pfn += 1
            else:
                taken.add(hit)
                ptp += 1
        pfp += len(predicted_names) - len(taken)
    linked = sum(
        1
        for c in gold["clusters"]
        if any(
            {Path(m.path).name for m in cluster.members}
            >= {m[0] if isinstance(m, list) else m["file"] for m in c["members"]}
            for cluster in clusters
        )
    )
    metrics = {
        "quotes_f1": prf(tp, fp, fn),
        "speakers": speakers_ok / tp if tp else 0.0,
        "persons_f1": prf(ptp, pfp, pfn),
        "clusters": linked / len(gold["clusters"]),
    }
    return metrics, tuple(minimums)


Scored = tuple[dict[str, float], tuple[float, ...]]


def test_quotes(scored: Scored) -> None:
    metrics, minimum = scored
    assert metrics["quotes_f1"] >= minimum[0]


def test_speakers(scored: Scored) -> None:
    metrics, minimum = scored
    assert metrics["speakers"] >= minimum[1]


def test_persons(scored: Scored) -> None:
    metrics, minimum = scored
    assert metrics["persons_f1"] >= minimum[2]


def test_clusters(scored: Scored) -> None:
    metrics, minimum = scored
    assert metrics["clusters"] >= minimum[3]


def test_seeds_with_the_shared_scorer(tmp_path: Path) -> None:
    scorer = SHARED / "tools" / "score.py"
    if not scorer.exists():
        pytest.skip("../shared is not available")
    command = f"{sys.executable} -m kutip.tui.cli"
    result = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--corpus",
            str(SHARED / "corpus" / "seeds"),
            "--gold",
            str(SHARED / "gold" / "seeds.json"),
            "--kutip",
            command,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert metrics["quotes"]["f1"] >= 0.95
    assert metrics["speaker_strict"] >= 0.95
    pronouns_ok, pronouns = metrics["pronoun_resolved"].split("/")
    assert pronouns_ok == pronouns
    assert metrics["persons"]["f1"] >= 0.95
    assert metrics["links_found"] == "4/4" and metrics["links_wrong"] == "0"
