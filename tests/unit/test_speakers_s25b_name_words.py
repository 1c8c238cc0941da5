"""Speaker strings holding words that are not the person's name (issue 9, "a speaker is always a
person"): an occupation glued before a one-word name, a unit word of an office read as a name,
labels and headline verbs run on after a name. Made-up text and names."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements import extract_statements
from kutip.index.statements.name_words import name_words_only
from kutip.index.statements.names import NameBook


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def _book(body: str, *names: str) -> NameBook:
    entities = []
    for name in names:
        at = body.index(name)
        entities.append(Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)], []))
    return NameBook(body, entities, "id")


def test_an_occupation_glued_before_a_one_word_name_is_cut() -> None:
    body = (
        "Fulani: Ingin Berlibur Lagi\n\n"
        "JAKARTA, contoh.com - Penyanyi Fulani dan pedangdut Badu Santoso baru saja berlibur ke Sukamaju.\n\n"
        "\u201cIya, ingin berlibur lagi. Ini mau janjian lagi, tapi belum dapat waktunya,\u201d kata Fulani, Kamis (3/12/2020).\n\n"
        "\u201cTapi belum tahu juga mau ke mana,\u201d ujar Fulani.\n"
    )
    assert _speakers(body) == ["Fulani", "Fulani"]


def test_a_unit_word_of_an_office_is_no_name_the_holder_after_the_comma_speaks() -> None:
    body = (
        "Penumpang Diminta Bersabar\n\n"
        "JAKARTA, contoh.com - Antrean panjang terlihat di sejumlah halte pada Senin sore.\n\n"
        '"Kami mengimbau pelanggan untuk bersabar dan tetap menjaga jarak," ujar Kepala Divisi Sekretaris '
        "Korporasi dan Humas PT Angkutan Contoh, Fulanah Wibisari dalam keterangannya, Senin (16/3/2020).\n"
    )
    assert _speakers(body) == ["Fulanah Wibisari"]


def test_a_deputy_for_operations_is_the_officer_named_after_the_body() -> None:
    body = (
        "Pencarian Korban Longsor Dilanjutkan\n\n"
        "SUKAMAJU, contoh.com - Tim gabungan melanjutkan pencarian korban longsor di Dusun Cibeureum.\n\n"
        '"Hari ini ada sebelas korban yang dicari di enam sektor," kata Deputi Operasi dan Kesiapsiagaan '
        "Badan Contoh, Mayjen TNI Fulan Budiwiryo kepada wartawan, Sabtu (5/1/2019).\n"
    )
    assert _speakers(body) == ["Fulan Budiwiryo"]


def test_a_label_or_a_headline_verb_after_an_article_person_is_cut() -> None:
    body = "Fulan Hidayat menjawab pertanyaan wartawan di Sukamaju.\n"
    book = _book(body, "Fulan Hidayat")
    assert name_words_only(book, "Fulan Hidayat Official") == "Fulan Hidayat"
    assert name_words_only(book, "Fulan Hidayat Luapkan") == "Fulan Hidayat"
    assert name_words_only(book, "Penyanyi Fulan Hidayat") == "Fulan Hidayat"
    assert name_words_only(book, "Fulan Hidayat") == "Fulan Hidayat"


def test_a_name_with_a_word_that_is_no_label_is_kept() -> None:
    body = "Fulan Hidayat dan Budi Santoso hadir di Sukamaju.\n"
    book = _book(body, "Fulan Hidayat", "Budi Santoso")
    # another name glued before: not a word the lists know, so nothing is cut here
    assert name_words_only(book, "Budi Fulan Hidayat") == "Budi Fulan Hidayat"
    assert name_words_only(book, "Budi Santoso") == "Budi Santoso"


def test_a_team_between_a_role_and_its_officer_is_no_person() -> None:
    body = (
        "SUKAMAJU, contoh.com - Pelatih Contoh Raya Fulan Hidayat mengungkapkan, laga besok berat.\n\n"
        "Contoh Raya yang sempat pincang kini bakal menurunkan kekuatan penuh.\n"
    )
    at = body.index("Contoh Raya Fulan")
    team = Entity("Contoh Raya", EntityType.PERSON, [Mention(at, at + 11, "Contoh Raya")], [])
    book = NameBook(body, [team, _entity(body, "Fulan Hidayat")], "id")
    assert not book.is_person("Contoh Raya")
    assert book.is_person("Fulan Hidayat")


def test_a_body_word_that_is_also_a_persons_surname_stays_a_person() -> None:
    body = "SUKAMAJU, contoh.com - Pelatih Contoh Raya Fulan Hidayat bertemu Budi Contoh di Sukamaju.\n"
    at = body.index("Contoh Raya Fulan")
    team = Entity("Contoh", EntityType.PERSON, [Mention(at, at + 6, "Contoh")], [])
    book = NameBook(body, [team, _entity(body, "Fulan Hidayat"), _entity(body, "Budi Contoh")], "id")
    assert book.is_person("Contoh")


def _entity(body: str, name: str) -> Entity:
    at = body.index(name)
    return Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)], [])


def test_an_organisation_written_before_its_speakers_name_is_cut() -> None:
    body = "Survei Indo Contoh menunjukkan hasil baru. Fulan Hidayat menjelaskan angka itu di Sukamaju.\n"
    at = body.index("Indo Contoh")
    org = Entity("Indo Contoh", EntityType.ORGANIZATION, [Mention(at, at + 11, "Indo Contoh")], [])
    book = NameBook(body, [org, _entity(body, "Fulan Hidayat")], "id")
    assert name_words_only(book, "Indo Contoh Fulan Hidayat") == "Fulan Hidayat"
    assert name_words_only(book, "Indo Fulan Hidayat") == "Indo Fulan Hidayat"


def test_another_persons_name_run_into_the_speakers_full_name_is_cut() -> None:
    body = "Budi Santoso datang ke Sukamaju. Fulan Hidayat menjawab pertanyaan wartawan.\n"
    book = NameBook(body, [_entity(body, "Budi Santoso"), _entity(body, "Fulan Hidayat")], "id")
    assert name_words_only(book, "Budi Santoso Fulan Hidayat") == "Fulan Hidayat"
    # a short form alone is not the full name: "Budi Hidayat" may be a third person
    assert name_words_only(book, "Santoso Hidayat") == "Santoso Hidayat"
