"""A ter- word opening a sentence before a name ('Terpisah Fulan, ...': 'separately, Fulan') is no
given name when the training news writes its root with other affixes; a name that only parses as
ter- and a root ('Terawan') stays. Made-up passages and names."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.people import verb_form

SEPARATELY = """Harga bawang di Pasar Sukamaju naik sejak awal pekan.

"Pasokan dari petani berkurang," kata Wagiyati, pedagang sayur di pasar itu.

Terpisah Wagiyati menambahkan, pembeli kini mengurangi belanja mereka.

"Pembeli sekarang hanya beli setengah kilo," ujarnya.
"""

NAMED = """Menteri Terawan Hidayat meninjau rumah sakit di Sukamaju, Senin.
"Kami akan menambah tempat tidur pasien," kata Terawan kepada wartawan.
"""


def _speakers(body: str) -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"
    ]


def test_a_ter_adverb_is_a_verb_form() -> None:
    assert verb_form("Terpisah")


def test_a_name_that_parses_as_ter_and_a_root_is_no_verb_form() -> None:
    assert not verb_form("Terawan")


def test_the_speaker_after_a_ter_adverb_is_the_name_alone() -> None:
    assert _speakers(SEPARATELY) == ["Wagiyati", "Wagiyati"]


def test_a_ter_name_keeps_its_first_word() -> None:
    assert _speakers(NAMED) == ["Terawan Hidayat"]
