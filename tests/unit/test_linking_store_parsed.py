"""Rows of ``link_docs`` are parsed once while in use; a row that changed is parsed again."""

from __future__ import annotations

import pytest

from kutip.index.linking import store
from kutip.index.linking.store import LinkDoc

ROW = (
    "a:0",
    "a",
    24293,
    738000,
    "id",
    "",
    0,
    "",
    738000,
    "fulan hidayat",
    "fulan",
    "harga beras | naik / pasar",
)


def test_a_row_read_again_is_the_same_parsed_statement() -> None:
    first = store._doc(ROW)
    assert isinstance(first, LinkDoc)
    assert first.terms == ("harga", "beras", "naik", "pasar")
    assert first.breaks == (2,) and first.clause_breaks == (3,)
    assert store._doc(tuple(ROW)) is first


def test_a_changed_row_is_parsed_afresh() -> None:
    before = store._doc(ROW)
    changed = store._doc((*ROW[:-1], "harga gula turun"))
    assert changed is not before
    assert changed.terms == ("harga", "gula", "turun") and changed.breaks == ()


def test_the_parsed_rows_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "PARSED_KEPT", 3)
    monkeypatch.setattr(store, "_parsed", {})
    for n in range(10):
        store._doc((f"a:{n}", *ROW[1:]))
    assert len(store._parsed) <= 3
    assert store._doc((f"a:{9}", *ROW[1:])).statement == "a:9"
