"""Floors on the real dev corpora, scored by the shared scorer itself (skipped without ../shared).

The figures are the measured ones of the session that set them, a little below: a change that
moves one under its floor has lost accuracy on real text, which our own fixtures cannot show.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import SHARED

# set: quotes F1, speaker strict, persons F1, links found (of the gold's), title, outlet, date
FLOORS: dict[str, tuple[float, float, float, int, float, float, float]] = {
    "dev_a": (0.98, 0.95, 0.93, 34, 1.0, 1.0, 1.0),
    "dev_b": (0.98, 0.88, 0.92, 26, 1.0, 1.0, 1.0),
}


def _score(name: str) -> dict[str, Any]:
    scorer = SHARED / "tools" / "score.py"
    corpus = SHARED / "corpus" / name
    if not scorer.exists() or not corpus.is_dir():
        pytest.skip("../shared is not available")
    result = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--corpus",
            str(corpus),
            "--gold",
            str(SHARED / "gold" / f"{name}.json"),
            "--kutip",
            f"{sys.executable} -m kutip.tui.cli",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    metrics: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return metrics


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_real_corpus_keeps_its_floors(name: str) -> None:
    quotes, speakers, persons, links, title, outlet, date = FLOORS[name]
    metrics = _score(name)
    assert "not_available" not in metrics, metrics.get("not_available")
    assert metrics["quotes"]["f1"] >= quotes
    assert metrics["speaker_strict"] >= speakers
    assert metrics["persons"]["f1"] >= persons
    assert int(metrics["links_found"].split("/")[0]) >= links
    assert metrics["links_wrong"] == "0"
    assert metrics["dates_invented"] == 0
    meta = metrics["meta"]
    assert meta["title"] >= title and meta["outlet"] >= outlet and meta["date"] >= date, meta
