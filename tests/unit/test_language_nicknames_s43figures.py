"""Short forms the press prints for figures whose encyclopedia title is longer (session 43).

News writes a deputy minister or a House member by two of the title's three words, or by a
nickname; the list maps each such form to the title, so the speaker and the person are shown
under the one canonical name. (The list's rules as data, one owner per form and no title or
degree in a full name, are checked in ``test_people_data_s31_figures``.)
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.figures import full_name
from kutip.index.models import EntityType


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Donny Ermawan", "Donny Ermawan Taufanto"),
        ("Budi Gunadi", "Budi Gunadi Sadikin"),
        ("Sufmi Dasco", "Sufmi Dasco Ahmad"),
        ("Heru Budi", "Heru Budi Hartono"),
        ("Gus Irfan", "Mochamad Irfan Yusuf"),
        ("M Misbakhun", "Mukhamad Misbakhun"),
        ("Connie Bakrie", "Connie Rahakundini Bakrie"),
    ],
)
def test_a_short_form_the_press_prints_names_the_full_title(short: str, full: str) -> None:
    assert full_name(short) == full


def test_a_speaker_written_short_is_shown_under_the_full_title() -> None:
    body = (
        "Rapat kerja itu membahas anggaran alat kesehatan daerah. "
        '"Kami menambah dua ratus unit tahun ini," kata Menteri Kesehatan Budi Gunadi di gedung parlemen.'
    )
    persons = [e for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert [p.name for p in persons] == ["Budi Gunadi Sadikin"]
    assert "Budi Gunadi" in persons[0].aliases
