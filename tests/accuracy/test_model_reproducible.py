"""`make model` must write the shipped tagger and person filter byte for byte (issue 9: the user
retrains on a fresh checkout and compares). Each trains in 30-40 s; skipped without ../shared/ner."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, load_tool

MODELS = REPO / "index" / "data" / "models"


def _ner(shared_dir: Path) -> Path:
    ner = shared_dir / "ner"
    if not ner.is_dir():
        pytest.skip("../shared/ner is not available")
    return ner


def test_retraining_the_person_filter_writes_the_shipped_weights(shared_dir: Path, tmp_path: Path) -> None:
    tool = load_tool("train_person_filter")
    tool.OUT = tmp_path / "person_filter.tsv"
    assert tool.main(["train", "--ner", str(_ner(shared_dir))]) in (0, None)
    assert tool.OUT.read_bytes() == (MODELS / "person_filter.tsv").read_bytes()


def test_retraining_the_tagger_writes_the_shipped_model(shared_dir: Path, tmp_path: Path) -> None:
    tool = load_tool("train_tagger")
    model = tmp_path / "tagger.crfsuite"
    tool.train_crf(tool.load(_ner(shared_dir), tool.TRAIN), model)  # with the shipped name lists
    assert model.read_bytes() == (MODELS / "tagger.crfsuite").read_bytes()
