"""Speaker classes counted over the whole dev pool (made-up text here): a story's lead subject
after its dateline, a pair of running mates written with a hyphen, a figure from abroad whose
very name Indonesian news translates, a passive inside a relative clause, a title misspelt or a
word glued before a given name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.names import is_short_form
from kutip.index.people.public import public_name
from kutip.index.statements import extract_statements
from kutip.index.statements.glued import glued_before_given_name
from kutip.index.statements.people import clean_person, misspelt_role


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_lead_subject_after_a_dateline_speaks_through_the_clitic() -> None:
    body = (
        "contoh.com, SUKAMAJU - Kapolda Jatim Irjen Fulan Hidayat sangat menyayangkan kericuhan di stadion.\n\n"
        '"Kami sangat menyayangkan kejadian ini," katanya, Minggu.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_english_lead_subject_after_a_wire_dateline() -> None:
    body = (
        "SUKAMAJU (Contoh) - Indonesia's President Fulan Hidayat made a strong pitch for investment.\n\n"
        "The new city is being built on forested land.\n\n"
        '"Your investment will be safe," he said in a speech.\n'
    )
    assert _speakers(body, "en") == ["Fulan Hidayat"]


def test_a_hyphenated_pair_is_two_names_not_a_longer_one() -> None:
    assert not is_short_form("Fulan Hidayat", "Fulan Hidayat-Rina Marlina")
    assert not is_short_form("Fulan", "Fulan-Rina")
    assert is_short_form("Fulan Santoso", "Fulan Badu Santoso")
    assert is_short_form("Ahmad", "Ahmad Al-Habsyi")  # a particle of two letters joins one name
    body = (
        "Diketahui, Fulan Hidayat-Rina Marlina telah dilantik sebagai bupati dan wakil bupati.\n"
        '"Kita tidak boleh tergantung pada pihak luar," kata Fulan.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_a_translated_pope_name_is_the_english_one() -> None:
    assert public_name("Paus Fransiskus") == "Pope Francis"
    assert public_name("Pope Francis") == "Pope Francis"
    assert public_name("Fransiskus") is None  # one word may be anyone's name


def test_a_passive_in_a_relative_clause_does_not_turn_the_passage() -> None:
    body = (
        "Di luar ruang sidang, Fulan Hidayat menegaskan, bahwa sikap Rudi Santoso adalah hak politiknya.\n"
        "Dan apa yang disampaikan Rudi itu menurut Fulan adalah sebuah prinsip.\n"
        '"Kami juga mengambil prinsip menjaga marwah lembaga ini," tegas dia.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_a_role_word_a_letter_short_is_still_a_title() -> None:
    assert misspelt_role("Laksaman") and misspelt_role("Gubenur")
    assert not misspelt_role("Laksamana")  # the role itself
    assert not misspelt_role("Hidayat") and not misspelt_role("Agung")
    assert clean_person("Laksaman Fulan Hidayat") == ["Fulan", "Hidayat"]


def test_a_word_glued_before_a_given_name_gives_way_to_the_full_name() -> None:
    persons = [
        Entity("Fulan Hidayat", EntityType.PERSON, [Mention(0, 13, "Fulan Hidayat")]),
        Entity("Porsi Fulan", EntityType.PERSON, [Mention(20, 31, "Porsi Fulan"), Mention(40, 45, "Fulan")]),
        Entity("Rina Marlina", EntityType.PERSON, [Mention(50, 62, "Rina Marlina")]),
    ]
    names = [e.name for e in glued_before_given_name(persons)[0]]
    assert names == ["Fulan Hidayat", "Fulan", "Rina Marlina"]
    # never written alone: another person who shares the word stays whole
    other = [persons[0], Entity("Porsi Fulan", EntityType.PERSON, [Mention(20, 31, "Porsi Fulan")])]
    assert glued_before_given_name(other) == (other, False)


def test_an_office_introduced_with_a_dotted_title_is_found_again() -> None:
    body = (
        "contoh.com, SUKAMAJU – Kepala Kepolisian Daerah (Kapolda) Sukamaju, Irjen Pol Drs. Fulan Hidayat "
        "meminta maaf atas ulah anak buahnya.\n"
        "“Saya memohon maaf yang sebesar-besarnya,” ucap Kapolda di hadapan wartawan.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_a_bracketed_nickname_is_no_part_of_the_full_name() -> None:
    body = (
        "Calon gubernur nomor urut 2, Fulan Badu Santoso (Ulan) menyayangkan tidak ada pertanyaan soal itu.\n"
        '"Kami ini pro orang miskin," kata Ulan.\n'
    )
    assert _speakers(body) == ["Fulan Badu Santoso"]


def test_an_office_named_with_and_runs_on_to_its_holder() -> None:
    body = (
        "SUKAMAJU - Indonesian Fisheries and Maritime Affairs Minister Fulan Hidayat has alleged that "
        "foreign gangs are plundering the coast.\n\n"
        "'These gangs are paid from abroad,' he was quoted as saying.\n"
    )
    assert _speakers(body, "en") == ["Fulan Hidayat"]


def test_a_long_office_before_the_verb_after_a_quotation_names_its_holder() -> None:
    body = (
        "SUKAMAJU (Contoh) - The police detained dozens of people after the riot.\n\n"
        '"At noon, we had rounded up 99 people for questioning," Chief of the Public Information Bureau '
        "of the Sukamaju Police Brigadier General Fulan Hidayat stated on Wednesday.\n"
    )
    assert _speakers(body, "en") == ["Fulan Hidayat"]
