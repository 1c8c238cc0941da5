"""Session 39, speakers (made-up names and text): a short name defined after a first name alone
(``Fulan atau akrab disapa Ulan``) is the person the body names in full with that first name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str) -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


# a short name defined after a first name alone: the person named in full with that first name


def test_a_nickname_after_a_first_name_is_the_full_names() -> None:
    body = (
        "Dalam kesempatan itu hadir seorang pedagang, Sutrisno Hadiwijoyo, dari Bekasi.\n\n"
        "Sutrisno atau akrab disapa Ableh, mengaku kehilangan tabungan keluarganya.\n\n"
        "\u201cSemua uang kami habis dalam sebulan,\u201d ujar Ableh.\n"
    )
    assert _speakers(body, "id") == ["Sutrisno Hadiwijoyo"]
