"""Features the model never saw are left out before tagging: the labels and probabilities stay the same."""

from __future__ import annotations

from kutip.index.entities.features import sentence_features
from kutip.index.entities.tagger import _attributes, _tagger


def _tag(rows: list[list[str]]) -> tuple[list[str], list[float]]:
    tagger = _tagger()
    tagger.set(rows)
    labels = tagger.tag()
    return labels, [tagger.marginal("B-PER", k) + tagger.marginal("I-PER", k) for k in range(len(rows))]


def test_cutting_unknown_features_changes_no_label_or_probability() -> None:
    words = [("Menurut", ""), ("Fulan", " "), ("Wirabrata", " "), ("dari", " "), ("Xqzwv", " "), ("Holdings", " ")]
    for headline in (False, True):
        full = sentence_features(words, headline=headline)
        cut = sentence_features(words, headline=headline, known=_attributes())
        assert sum(map(len, cut)) < sum(map(len, full))  # "w=xqzwv" and its neighbours' copies go
        assert all(set(c) <= set(f) for c, f in zip(cut, full, strict=True))
        assert _tag(cut) == _tag(full)
