"""A speaker written with an initial is shown by the form the same article writes out (session
28, made-up text): ``Kombes F Hidayat`` beside ``Fulan Hidayat`` is Fulan Hidayat; beside two
people the initial could stand for, it stays as written."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.written_out import written_out


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == "direct"
    ]


def test_an_initial_takes_the_name_the_article_writes_out() -> None:
    body = (
        "Kabid Humas Polda Sukamaju Kombes Pol Fulan Hidayat mengatakan kasus itu masih diselidiki. "
        "Hidayat juga memastikan penyidik bekerja profesional.\n\n"
        '"Nanti perkembangannya kami sampaikan kepada publik," kata Kabid Humas Polda Sukamaju '
        "Kombes F Hidayat kepada wartawan, Senin (4/3).\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_an_initial_two_written_out_names_could_stand_for_stays() -> None:
    forms = [(("fulan", "hidayat"), "Fulan Hidayat"), (("faisal", "hidayat"), "Faisal Hidayat")]
    assert written_out(("f", "hidayat"), forms) is None
    assert written_out(("f", "hidayat"), forms[:1]) == "Fulan Hidayat"
    assert written_out(("f.", "hidayat"), forms[:1]) == "Fulan Hidayat"


def test_a_name_without_an_initial_or_with_another_letter_is_not_written_out() -> None:
    forms = [(("fulan", "hidayat"), "Fulan Hidayat")]
    assert written_out(("fulan", "hidayat"), forms) is None
    assert written_out(("b", "hidayat"), forms) is None
    assert written_out(("f", "santoso"), forms) is None
