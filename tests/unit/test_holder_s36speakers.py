"""Session 36, speakers (made-up names and text): a role opens the cue's phrase, so the capitals
after it are its body even where the recogniser read a person there; the person named after the
comma holds the role."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_the_holder_after_the_comma_and_not_the_company_before_it() -> None:
    body = (
        "Operator seluler XL Kirana menyampaikan harapan kepada menteri baru.\n\n"
        '"Harapan kami yang paling dekat adalah regulasi yang menjadi katalis industri," kata '
        "Presiden Direktur dan CEO XL Kirana, Fulan Hidayat dalam acara XL Kirana Ngobrol Bareng "
        "di Sleman, Rabu.\n"
    )
    assert _speakers(body)[-1] == "Fulan Hidayat"


def test_a_date_after_the_comma_leaves_the_named_holder() -> None:
    body = (
        "Rapat kabinet digelar di Jakarta.\n\n"
        '"Kami akan mempercepat pembangunan jalan di daerah," kata Menteri Fulan Hidayat, Senin.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]
