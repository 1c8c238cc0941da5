"""The statistical entity tagger: a CRF trained on Indonesian news (see ``tools/train_tagger.py``).

The model ships in ``kutip/index/data/models`` and loads once, on first use. It tags one
sentence at a time over the same word tokens recognition uses, and reports, for each
word, the label it prefers and how likely the word is to be part of a person's name.
Sentences without a capitalised word are skipped: no entity can be named there.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pycrfsuite

from kutip.index.entities.features import sentence_features
from kutip.index.language import Token

__all__ = ["MODEL", "Tagging", "tag_tokens", "use_model"]

MODEL = "tagger.crfsuite"
_MAX_SENTENCE = 64  # longer runs (lists, tables) are cut: the CRF needs no wider view


@dataclass(frozen=True, slots=True)
class Tagging:
    """Per token: the tagger's label ("B-PER", "I-ORG", "O"...) and P(part of a person's name).

    ``other`` holds P(part of an organisation's or a place's name) the same way (one more
    marginal a word rather than four); the person filter weighs both.
    """

    labels: list[str]
    person: list[float]
    tagged: frozenset[int] = frozenset()  # first tokens of the sentences looked at (the rest stay "O")
    other: list[float] = field(default_factory=list)

    def kind(self, first: int, last: int) -> str:
        """The entity type most of ``first..last`` is tagged with ("PER", "ORG", "LOC" or "O")."""
        votes: dict[str, int] = {}
        for label in self.labels[first : last + 1]:
            kind = label[2:] if label != "O" else "O"
            votes[kind] = votes.get(kind, 0) + 1
        return max(votes, key=lambda k: (votes[k], k != "O"))

    def person_score(self, first: int, last: int) -> float:
        """Mean probability that the words ``first..last`` belong to a person's name."""
        span = self.person[first : last + 1]
        return sum(span) / len(span) if span else 0.0


@cache
def _model_bytes() -> bytes:
    return resources.files("kutip.index").joinpath("data").joinpath("models").joinpath(MODEL).read_bytes()


_local = threading.local()
_override: list[bytes] = []  # a model other than the shipped one (training the person filter)


def use_model(model: bytes | None) -> None:
    """Tags with ``model`` (a crfsuite model's bytes) from now on, or the shipped model again (None).

    Only the training tool calls this: the person filter learns from taggings of text the
    model did not train on, so it trains on models cross-fitted on halves of the data.
    """
    _override.clear()
    if model is not None:
        _override.append(model)
    _local.tagger = None
    _attributes.cache_clear()


def _tagger() -> pycrfsuite.Tagger:
    """This thread's tagger (a tagger holds the sentence it works on, so threads never share one)."""
    tagger: pycrfsuite.Tagger | None = getattr(_local, "tagger", None)
    if tagger is None:
        # crfsuite reads the model in place: the tagger's own reference keeps those bytes alive
        _local.model = _override[0] if _override else _model_bytes()
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(_local.model)
        _local.tagger = tagger
    return tagger


@cache
def _attributes() -> frozenset[str]:
    """Every feature the model knows; features built for a word are cut to these (about a quarter go)."""
    return frozenset(_tagger().info().attributes)


def _sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(start, end)`` token ranges of sentences (and lines), cut at ``_MAX_SENTENCE`` words."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for k in range(1, len(tokens) + 1):
        token = tokens[k] if k < len(tokens) else None
        if token is None or token.sentence_start or "\n" in token.gap or k - start >= _MAX_SENTENCE:
            ranges.append((start, k))
            start = k
    return ranges


def tag_tokens(tokens: list[Token], wanted: list[bool] | None = None, done: Tagging | None = None) -> Tagging:
    """Tags the tokens of a body, sentence by sentence.

    Sentences without capitals are left "O" at once; with ``wanted`` (one flag a token),
    so is every sentence holding no wanted token: callers ask only where a name is in doubt.
    ``done`` (an earlier tagging of the same tokens) lends the sentences it already tagged.
    """
    labels = ["O"] * len(tokens) if done is None else list(done.labels)
    person = [0.0] * len(tokens) if done is None else list(done.person)
    # a tagging built without the other marginal lends none of it
    other = list(done.other) if done is not None and done.other else [0.0] * len(tokens)
    tagged: set[int] = set() if done is None else set(done.tagged)
    tagger = _tagger()
    known = _attributes()
    for start, end in _sentences(tokens):
        if start in tagged:
            continue
        span = tokens[start:end]
        if wanted is not None and not any(wanted[start:end]):
            continue
        tagged.add(start)
        if not any(t.capitalised for t in span):
            continue
        words = [(t.text, t.gap if k else "") for k, t in enumerate(span)]
        tagger.set(sentence_features(words, headline=span[0].title_case_line, known=known))
        labels[start:end] = tagger.tag()
        for k, token in enumerate(span):
            if token.capitalised:  # names are capitalised; other words keep 0
                person[start + k] = p = tagger.marginal("B-PER", k) + tagger.marginal("I-PER", k)
                other[start + k] = max(0.0, 1.0 - p - tagger.marginal("O", k))
    return Tagging(labels, person, frozenset(tagged), other)
