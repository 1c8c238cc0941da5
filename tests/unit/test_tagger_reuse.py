"""The speaker check reuses recognition's tokens and tagged sentences, and tags the others the same way."""

from __future__ import annotations

import pytest

from kutip.index.entities import check, is_person_candidate, person_confidence, recognise
from kutip.index.entities.tagger import tag_tokens
from kutip.index.language import tokenize

BODY = (
    "Kepala Dinas Fulan Hidayat mengatakan program itu berjalan. Menurut dia, Sari Wulandari ikut.\n"
    "Rapat digelar di Gedung Sate pada Selasa. Tim Redaksi mencatat hal itu.\n"
    "Warga Kampung Baru menyambut Badu Santoso yang datang bersama Rina."
)


def test_a_check_after_recognition_tags_like_a_fresh_full_tagging(monkeypatch: pytest.MonkeyPatch) -> None:
    body = BODY + " Ini tulisan kedua."  # a body no earlier test has checked
    recognise(body, "id")
    monkeypatch.setattr(check, "tokenize", lambda text: pytest.fail("tokenised twice"))
    start = body.index("Badu")
    assert is_person_candidate(body, start, start + len("Badu Santoso"))
    _, _, reused = check._tagged(body)
    fresh = tag_tokens(tokenize(body))
    assert reused.labels == fresh.labels and reused.person == fresh.person


def test_a_partial_tagging_lends_only_the_sentences_it_tagged() -> None:
    tokens = tokenize(BODY)
    wanted = [t.text == "Rina" for t in tokens]
    partial = tag_tokens(tokens, wanted)
    assert len(partial.tagged) == 1
    completed = tag_tokens(tokens, done=partial)
    fresh = tag_tokens(tokens)
    assert completed == fresh
    assert person_confidence(BODY, BODY.index("Rina"), BODY.index("Rina") + 4) == pytest.approx(
        fresh.person[[t.text for t in tokens].index("Rina")]
    )
