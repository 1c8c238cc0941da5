"""Session 48, speakers (made-up text and names), from a miss of the read set k1:

- ``kata orang tua dari Fulan itu``: a kin noun of two words before a name is a relative of that
  person speaking, so the description points back to whom the passage is about, not to Fulan.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_two_word_kin_noun_before_a_name_is_a_relative() -> None:
    body = (
        "Sukamaju - Bupati Sukamaju Haryo Wicaksono menjelaskan aturan cuti pejabat.\n"
        '"Ketentuannya sudah jelas dalam undang-undang," kata Haryo.\n'
        "Haryo juga menjelaskan pasal yang mengatur kampanye kepala daerah.\n"
        '"Aturan itu berlaku untuk semua pejabat daerah," ujar orang tua dari Dimas Wicaksono itu.\n'
    )
    assert _direct(body) == ["Haryo Wicaksono", "Haryo Wicaksono"]
