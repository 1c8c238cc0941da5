"""A ministry's portfolio written out in words before its minister (session 47, names; made-up text).

"Menteri Usaha Mikro, Kecil, dan Menengah (UMKM), Fulan" named a person "Mikro": the office ran
"Menteri Usaha" and the next capitalised word was read as the name. "mikro" is a rule portfolio word
(``language/rule_heads.txt``), so the title runs on and the minister is the one person.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _persons(body: str) -> list[str]:
    return [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]


def test_the_small_business_portfolio_is_no_person() -> None:
    body = "BANDUNG - Menteri Usaha Mikro, Kecil, dan Menengah (UMKM), Badu Wirawan, mengumumkan program baru.\n"
    assert _persons(body) == ["Badu Wirawan"]


def test_the_portfolio_without_commas_keeps_its_minister() -> None:
    body = "Kata Menteri Usaha Mikro Kecil dan Menengah Badu Wirawan, program itu dimulai besok.\n"
    assert _persons(body) == ["Badu Wirawan"]
