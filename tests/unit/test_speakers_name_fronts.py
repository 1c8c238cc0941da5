"""Words real pages glue to the front or the end of a speaker's name: a speech verb opening the
sentence, the tail of a hyphenated title, an app's camel-cased name and an honorific, a party's
code; an office's field that is a given name; a listed nickname beside the full name (all text
made up)."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.people.public import named_owner
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import brand_shaped, cue_word, name_without_front, without_glued_code
from kutip.index.statements.namesakes import Namesakes
from kutip.index.statements.seats import office_ends_at


def _direct(body: str, lang: str = "id", entities: list[Entity] | None = None) -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang) if entities is None else entities)
    return [s.speaker for s in found if s.kind == "direct"]


def _person(body: str, name: str, *written: str) -> Entity:
    mentions = []
    for form in written:
        at = body.find(form)
        while at >= 0:
            mentions.append(Mention(at, at + len(form), form))
            at = body.find(form, at + len(form))
    return Entity(name, EntityType.PERSON, sorted(mentions, key=lambda m: m.start))


@pytest.mark.parametrize("word", ["Kata", "Menurutnya", "ujar", "Tambahnya", "Ungkap"])
def test_an_indonesian_cue_word_is_no_name(word: str) -> None:
    assert cue_word(word)


@pytest.mark.parametrize("word", ["Said", "Rina", "Budi", "Kartika"])
def test_names_and_english_verbs_are_no_cue_word(word: str) -> None:
    assert not cue_word(word)  # "Said" is a given name too


def test_camel_cased_words_are_brands_not_names() -> None:
    assert brand_shaped("TikTok") and brand_shaped("YouTube") and brand_shaped("WhatsApp")
    assert not brand_shaped("McDonald") and not brand_shaped("MacArthur") and not brand_shaped("Rina")


def test_a_speech_verb_opening_the_sentence_stays_out_of_the_name() -> None:
    body = (
        "Menteri Keuangan Rina Marlina Wulandari menghadiri acara di Sukamaju, Rabu.\n"
        '"Saya sama sekali tidak marah," kata Rina sapaannya.\n'
        "Kata Rina, puisi itu hanya cara menjelaskan anggaran.\n"
    )
    entity = _person(body, "Rina Marlina Wulandari", "Rina Marlina Wulandari", "Rina")
    assert _direct(body, entities=[entity]) == ["Rina Marlina Wulandari"]


def test_the_tail_of_a_hyphenated_title_is_no_first_name() -> None:
    body = (
        "President-Elect Fulan Hidayat spoke to a foreign broadcaster on Monday.\n\n"
        '"Our soldiers follow the law," Fulan Hidayat said.\n'
    )
    entity = _person(body, "Elect Fulan Hidayat", "Elect Fulan Hidayat", "Fulan Hidayat")
    entity.mentions = [m for m in entity.mentions if not (m.text == "Fulan Hidayat" and m.start < 20)]
    assert _direct(body, "en", [entity]) == ["Fulan Hidayat"]
    assert name_without_front(body, ["Elect", "Fulan", "Hidayat"], [body.find("Elect")]) == [
        "Fulan",
        "Hidayat",
    ]


def test_a_hyphenated_title_in_a_run_is_a_title() -> None:
    body = (
        "The President-elect Budi Santoso Wibowo met reporters.\n\n"
        '"We will build roads," said Budi Santoso Wibowo, adding that work starts soon.\n'
    )
    assert _direct(body, "en") == ["Budi Santoso Wibowo"]


def test_an_app_and_an_honorific_before_the_name_are_not_the_name() -> None:
    body = (
        "Gubernur Sukamaju Fulan Hidayat membantah kabar itu.\n"
        "Dalam video di akun TikTok Kang Fulan Hidayat, Fulan menegaskan dirinya tidak berada di sana.\n"
        '"Saya sedang dalam perjalanan ke kota," ujar Fulan.\n'
    )
    entity = _person(body, "Fulan Hidayat", "Fulan Hidayat", "Fulan")
    assert _direct(body, entities=[entity]) == ["Fulan Hidayat"]


def test_a_party_code_after_a_nickname_leaves_the_listed_figure() -> None:
    body = (
        "JAKARTA - Presiden Joko Widodo menjawab isu PKI yang beredar, Senin.\n"
        '"Banyak spanduk menuduh Jokowi PKI," ujar Jokowi di depan peserta.\n'
    )
    entities = [_person(body, "Joko Widodo", "Joko Widodo"), _person(body, "Jokowi PKI", "Jokowi")]
    assert _direct(body, entities=entities) == ["Joko Widodo"]


def test_a_code_written_only_after_the_name_is_the_name_own() -> None:
    body = "Mantan menteri Fulan MD hadir.\nFulan MD menolak berkomentar, kata Fulan."
    assert without_glued_code(body, ["Fulan", "MD"]) == ["Fulan", "MD"]
    assert without_glued_code(body + " Partai MD menolak.", ["Fulan", "MD"]) == ["Fulan"]


def test_a_listed_nickname_belongs_to_its_owner_only() -> None:
    assert named_owner("Jokowi", "Joko Widodo")
    assert not named_owner("Jokowi", "Fulan Hidayat")
    assert not named_owner("Joko Widodo", "Joko Widodo")  # only one-word forms are read here


def test_an_office_field_is_an_everyday_word_and_a_given_name_is_not() -> None:
    id_body = "Menteri Pariwisata dan Ekonomi Kreatif Fulan Hidayat hadir."
    assert office_ends_at(id_body, id_body.find("Kreatif"), [])
    en_body = "Coordinating Minister for Maritime Affairs and Investment Gilang Saputra Wibowo claimed it."
    assert not office_ends_at(en_body, en_body.find("Gilang"), [])


def test_a_given_name_after_an_office_field_stays_in_the_name() -> None:
    body = (
        "Jakarta - Coordinating Minister for Maritime Affairs and Investment Gilang Saputra Wibowo "
        "praised the talks.\n\n"
        '"We are grateful for the help," said Wibowo.\n'
    )
    entity = _person(body, "Gilang Saputra Wibowo", "Gilang Saputra Wibowo", "Wibowo")
    entity.mentions = [m for m in entity.mentions if m.text != "Wibowo" or m.start > 100]
    assert _direct(body, "en", [entity]) == ["Gilang Saputra Wibowo"]


def test_an_office_abbreviation_before_a_short_name_gives_the_full_name() -> None:
    body = (
        "Sekretaris Kabinet (Seskab) Fulan Indra Wijaya menepis rumor itu.\n"
        '"Rapat itu membahas jumlah dokter," kata Seskab Fulan saat dihubungi.\n'
    )
    entities = [
        _person(body, "Fulan Indra Wijaya", "Fulan Indra Wijaya"),
        _person(body, "Seskab Fulan", "Seskab Fulan"),
    ]
    assert _direct(body, entities=entities) == ["Fulan Indra Wijaya"]


def test_a_nickname_written_inside_the_full_name_does_not_loop() -> None:
    body = (
        'JAKARTA - Presiden Joko "Jokowi" Widodo berjanji membangun jembatan di Sukamaju.\n'
        '"Tahun depan jembatan itu mulai dibangun," kata Jokowi di depan warga.\n'
        "Jokowi (Joko Widodo) juga menjanjikan sekolah baru.\n"
    )
    assert _direct(body) == ["Joko Widodo"]


def test_an_english_office_of_the_body_leads_to_its_holder() -> None:
    body = (
        "The President of the Republic of Sukamaju (RS) H Fulan Hidayat later answered the claims.\n\n"
        "The number one person in the republic said the rumour had reached millions of people.\n\n"
        '"I was only four years old at the time," he said.\n'
    )
    entity = _person(body, "H Fulan Hidayat", "H Fulan Hidayat")
    assert _direct(body, "en", [entity]) == ["Fulan Hidayat"]


def test_a_name_inside_a_participle_aside_is_not_the_speaker() -> None:
    body = (
        "Fulan Hidayat beat his compatriot Budi Santoso Wibowo in the final on Sunday.\n\n"
        '"I am very happy with this title," said Hidayat.\n\n'
        'Wibowo, recalling his long friendship with Hidayat, said: "We trained together for ten years."\n'
    )
    assert _direct(body, "en") == ["Fulan Hidayat", "Budi Santoso Wibowo"]


def test_a_quotation_run_on_over_a_paragraph_keeps_its_unknown_speaker() -> None:
    body = (
        "Fulan Hidayat visited the harbour on Monday.\n\n"
        '"The port will be rebuilt next year," Hidayat said.\n\n'
        'A fisherman who asked not to be named said: "The sea was calm that morning.\n\n'
        '"Then the wave came and took every boat we had."\n'
    )
    assert _direct(body, "en") == ["Fulan Hidayat", None]  # the unnamed opening is not emitted


def test_a_quotation_run_on_over_a_paragraph_keeps_its_speaker() -> None:
    body = (
        "Rina Marlina met the villagers on Monday.\n\n"
        '"The bridge opens in May," Marlina said.\n\n'
        'Budi Santoso Wibowo, the village head, said: "We waited for it for ten years.\n\n'
        '"Our children can walk to school again."\n'
    )
    assert _direct(body, "en") == ["Rina Marlina", "Budi Santoso Wibowo", "Budi Santoso Wibowo"]


def test_a_full_name_written_short_of_a_middle_word_is_no_namesake() -> None:
    fulls = {"Fulan Badu Hidayat", "Fulan Hidayat", "Rina Hidayat"}
    assert Namesakes("", fulls).by_surname["hidayat"] == ["Fulan Badu Hidayat", "Rina Hidayat"]


def test_a_surname_opening_the_sentence_before_an_aside_is_the_person_named_in_full() -> None:
    body = (
        "Champion Rina Marlina (right) with runner-up Anthony Badu Wiratama. PHOTO: AFP\n\n"
        "SUKAMAJU – Rina Marlina beat her compatriot Anthony Wiratama 21-15, 21-14 on Sunday.\n\n"
        '"We are so glad because this is a first for us," said Marlina.\n\n'
        'Wiratama, recalling his long friendship with Marlina, said: "My first memory of Rina is our first '
        "day in the national team.\n\n"
        '"We were shy and a bit scared of our seniors."\n'
    )
    assert _direct(body, "en") == ["Rina Marlina", "Anthony Badu Wiratama", "Anthony Badu Wiratama"]


def test_an_office_set_off_after_a_name_is_its_apposition_not_a_new_subject() -> None:
    body = (
        "Kapolsek Sukamaju AKP Fulan Hidayat mengatakan korban ditemukan pagi hari.\n"
        '"Korban ditemukan pukul 06.00 WIB," kata Fulan.\n'
        "Korban merupakan adik dari Rina Marlina, anggota DPRD setempat.\n"
        '"Kami masih mendalami keterangan saksi," ujarnya.\n'
    )
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_an_undecoded_character_before_the_opening_mark_still_opens_a_quotation() -> None:
    body = 'Menteri Fulan Hidayat meminta SPBU swasta bekerja sama.\n?"Silakan berkolaborasi," kata Fulan.\n'
    assert _direct(body) == ["Fulan Hidayat"]


def test_a_manner_phrase_between_the_subject_and_the_verb() -> None:
    body = (
        "Menteri Keuangan Rina Marlina hadir di Istana, Jumat.\n"
        'Dalam pertemuan dengan wartawan, Rina dengan tegas menyatakan, "Saya bekerja, saya bekerja."\n'
    )
    assert _direct(body) == ["Rina Marlina"]


def test_a_description_opening_the_sentence_before_an_aside_speaks() -> None:
    body = (
        "Finance Minister Fulan Hidayat spoke in Jakarta on Monday.\n\n"
        'The minister, citing a report by Rina Marlina, said: "Growth will slow next year."\n'
    )
    assert _direct(body, "en") == ["Fulan Hidayat"]
