"""A one-word place name that is also the surname the article writes for a person (``Marcus
Washington`` ... ``Washington said``) is that person; the place alone stays no speaker."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_surname_that_is_a_place_is_the_person_the_body_names() -> None:
    body = (
        "Council Approves New Budget\n\n"
        "SPRINGFIELD (Daily) - The city council on Tuesday approved a new budget after a long debate.\n\n"
        '"We have waited too long for a budget that funds the schools," said council member Marcus Washington.\n\n'
        '"This is a good day for the children of this city," Washington said after the vote.\n\n'
        'Another member, Linda Jordan, opposed the plan. "The numbers simply do not add up," Jordan said.\n'
    )
    assert _speakers(body, "en") == ["Marcus Washington", "Marcus Washington", "Linda Jordan"]


def test_an_indonesian_surname_that_is_a_country() -> None:
    body = (
        "Warga Tolak Relokasi\n\n"
        "SUKAMAJU, contoh.com - Ketua RT setempat, Budi Jordan, menolak rencana relokasi warga.\n\n"
        '"Kami tidak pernah diajak bicara soal rencana ini sejak awal," kata Jordan, Kamis (6/4/2023).\n'
    )
    assert _speakers(body) == ["Budi Jordan"]


def test_the_place_alone_or_inside_a_body_name_is_no_one() -> None:
    body = (
        "Talks Stall Over Tariffs\n\n"
        "GENEVA (Daily) - Trade talks stalled on Wednesday as both sides traded accusations.\n\n"
        '"We will not accept terms that hurt our farmers," Washington said in a statement.\n\n'
        "A professor at George Washington University, Fulan Hidayat, said the dispute could last months.\n"
    )
    assert _speakers(body, "en") == [None]
