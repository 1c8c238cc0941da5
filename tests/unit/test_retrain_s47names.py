"""Two rows that waited for a retrain (session 47, names; made-up sentences).

"dirjenpas" (the corrections directorate's head, glued) is a title before a name, and "reassured" a
speech verb after the quote as "assured" is. Both are tagger inputs (titles.txt, speech_verbs.tsv):
`make model` was run with them and wrote byte-identical model files (no training sentence holds
either word), and `recognise()` PER on the NER test splits did not move.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements


def _persons(body: str) -> list[str]:
    return [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]


def test_the_glued_corrections_head_is_no_word_of_the_name() -> None:
    assert _persons("Menurut Dirjenpas Wiranto, lapas itu sudah penuh sejak tahun lalu.\n") == ["Wiranto"]


def test_reassured_after_a_quote_gives_its_speaker() -> None:
    body = (
        "Traders met the minister on Monday.\n\n"
        '"Nothing will change for small firms this year," Fulan Hidayat reassured the traders.\n'
    )
    statements = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in statements if s.kind == "direct"] == ["Fulan Hidayat"]
