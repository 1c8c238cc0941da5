"""Session 35, speakers (made-up names and text): a recognised person's whole name is never made
"fuller" by another person whose name ends with it (a wife who carries her husband's name)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.written import fronted_only


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_given_name_before_a_whole_name_is_another_person() -> None:
    # a listed figure and his wife, who carries his name: the recogniser keeps them apart
    body = (
        "Presiden Joko Widodo (Jokowi) dan Ibu Negara Iriana Joko Widodo meninjau pasar baru "
        "di Desa Sukamaju, Senin.\n\n"
        '"Pasar ini kami bangun untuk para pedagang kecil," kata Presiden Jokowi.\n\n'
        '"Kiosnya lebih luas dan bersih," katanya.\n'
    )
    assert _speakers(body) == ["Joko Widodo", "Joko Widodo"]


def test_only_words_in_front_make_another_name() -> None:
    assert fronted_only(("hendra", "wirawan"), ("Ratna", "Hendra", "Wirawan"))
    assert not fronted_only(("sri", "wahyuni"), ("Sri", "Wahyuni", "Lestari"))  # a surname after it
    assert not fronted_only(("hendra", "wirawan"), ("Hendra", "Wirawan"))
