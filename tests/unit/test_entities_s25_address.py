"""A person called by a word of address and a given name (issue 9, persons session 25; made-up
sentences): "Cak Fulan", "Papi Badu" is the article's one person of that given name, and a pair the
article defines by another name is named by it."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _persons(body: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions] for e in recognise(body, "id") if e.type is EntityType.PERSON
    }


def test_a_word_of_address_before_the_given_name_joins_the_full_name() -> None:
    body = "Bupati Fulan Cahyono meresmikan taman kota. Warga menyambut Cak Fulan dengan meriah."
    persons = _persons(body)
    assert list(persons) == ["Fulan Cahyono"]
    assert "Cak Fulan" in persons["Fulan Cahyono"]


def test_a_fans_word_of_address_joins_the_full_name() -> None:
    body = "Artis Rina Kuyawati hadir di studio. Menurut dia, Mami Rina selalu sabar menghadapi kritik."
    assert list(_persons(body)) == ["Rina Kuyawati"]


def test_a_pair_defined_by_another_name_is_named_by_it() -> None:
    body = '"Nanti Cak Ji (Marjuki) meneruskan," kata Fulan Cahyono. Marjuki hadir di balai kota.'
    persons = _persons(body)
    assert "Marjuki" in persons
    assert "Cak Ji" not in persons


def test_two_people_of_that_given_name_keep_the_address_form_apart() -> None:
    body = "Warga menyambut Cak Eri dengan meriah, juga Eri Hidayat dan Eri Cahyono dari kecamatan."
    assert "Cak Eri" in _persons(body)


def test_a_listed_nickname_with_a_word_of_address_stays_the_figure() -> None:
    body = "Ketua umum partai, Cak Imin, hadir bersama Fulan Imin di kantor partai."
    assert "Muhaimin Iskandar" in _persons(body)
