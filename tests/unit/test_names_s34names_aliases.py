"""Nicknames an article defines without naming the person right before them: a word of address and a name
("Gus Badu, panggilan akrabnya ...") point back to the person spoken of, and so does an alias after a
description ("perempuan yang karib disapa Ani"); a photo credit's dash form needs a name, not a label
(issue 9, names session 34). Made-up text."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import EntityType

ADDRESSED = (
    "Menteri Sosial Fulanto Badu Hidayat meninjau dapur umum di Sukamaju pada Senin.\n"
    "Menteri berharap bantuan tiba tepat waktu. Gus Badu, panggilan akrabnya, meminta warga bersabar.\n"
)

DESCRIBED = (
    "Bupati Bogor Sari Wulandari meresmikan pasar baru pada Senin.\n"
    "Ditanya soal anggaran, perempuan yang karib disapa Wulan ini hanya tersenyum.\n"
)


def _people(body: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in recognise(body, "id") if e.type is EntityType.PERSON}


def test_an_addressed_nickname_names_the_person_spoken_of() -> None:
    people = _people(ADDRESSED)
    assert "Gus Badu" not in people
    assert "Gus Badu" in people["Fulanto Badu Hidayat"]


def test_an_alias_after_a_description_names_the_person_spoken_of() -> None:
    people = _people(DESCRIBED)
    assert "Wulan" not in people
    assert "Wulan" in people["Sari Wulandari"]


def test_a_dashed_credit_needs_a_name() -> None:
    assert credits_from_lines(["- Foto Istimewa/contohnews.com"]) == []
    assert [c.name for c in credits_from_lines(["- Fulan Badu/contohnews.com"])] == ["Fulan Badu"]
