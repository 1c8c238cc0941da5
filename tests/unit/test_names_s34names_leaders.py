"""Leaders abroad whom Indonesian news calls by the surname alone ("Tarif Trump", "Putin-Kim Jong Un") are
in the nickname list, as Erdogan and Zelensky were (issue 9, names session 34). Made-up sentences."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.figures import full_name
from kutip.index.entities.related import title_persons
from kutip.index.models import EntityType


def test_the_surname_names_the_leader() -> None:
    assert full_name("Trump") == "Donald Trump"
    assert full_name("Putin") == "Vladimir Putin"
    assert full_name("Kim Jong-un") == "Kim Jong Un"


def test_a_surname_alone_in_the_body_is_the_leader() -> None:
    body = "Ekonom Sukamaju menilai kebijakan itu keliru. Menurutnya Trump tidak memakai hitungan ekonomi."
    people = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert "Donald Trump" in people


def test_a_pair_of_leaders_in_a_title() -> None:
    assert set(title_persons("Sukamaju Minta China Bujuk Putin-Kim Jong Un", "id")) == {
        "Vladimir Putin",
        "Kim Jong Un",
    }
