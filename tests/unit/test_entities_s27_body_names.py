"""A name run on after a body the article knows (issue 9, persons session 27; made-up sentences).

"Waketum Partai Gerindra Fulan" and "jurnalis Harian Kompas Budiman Hidayat" were read as one
organisation: the tagger reads the run as a body, and the name's words failed the test that
they are no ordinary word ("Budiman" is one). After an office's title a name is expected, so the
tagger needs less confidence there; a word the tagger is sure belongs to a name counts as a name
word when the article never writes it in lower case.
"""

from __future__ import annotations

import pytest

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _types(body: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, "id")}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Partai Gerindra membuka pendaftaran bakal calon kepala daerah pekan lalu.\n\n"
            "Sebelumnya, Waketum Partai Gerindra Sukardiman belum menerima surat itu.",
            "Sukardiman",
        ),
        (
            "Harian Kompas memuat laporan khusus tentang banjir.\n\n"
            "Pada acara itu, jurnalis senior Harian Kompas Budiman Hidayat memandu diskusi bersama Sari Dewi.",
            "Budiman Hidayat",
        ),
    ],
)
def test_a_name_after_a_known_body_is_a_person(body: str, name: str) -> None:
    types = _types(body)
    assert types.get(name) is EntityType.PERSON
    assert not any(n.endswith(name) and n != name for n in types)


def test_a_place_after_a_known_body_stays_the_body() -> None:
    types = _types("Ketua DPRD Kabupaten Bandung menyampaikan hal itu kepada wartawan di Soreang.")
    assert all(t is not EntityType.PERSON for t in types.values())
