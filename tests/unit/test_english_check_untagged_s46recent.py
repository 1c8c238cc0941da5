"""An English body's person check reads word classes only: the tagger must not run over it (made-up text)."""

from __future__ import annotations

import pytest

from kutip.index.entities import check

BODY = "The harbour reopened on Monday. Harbour master Fulan Badu said the ships were safe again."


def test_an_english_check_never_tags_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_tagging(*_: object, **__: object) -> None:
        raise AssertionError("an English body was tagged")

    monkeypatch.setattr(check, "tag_tokens", no_tagging)
    start = BODY.index("Fulan")
    assert check.is_person_candidate(BODY, start, start + len("Fulan Badu"), "en")
    assert not check.is_person_candidate(BODY, 0, len("The"), "en")
