"""A preposition that opens a sentence before a name ("Kepada Fulan, Bupati melaporkan ...") is no part
of the speaker's name; a listed figure the list writes with a title ("Paus ...") is named by the list
when the recogniser keeps the title out of the name (issue 9, names session 34). Made-up text."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import name_after_unused_front

REPORTED_TO = """Kepala BPBD Fulanto meninjau lokasi banjir di Sukamaju pada Senin.
"Data korban segera kami verifikasi," kata Fulanto.
Kepada Fulanto, Bupati Sukamaju Sari Dewi melaporkan 300 rumah terendam.
"""


def test_a_preposition_opens_no_name() -> None:
    assert name_after_unused_front(REPORTED_TO, ["Kepada", "Fulanto"]) == ["Fulanto"]


def test_the_speaker_is_not_named_with_the_preposition() -> None:
    found = extract_statements("a", REPORTED_TO, "id", recognise(REPORTED_TO, "id"))
    speakers = {s.speaker for s in found if s.kind == "direct"}
    assert speakers == {"Fulanto"}


def test_a_title_the_nickname_list_writes_names_the_figure() -> None:
    body = "Paus Fransiskus menyapa umat di Sukamaju. Paus Fransiskus juga bertemu Sari Dewi."
    people = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert "Pope Francis" in people
    assert "Fransiskus" not in people
