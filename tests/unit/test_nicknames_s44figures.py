"""Short forms news prints for figures whose encyclopedia title is longer (second pass, session 44).

A form maps to the title so the speaker and the person are shown under the one canonical name;
a row whose full name was itself a short form now carries the title (its old name a form). The
list's rules as data (one owner per form, no title or degree in a full name) are checked in
``test_people_data_s31_figures``; here, that this pass keeps to them for its own rows too.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.figures import full_name
from kutip.index.language import nickname_rows
from kutip.index.models import EntityType

ADDED = {
    "Saleh Daulay": "Saleh Partaonan Daulay",
    "Wempi Wetipo": "John Wempi Wetipo",
    "Johnny Plate": "Johnny Gerard Plate",
    "Edhie Baskoro": "Edhie Baskoro Yudhoyono",
    "Zahid Hamidi": "Ahmad Zahid Hamidi",
    "Purbaya": "Purbaya Yudhi Sadewa",
    "Bima Arya": "Bima Arya Sugiarto",
}


@pytest.mark.parametrize(("short", "full"), sorted(ADDED.items()))
def test_a_short_form_names_the_encyclopedia_title(short: str, full: str) -> None:
    assert full_name(short) == full


def test_a_former_full_name_is_now_a_form_of_the_title() -> None:
    fulls = {full for full, _ in nickname_rows()}
    assert "Bima Arya Sugiarto" in fulls
    assert "Bima Arya" not in fulls


def test_this_pass_adds_no_second_owner_and_no_title() -> None:
    owners: dict[str, set[str]] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            owners.setdefault(form.casefold(), set()).add(full)
    assert all(owners[form.casefold()] == {full} for form, full in ADDED.items())
    titles = ("Dr ", "Prof ", "Irjen ", "Jenderal ", "KH ", "H. ")
    assert not [full for full in ADDED.values() if full.startswith(titles)]


def test_a_speaker_printed_short_is_shown_under_the_title() -> None:
    body = (
        "Rapat komisi membahas rancangan aturan pemilu daerah. "
        '"Kami akan selesaikan pekan depan," kata Wakil Ketua Komisi IX Saleh Daulay di kompleks parlemen.'
    )
    persons = [e for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert [p.name for p in persons] == ["Saleh Partaonan Daulay"]
    assert "Saleh Daulay" in persons[0].aliases
