"""One nickname list, read through one loader by entities (and the people layer).

The recogniser's own list (``data/gazetteer/persons.tsv``) was merged into
``data/people/nicknames.tsv`` and deleted; every entry it had is kept below, so the merge
can be checked for losses whenever the one list is edited.
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.figures import full_name
from kutip.index.language import fold, nickname_rows, words
from kutip.index.models import EntityType

# The deleted gazetteer/persons.tsv, entry for entry: full name -> the nicknames it listed.
FORMER_LIST = {
    "Joko Widodo": ["Jokowi", "Pak Jokowi"],
    "Susilo Bambang Yudhoyono": ["SBY"],
    "Basuki Tjahaja Purnama": ["Ahok", "BTP"],
    "Abdurrahman Wahid": ["Gus Dur"],
    "Muhaimin Iskandar": ["Cak Imin"],
    "Zulkifli Hasan": ["Zulhas"],
    "Bacharuddin Jusuf Habibie": ["Habibie", "BJ Habibie"],
    "Ridwan Kamil": ["Kang Emil", "RK"],
    "Tri Rismaharini": ["Risma", "Bu Risma"],
    "Ganjar Pranowo": ["Mas Ganjar"],
    "Agus Harimurti Yudhoyono": ["AHY"],
    "Mustofa Bisri": ["Gus Mus"],
    "Yahya Cholil Staquf": ["Gus Yahya"],
}


def _key(form: str) -> str:
    return " ".join(fold(w) for w in words(form))


def test_the_one_list_loses_nothing_of_the_former_entity_list() -> None:
    owners = {_key(form): full for full, forms in nickname_rows() for form in (full, *forms)}
    lost = [
        f"{full}: {form}"
        for full, forms in FORMER_LIST.items()
        for form in (full, *forms)
        if owners.get(_key(form)) != full
    ]
    assert lost == []


def test_every_row_has_a_full_name_and_no_empty_form() -> None:
    rows = nickname_rows()
    assert rows
    assert all(full and all(forms) for full, forms in rows)


@pytest.mark.parametrize(("nickname", "full"), [("Jokowi", "Joko Widodo"), ("Gus Dur", "Abdurrahman Wahid")])
def test_a_listed_nickname_names_the_figure(nickname: str, full: str) -> None:
    assert full_name(nickname) == full
    body = f'Warga menyambut {nickname} di pasar itu pada Sabtu. "Harga cabai turun," kata {nickname}.'
    persons = [e for e in recognise(body, "id") if e.type is EntityType.PERSON]
    assert [p.name for p in persons] == [full]
    assert nickname in persons[0].aliases
