"""Session 29, a word opening one person's name and closing another's (made-up text): the bare
word goes to the person the article is about, not to one named in passing in a list of guests
(statements/namesakes.Namesakes._outside_lists)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_guest_in_a_list_does_not_take_the_short_name() -> None:
    body = (
        "Presiden Wiranto Hidayat menyindir banyaknya penyelewengan di lingkup pemerintahan.\n\n"
        "Hal itu disampaikan Wiranto Hidayat saat memimpin upacara di Gedung Sukamaju, Senin.\n\n"
        "Hadir pula mantan Wakil Presiden Yudi Wahyudi, Panglima Badu Rahmat, Kapolri Jenderal Rudi Sigit "
        "Wiranto, hingga para menteri kabinet.\n\n"
        '"Saya melihat masih terlalu banyak penyelewengan di tubuh pemerintahan," kata Wiranto, Senin.\n'
    )
    assert _speakers(body) == ["Wiranto Hidayat"]


def test_the_other_holder_named_outside_a_list_keeps_it() -> None:
    body = (
        "Presiden Wiranto Hidayat menyindir banyaknya penyelewengan di lingkup pemerintahan.\n\n"
        "Kapolri Jenderal Rudi Sigit Wiranto kemudian memberikan keterangan kepada wartawan.\n\n"
        '"Kami akan menindak tegas setiap pelanggaran di lapangan," kata Rudi Sigit Wiranto.\n'
    )
    assert _speakers(body) == ["Rudi Sigit Wiranto"]


def test_a_sentence_naming_three_people_is_no_list() -> None:
    from kutip.index.statements.namesakes import Namesakes

    narrative = (
        "Presiden Fulan Hidayat meminta kepada Presiden Badu Wiranto untuk bertemu dengan putranya, "
        "Rudi Wiranto."
    )
    listing = (
        "Hadir pula Ketua Fulan Hidayat, Panglima Badu Rahmat, Kapolri Jenderal Rudi Wiranto, hingga menteri."
    )
    for body, listed in ((narrative, False), (listing, True)):
        fulls = {"Fulan Hidayat", "Badu Wiranto", "Badu Rahmat", "Rudi Wiranto"}
        names = Namesakes(body, {f for f in fulls if f in body})
        assert names._listed(body.index("Rudi Wiranto")) is listed
