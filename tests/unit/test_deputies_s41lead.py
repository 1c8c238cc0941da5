"""Session 41, lead (made-up names and text): a deputy minister's short form ("Wamen" + the
ministry's) before a one-word name is an office, not the name's first word, in statements as in
entities; both read the deputies from one derivation."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.lexicon import lexicon as entity_lexicon
from kutip.index.language.deputies import deputy_forms
from kutip.index.statements import extract_statements
from kutip.index.statements.lexicon import lexicon as statement_lexicon


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_deputies_follow_one_word_ministers_only() -> None:
    assert deputy_forms(["mentan", "menaker", "menteri bumn", "mena", "kapolri"]) == {"wamentan", "wamenaker"}


@pytest.mark.parametrize("office", ["Wamentan", "Wamenaker", "Wamensos"])
def test_a_deputy_before_a_one_word_name_is_not_the_name(office: str) -> None:
    body = (
        "Pemerintah meninjau gudang gabah di Karawang, Selasa (4/3/2025).\n\n"
        f"\u201cStok kami cukup sampai akhir tahun,\u201d kata {office} Hartowiyono kepada wartawan.\n"
    )
    assert _speakers(body) == ["Hartowiyono"]


def test_statements_and_entities_know_the_same_deputies() -> None:
    roles = statement_lexicon().classes["role"]
    titles = {key[0] for key in entity_lexicon().titles if len(key) == 1}
    assert {"wamentan", "wamenaker"} <= roles & titles
