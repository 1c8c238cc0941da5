"""Session 46 (scale): a frequent word's postings added to a ranking's scores without a Python step per
document, and a phrase's candidates scored from the length column; the same sums, order and scores."""

from __future__ import annotations

import random

from kutip.index.search.whoosh_engine.flat import add_into
from kutip.index.search.whoosh_engine.lengths import DECODED_LENGTHS, ScoreTable


def _stepwise(into: dict[int, float], scores: dict[int, float]) -> None:
    for docnum, score in scores.items():
        into[docnum] = into.get(docnum, 0.0) + score


def test_adding_a_large_term_to_a_small_one_keeps_every_sum_and_the_order() -> None:
    rng = random.Random(46)
    for small_size, large_size in ((0, 50), (30, 3_000), (3_000, 30), (500, 500)):
        small = {rng.randrange(10_000): rng.random() * 7 for _ in range(small_size)}
        large = {rng.randrange(10_000): rng.random() * 3 for _ in range(large_size)}
        expected, got = dict(small), dict(small)
        _stepwise(expected, large)
        add_into(got, large)
        assert list(got.items()) == list(expected.items())  # same keys, same order, same floats


def test_three_terms_added_in_turn_sum_as_the_loop_sums() -> None:
    rng = random.Random(7)
    terms = [{rng.randrange(2_000): rng.random() for _ in range(n)} for n in (40, 1_500, 300)]
    expected: dict[int, float] = {}
    got: dict[int, float] = {}
    for term in terms:
        _stepwise(expected, term)
        add_into(got, term)
    assert list(got.items()) == list(expected.items())


def test_a_phrase_word_scored_from_the_table_is_whooshs_bm25() -> None:
    idf, avgfl, b, k1 = 2.31, 187.4, 0.75, 1.2
    table = ScoreTable(idf, avgfl, b, k1)
    for tf in (1.0, 2.0, 5.0):
        for byte in (1, 17, 90, 200, 255):  # 0: no length (a document without the field)
            fl = DECODED_LENGTHS[byte]
            # whoosh.scoring.bm25, operation for operation, as phrases._scores computes it per candidate
            k1_plus, one_minus_b = k1 + 1, 1 - b
            assert table[(tf, byte)] == idf * ((tf * k1_plus) / (tf + k1 * (one_minus_b + b * fl / avgfl)))


def test_only_documents_that_may_enter_the_top_list_are_compared_and_ties_stay() -> None:
    import heapq

    from kutip.index.search.whoosh_engine.flat import _may_enter

    rng = random.Random(3)
    segments = [
        ({d: float(rng.randint(1, 40)) for d in range(n)}, offset) for n, offset in ((900, 0), (300, 900))
    ]
    every = [(score, -(docnum + offset)) for scores, offset in segments for docnum, score in scores.items()]
    kept = [pair for pairs in _may_enter(segments, 50) for pair in pairs]
    assert len(kept) < len(every)  # the many low scores are never made tuples
    assert heapq.nlargest(50, kept) == heapq.nlargest(50, every)  # ties at the 50th score kept, same order
    few = [pair for pairs in _may_enter([({1: 2.0, 2: 1.0}, 0)], 50) for pair in pairs]
    assert sorted(few) == [(1.0, -2), (2.0, -1)]  # fewer documents than the list holds: all of them
