"""An AND's parts kept per generation (``whoosh_engine.flat``): the same hits and scores, and the
first word's part not added up again while the second word is typed.

Typing ``kata pem`` searches ``kata`` AND ``pem*`` after ``kata`` AND ``pe``: the first word's part
(its four fields' terms) is the same query at every key, and at 100,000 articles adding up its
postings was most of a key once the second word's terms were read. Made-up words from a seed.
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

from kutip.index.search.whoosh_engine import flat
from kutip.index.search.whoosh_engine.flat import LIVE, flat_ranked
from kutip.index.search.whoosh_engine.store import WhooshStore
from kutip.index.search.whoosh_engine.unions import FrequentPrefix, array_unions

SYLLABLES = ["ka", "ta", "pe", "me", "ru", "sa", "lo", "ni"]
FIELDS = ("title", "body")


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder: Path = tmp_path_factory.mktemp("parts")
    schema = fields.Schema(id=fields.ID(stored=True, unique=True), title=fields.TEXT, body=fields.TEXT)
    index = FileStorage(str(folder)).create_index(schema)
    rng = random.Random(11)
    vocabulary = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(200)]
    number = 0
    for size in (700, 300):
        writer = index.writer()
        for _ in range(size):
            words = [rng.choice(vocabulary[: rng.choice((20, 200))]) for _ in range(rng.randint(3, 12))]
            writer.add_document(id=f"d{number}", title=" ".join(words[:3]), body=" ".join(words[3:]))
            number += 1
        writer.commit(merge=False)
    found = index.searcher()
    yield found
    found.close()


def _each(make: Any) -> wq.Or:
    return wq.Or([make(field) for field in FIELDS])


def _typed(searcher: Any) -> list[wq.Query]:
    """``first``, then ``first`` AND each longer prefix of ``second``, as the search bar asks."""
    terms = sorted({text.decode() for text in searcher.reader().lexicon("body")})
    first, second = terms[0], terms[len(terms) // 2]
    word = _each(lambda f: wq.Term(f, first))
    typed: list[wq.Query] = [word]
    for end in range(1, len(second) + 1):
        if end < 3:
            last = _each(lambda f, t=second[:end]: wq.Term(f, t))
        else:
            last = _each(lambda f, t=second[:end]: FrequentPrefix(f, t, most=64))
        typed.append(wq.And([word, last]).normalize())
    typed.append(wq.And([word, _each(lambda f: wq.Term(f, second))]).normalize())
    return typed


def _whoosh(searcher: Any, query: wq.Query, limit: int) -> list[tuple[int, float]]:
    allowed = set(searcher.docs_for_query(wq.Every()))
    return [(hit.docnum, hit.score) for hit in WhooshStore._collected(searcher, array_unions(query), limit, allowed, None)]


def test_typing_a_second_word_ranks_as_whoosh_and_as_a_fresh_search(searcher: Any) -> None:
    flat._KEPT.pop(searcher, None)
    for query in _typed(searcher):
        for limit in (10, 1000):
            kept = flat_ranked(searcher, query, limit, LIVE)
            flat._KEPT.pop(searcher, None)
            fresh = flat_ranked(searcher, query, limit, LIVE)
            assert kept == fresh, query
            expected = _whoosh(searcher, query, limit)
            assert [d for _, d in kept] == [d for d, _ in expected], query
            assert all(math.isclose(a, b, rel_tol=1e-9) for (a, _), (_, b) in zip(kept, expected, strict=True))


def test_the_first_words_part_is_added_up_once(searcher: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    flat._KEPT.pop(searcher, None)
    typed = _typed(searcher)[3:6]  # three keys into the second word
    added: list[bytes] = []
    term_into = flat._term_into

    def counted(segment: Any, fieldname: str, text: bytes, into: flat.Scores) -> flat.Scores:
        added.append(text)
        return term_into(segment, fieldname, text, into)

    monkeypatch.setattr(flat, "_term_into", counted)
    first = typed[0].subqueries[0]
    assert all(query.subqueries[0] == first for query in typed)
    word = first.subqueries[0].text.encode()
    for query in typed:
        flat_ranked(searcher, query, 50, LIVE)
    segments = len(searcher.subsearchers)
    assert added.count(word) == len(FIELDS) * segments  # the first search only, in each segment


def test_an_and_holding_a_phrase_keeps_no_part(searcher: Any) -> None:
    flat._KEPT.pop(searcher, None)
    terms = sorted({text.decode() for text in searcher.reader().lexicon("body")})
    query = wq.And([_each(lambda f: wq.Term(f, terms[0])), wq.Phrase("body", [terms[0], terms[1]])])
    flat_ranked(searcher, query, 50, LIVE)
    assert not flat._KEPT[searcher].parts


def test_kept_parts_stay_within_their_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flat, "KEPT_PART_SCORES", 5)
    kept = flat._Kept()
    kept.keep_part((0, wq.Term("body", "ka")), {1: 1.0, 2: 1.0, 3: 1.0})
    kept.keep_part((0, wq.Term("body", "ta")), {1: 1.0, 2: 1.0, 3: 1.0})
    assert list(kept.parts) == [(0, wq.Term("body", "ta"))] and kept.part_postings == 3
