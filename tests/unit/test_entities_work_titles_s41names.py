"""A run inside a work's title that lists its parts is the work's (issue 9, names session 41):
"bertajuk Strategi, Regulasi, dan Tata Niaga X". The sentences are written for the tests."""

from __future__ import annotations

from kutip.index.entities.classes import _work_title
from kutip.index.entities.cues import Candidate
from kutip.index.language import Token, tokenize
from kutip.index.models import EntityType


def _run(body: str, name: str) -> tuple[list[Token], Candidate]:
    tokens = tokenize(body)
    texts = [t.text for t in tokens]
    parts = name.split()
    first = next(k for k in range(len(texts)) if texts[k : k + len(parts)] == parts)
    return tokens, Candidate(first, first + len(parts) - 1, EntityType.PERSON, "tagger")


def test_a_run_inside_a_listed_title_after_bertajuk_is_the_works() -> None:
    body = "Disertasi itu bertajuk Strategi, Regulasi, dan Tata Niaga Garam Rakyat yang Adil."
    assert _work_title(*_run(body, "Niaga Garam Rakyat"))


def test_a_lower_case_word_or_a_sentence_end_closes_the_title() -> None:
    body = "Buku bertajuk Senja Merah laris. Niaga Garam Rakyat lalu bicara."
    assert not _work_title(*_run(body, "Niaga Garam Rakyat"))
    body = "Buku bertajuk Senja Merah kata Fulan Hidayat laris."
    assert not _work_title(*_run(body, "Fulan Hidayat"))
