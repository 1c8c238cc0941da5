"""Terms and prefixes ranked by adding up postings (``whoosh_engine.flat``) give Whoosh's hits and scores.

Made-up words from a fixed seed, in several segments, one with deleted documents; the queries
are the shapes the reader's search bar makes (a word or a typed prefix in every text field, OR'ed
with stems, AND'ed with other words, a wildcard) and each is ranked both ways.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import pytest
from whoosh import fields
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from kutip.index.search.whoosh_engine.flat import LIVE, flat_ranked, is_flat
from kutip.index.search.whoosh_engine.store import WhooshStore
from kutip.index.search.whoosh_engine.unions import FrequentPrefix, array_unions

SYLLABLES = ["ka", "ta", "ba", "ru", "me", "di", "sa", "lo", "pe", "ni", "ju", "ra"]
FIELDS = ("title", "body")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


@pytest.fixture(scope="module", params=[(900, 300, 40), (5_100, 40)], ids=["small", "large"])
def searcher(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Any:
    """Segments of these sizes; Whoosh scores a prefix as a constant in one of at most 5,000
    documents and as the sum of its terms' scores in a larger one."""
    folder: Path = tmp_path_factory.mktemp("flat")
    schema = fields.Schema(id=fields.ID(stored=True, unique=True), title=fields.TEXT, body=fields.TEXT)
    index = FileStorage(str(folder)).create_index(schema)
    rng = random.Random(7)
    vocabulary = [_word(rng) for _ in range(300)]
    number = 0
    for size in request.param:
        writer = index.writer()
        for _ in range(size):
            words = [rng.choice(vocabulary[: rng.choice((30, 300))]) for _ in range(rng.randint(3, 12))]
            writer.add_document(id=f"d{number}", title=" ".join(words[:4]), body=" ".join(words[4:]))
            number += 1
        writer.commit(merge=False)
    writer = index.writer()
    for gone in range(0, 900, 7):  # deleted documents still hold postings
        writer.delete_by_term("id", f"d{gone}")
    writer.commit(merge=False)
    found = index.searcher()
    assert len(found.subsearchers) == len(request.param)
    yield found
    found.close()


def _queries(searcher: Any) -> list[wq.Query]:
    terms = sorted({text.decode() for text in searcher.reader().lexicon("body")})
    common, rare = terms[0], terms[-1]
    prefix = common[:3]

    def each(make: Any) -> wq.Or:
        return wq.Or([make(field) for field in FIELDS])

    return [
        each(lambda f: wq.Term(f, common)),
        each(lambda f: wq.Term(f, rare)),
        each(lambda f: FrequentPrefix(f, prefix, most=64)),
        each(lambda f: FrequentPrefix(f, prefix[:2], most=5)),
        wq.Or(
            [
                each(lambda f: FrequentPrefix(f, prefix, most=64)),
                *(each(lambda f, t=t: wq.Term(f, t)) for t in terms[:9]),
            ]
        ),
        wq.And([each(lambda f: wq.Term(f, common)), each(lambda f: FrequentPrefix(f, "ka", most=64))]),
        each(lambda f: wq.Prefix(f, "ba")),
        each(lambda f: wq.Wildcard(f, "*ru*")),
    ]


def test_the_same_hits_and_scores_as_whoosh(searcher: Any) -> None:
    allowed = set(searcher.docs_for_query(wq.Every()))  # deleted documents are not allowed
    for made in _queries(searcher):
        query = made.normalize()
        assert is_flat(query)
        for limit in (10, 1000):
            whoosh = WhooshStore._collected(searcher, array_unions(query), limit, allowed, None)
            expected = [(hit.docnum, hit.score) for hit in whoosh]
            got = [(docnum, score) for score, docnum in flat_ranked(searcher, query, limit, allowed)]
            assert [d for d, _ in got] == [d for d, _ in expected], query
            assert all(math.isclose(a, b, rel_tol=1e-9) for (_, a), (_, b) in zip(got, expected, strict=True))
            # every live document, without a set of them: the same list
            assert flat_ranked(searcher, query, limit, LIVE) == flat_ranked(searcher, query, limit, allowed)


def test_a_subset_allowed_is_all_that_is_ranked(searcher: Any) -> None:
    allowed = {docnum for docnum in searcher.docs_for_query(wq.Every()) if docnum % 3}
    query = wq.Or([FrequentPrefix(field, "ka", most=64) for field in FIELDS])
    got = flat_ranked(searcher, query, 50, allowed)
    assert got and all(docnum in allowed for _, docnum in got)


def test_negations_and_boosts_are_left_to_whoosh() -> None:
    assert is_flat(wq.Phrase("body", ["ka", "ta"]))  # test_search_phrases_flat.py
    assert not is_flat(wq.Phrase("body", ["ka", "ta"], boost=2.0))
    assert not is_flat(wq.Or([wq.Term("body", "ka"), wq.Not(wq.Term("body", "ta"))]))
    assert not is_flat(wq.Term("body", "ka", boost=2.0))
    assert not is_flat(wq.AndNot(wq.Term("body", "ka"), wq.Term("body", "ta")))
    assert not is_flat(wq.Or([wq.Term("body", "ka"), wq.Term("body", "ta")], minmatch=2))
    assert is_flat(wq.And([wq.Term("body", "ka"), wq.Or([wq.Prefix("title", "ta"), wq.Term("body", "ta")])]))
