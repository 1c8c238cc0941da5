"""The shipped tagger measured on the standard idner-news-2k test split (read from ../shared)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kutip.index.entities import features
from kutip.index.entities.tagger import _tagger

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))

import train_tagger  # noqa: E402


def test_person_f1_on_idner_test(shared_dir: Path) -> None:
    test = shared_dir / "ner" / "idner-news-2k" / "test.txt"
    if not test.is_file():
        pytest.skip("../shared/ner is not available")
    tagger = _tagger()
    tp = fp = fn = 0
    for sent, labels in train_tagger.read_conll(test):
        predicted = {s for s in train_tagger.spans(tagger.tag(features.sentence_features(sent))) if s[2] == "PER"}
        gold = {s for s in train_tagger.spans(labels) if s[2] == "PER"}
        tp, fp, fn = tp + len(predicted & gold), fp + len(predicted - gold), fn + len(gold - predicted)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.86, f"person F1 {f1:.3f} on idner-news-2k test"
