"""`make model` must write the shipped person filter byte for byte (issue 9: the user retrains on a
fresh checkout and compares). The filter trains in about 30 s; skipped without ../shared/ner."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO / "tools"
SHIPPED = REPO / "index" / "data" / "models" / "person_filter.tsv"


def test_retraining_the_person_filter_writes_the_shipped_weights(shared_dir: Path, tmp_path: Path) -> None:
    ner = shared_dir / "ner"
    if not ner.is_dir():
        pytest.skip("../shared/ner is not available")
    sys.path.insert(0, str(TOOLS))  # the tool imports train_tagger beside it
    try:
        spec = importlib.util.spec_from_file_location("train_person_filter_again", TOOLS / "train_person_filter.py")
        assert spec is not None and spec.loader is not None
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
    finally:
        sys.path.remove(str(TOOLS))
    tool.OUT = tmp_path / "person_filter.tsv"
    assert tool.main(["train", "--ner", str(ner)]) in (0, None)
    assert tool.OUT.read_bytes() == SHIPPED.read_bytes()


def test_retraining_the_tagger_writes_the_shipped_model(shared_dir: Path, tmp_path: Path) -> None:
    ner = shared_dir / "ner"
    if not ner.is_dir():
        pytest.skip("../shared/ner is not available")
    sys.path.insert(0, str(TOOLS))
    try:
        import train_tagger
    finally:
        sys.path.remove(str(TOOLS))
    model = tmp_path / "tagger.crfsuite"
    train_tagger.train_crf(train_tagger.load(ner, train_tagger.TRAIN), model)  # shipped name lists
    assert model.read_bytes() == (SHIPPED.parent / "tagger.crfsuite").read_bytes()
