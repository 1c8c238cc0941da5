"""A snippet's densest run of matches is found without a scan per match, with the same answer."""

from __future__ import annotations

import random
import re

import pytest

from kutip.index.models import Span
from kutip.index.search import snippets
from kutip.index.search.snippets import SNIPPET_CHARS, snippet
from kutip.index.search.whoosh_engine import highlight


def _old_densest_start(matches: list[Span], width: int) -> int:
    """The window the snippet took before: every match counts all that follow it."""
    best_start, best_count = matches[0].start, 0
    for i, first in enumerate(matches):
        count = sum(1 for m in matches[i:] if m.end <= first.start + width)
        if count > best_count:
            best_start, best_count = first.start, count
    return best_start


def _spans(rng: random.Random, count: int, overlapping: bool) -> list[Span]:
    found = set()
    at = 0
    for _ in range(count):
        at += rng.randint(1, 60)
        length = rng.randint(2, 12)
        found.add(Span(at, at + length))
        if overlapping and rng.random() < 0.3:
            found.add(Span(at, at + length + rng.randint(1, 30)))  # a longer match from the same place
    return sorted(found, key=lambda span: span.start)


@pytest.mark.parametrize("overlapping", [False, True])
def test_the_window_is_the_one_the_scan_of_every_match_chose(overlapping: bool) -> None:
    rng = random.Random(7)
    for _ in range(300):
        matches = _spans(rng, rng.randint(1, 40), overlapping)
        assert snippets._densest_start(matches, SNIPPET_CHARS) == _old_densest_start(matches, SNIPPET_CHARS)


class _CountedSpan:
    """A span whose end is counted each time it is read."""

    reads = 0

    def __init__(self, start: int, end: int) -> None:
        self.start, self._end = start, end

    @property
    def end(self) -> int:
        _CountedSpan.reads += 1
        return self._end


def test_a_common_word_costs_reads_in_proportion_to_its_matches() -> None:
    text = "kata " * 4000  # a word on every line of a long text
    matches = [_CountedSpan(at, at + 4) for at in range(0, len(text), 5)]
    _CountedSpan.reads = 0
    excerpt, spans = snippet(text, matches)  # type: ignore[arg-type]
    assert excerpt.startswith("kata kata") and spans[0] == Span(0, 4)
    assert _CountedSpan.reads < 10 * len(matches)  # before: ~n²/2 (8 million for 4,000 matches)


def test_a_query_s_cores_are_compiled_once_for_all_its_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    compile_ = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return compile_(pattern, flags)

    highlight._cores.cache_clear()
    monkeypatch.setattr(highlight.re, "compile", counted)
    terms = {"pasar", "buka"}
    texts = [f"Fulan Hidayat membuka pasar nomor {n} besok pagi." for n in range(50)]
    found = [highlight.find_matches(text, set(terms), "id") for text in texts]
    assert all(len(spans) == 2 for spans in found)
    assert compiled.count("asa|uk") == 1  # the cores of 'pasar' and 'buka'; before: once per text
