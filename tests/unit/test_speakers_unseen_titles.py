"""Speakers written behind long titles on real news pages: English ranks, an office run into
the name over ``and``, an office whose fields are listed with commas, a nickname in quotes
inside the name, and an office seat with a bracketed short form (all text made up)."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements import extract_statements
from kutip.index.statements.lexicon import lexicon
from kutip.index.statements.marks import quotations
from kutip.index.statements.names import NameBook
from kutip.index.statements.people import clean_person
from kutip.index.statements.phrase import speaks_for
from kutip.index.statements.text import tokens


def _direct_speakers(body: str, lang: str) -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ('"We found an oil slick," Air Chief Marshal Fulan Hidayat told reporters.', "Fulan Hidayat"),
        ('"The crew trained for years," Rear Admiral Budi Santoso said at the base.', "Budi Santoso"),
        ('"The roads are open again," said Lieutenant Colonel Rahmat Wibisono.', "Rahmat Wibisono"),
    ],
)
def test_an_english_rank_is_no_part_of_the_name(cue: str, speaker: str) -> None:
    body = f"The search went on for a third day on Sunday.\n\n{cue}\n"
    assert _direct_speakers(body, "en") == [speaker]


def test_rank_words_come_from_the_ranks_list() -> None:
    lex = lexicon()
    assert lex.is_a("Marshal", "role") and lex.is_a("admiral", "role")
    assert lex.is_a("air", "rank_modifier") and not lex.is_a("air", "role")
    assert clean_person("Air Chief Marshal Fulan Hidayat") == ["Fulan", "Hidayat"]
    assert clean_person("Air Fulan Hidayat") == ["Air", "Fulan", "Hidayat"]  # no rank follows: a name


def test_a_ministry_run_into_the_name_over_and_is_the_office() -> None:
    body = (
        "Floods cut two provinces on Monday.\n\n"
        '"Two bridges were cut," said the Coordinating Minister for Human Development and Culture '
        "Gilang Saputra Wibowo.\n"
    )
    assert _direct_speakers(body, "en") == ["Gilang Saputra Wibowo"]


def test_two_people_joined_by_and_keep_their_names() -> None:
    body = (
        "Talks ended on Friday.\n\n"
        '"We agreed on the border," said Minister Fulan Hidayat and Budi Santoso Wibowo.\n'
    )
    assert "Santoso Wibowo" not in [s for s in _direct_speakers(body, "en") if s]


def test_an_office_listed_with_commas_gives_the_name_that_closes_it() -> None:
    body = (
        "The president visited the shelters on Tuesday.\n\n"
        '"Several shelters were visited today," said Deputy for Protocol, Press, and Media of the '
        "Secretariat of the President Rahmat Hidayat.\n"
    )
    assert _direct_speakers(body, "en") == ["Rahmat Hidayat"]


def test_a_field_of_an_office_is_nobody() -> None:
    body = (
        "The president visited the shelters on Tuesday.\n\n"
        '"Several shelters were visited today," said Deputy for Protocol, who did not give his name.\n'
    )
    assert _direct_speakers(body, "en") == [None]


def test_a_nickname_in_quotes_is_no_quotation_and_the_name_still_speaks() -> None:
    body = (
        "The president toured the flooded district.\n\n"
        '"We will rebuild the school first," President Agus "Gusdi" Pranoto said on Monday.\n\n'
        '"Nobody will be left behind," he said.\n'
    )
    assert [(q.start, q.end) for q in quotations(body, 0, len(body)) if body[q.start : q.end] == "Gusdi"] == []
    assert _direct_speakers(body, "en") == ["Agus Pranoto", "Agus Pranoto"]


def test_a_quoted_word_after_a_lowercase_word_is_still_a_quotation() -> None:
    body = 'Warga menyebut jalan itu "Tanjakan" sejak lama.\n'
    assert [body[q.start : q.end] for q in quotations(body, 0, len(body))] == ["Tanjakan"]


def test_an_office_seat_with_a_bracketed_short_form_points_back_to_its_holder() -> None:
    body = (
        "SUKAMAJU - Kapolres Sukamaju Barat (Sumbar), Jawa Tengah (Jateng), AKBP Fulan Hidayat "
        "menegaskan pihaknya siap memerangi peredaran narkoba.\n\n"
        "Polisi menyita 120 gram sabu dari dua tersangka.\n\n"
        "“Kalau dijual nilainya sekitar Rp 200 juta,” ujar Kapolres Sumbar.\n\n"
        "“Keduanya kami jerat dengan pasal berlapis,” tegas Kapolres Sumbar.\n"
    )
    assert _direct_speakers(body, "id") == ["Fulan Hidayat", "Fulan Hidayat"]


def test_double_initials_do_not_end_the_sentence_or_the_name() -> None:
    body = (
        "Bank sentral menahan suku bunga pada Kamis.\n\n"
        '"Inflasi masih terkendali dan kami yakin pertumbuhan tetap kuat tahun ini," kata Gubernur '
        "Bank Indonesia Fulan D.W. Hidayatullah di Jakarta.\n\n"
        "Fulan D.W. Hidayatullah menambahkan, rupiah stabil sepanjang pekan.\n"
    )
    assert _direct_speakers(body, "id") == ["Fulan D.W. Hidayatullah"]


def _entity(body: str, name: str, kind: EntityType) -> Entity:
    at = body.index(name)
    return Entity(name, kind, [Mention(at, at + len(name), name)])


def test_only_an_office_run_into_a_name_loses_its_word() -> None:
    """The word before ``dan`` ends an office (``Pendidikan``) or a body the recogniser found
    (``Universitas Sukamaju``): only the first gives its last word to the office."""
    office = "Menteri Pendidikan dan Kebudayaan Fulan Hidayat meninjau sekolah.\n"
    book = NameBook(office, [_entity(office, "Kebudayaan Fulan Hidayat", EntityType.PERSON)])
    assert [p.name for p in book.persons] == ["Fulan Hidayat"]
    two = "Rektor Universitas Sukamaju dan Budi Santoso Wijaya meninjau sekolah.\n"
    entities = [
        _entity(two, "Universitas Sukamaju", EntityType.ORGANIZATION),
        _entity(two, "Budi Santoso Wijaya", EntityType.PERSON),
    ]
    assert [p.name for p in NameBook(two, entities).persons] == ["Budi Santoso Wijaya"]


def test_a_nickname_of_two_words_is_no_quotation() -> None:
    """The one nickname rule lives with the quote marks: ``Fulan “Bang Fulan” Hidayat`` holds one
    quotation (the speech), so the cue after it is read whole."""
    body = (
        "\u201cThe bridge will carry the morning traffic,\u201d Governor Fulan \u201cBang Fulan\u201d "
        "Hidayat said.\n"
    )
    found = [body[q.start : q.end] for q in quotations(body, 0, len(body))]
    assert found == ["The bridge will carry the morning traffic,"]


def test_a_word_opening_the_sentence_before_an_apposed_cue_is_nobody() -> None:
    body = (
        "The president visited the shelters on Tuesday.\n\n"
        "Apart from that, continued Budi Santoso, the government wanted aid to reach the victims "
        "without delay.\n"
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Budi Santoso"]


@pytest.mark.parametrize("opener", ["Despite", "Although", "Apart from", "Selain", "Meskipun"])
def test_a_preposition_opening_the_sentence_is_no_speaker(opener: str) -> None:
    body = (
        "The search for the missing boat went on for a fifth day.\n\n"
        f"{opener} finding debris near the coast, officials have avoided declaring the fate of the "
        'crew, saying that they "might still be alive somewhere."\n'
    )
    found = extract_statements("t", body, "en", [])
    assert opener.split(maxsplit=1)[0] not in [s.speaker for s in found]


@pytest.mark.parametrize("dateline", ["SUKAMAJU, WARTAKITA.com - ", "warta.com, KOTA BARU -- "])
def test_a_dateline_before_an_apposed_subject_is_no_speaker(dateline: str) -> None:
    body = (
        "Polisi Tangkap Pelaku Pembakaran\n\n"
        f"{dateline}Kapolda Sukamaju, Irjen Fulan Hidayat, mengaku telah mengamankan enam pelaku "
        "pembakaran markas polisi. Keenamnya kini ditahan.\n\n"
        '"Enam orang sudah kami amankan dan sudah berstatus tersangka," kata Fulan Hidayat.\n'
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Fulan Hidayat"]


def test_a_bracketed_alias_after_a_titled_name_is_no_office_seat() -> None:
    """``Presiden Fulan Hidayat (Ulan)``: the brackets give the person's short name, so Fulan
    Hidayat is no place where an office sits (unlike ``Kapolres Sukamaju (Skj), AKBP …``)."""
    body = (
        "SUKAMAJU - Presiden Fulan Hidayat (Ulan) mengatakan pemerintah akan menanggung perbaikan "
        "rumah warga.\n\n"
        '"Yang rusak berat akan dibantu penuh," kata Ulan kepada wartawan.\n'
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found] == ["Fulan Hidayat", "Fulan Hidayat"]


@pytest.mark.parametrize(
    ("cue", "lang"),
    [
        ("a spokesman for President Fulan Hidayat said", "en"),
        ("said a spokeswoman for Fulan Hidayat", "en"),
        ("kata kuasa hukum dari Fulan Hidayat kepada wartawan", "id"),
    ],
)
def test_a_spokesman_or_a_lawyer_for_someone_is_not_that_someone(cue: str, lang: str) -> None:
    body = (
        "Fulan Hidayat tiba di Jakarta pada Senin.\n\n"
        '"We have nothing to add today," Budi Santoso Wijaya told reporters.\n\n'
        f'"The schedule will be announced soon," {cue}.\n'
    )
    assert _direct_speakers(body, lang) == ["Budi Santoso Wijaya", None]


def test_a_spokesperson_named_after_the_body_they_speak_for_is_the_speaker() -> None:
    """Only titles may stand between ``for`` and the name of whom a spokesman speaks for."""

    def speaks_for_name(phrase: str) -> bool:
        toks = tokens(phrase, 0, len(phrase))
        return speaks_for(toks, phrase.index("Rahmat"))

    assert speaks_for_name("a spokesman for President Rahmat Hidayat")
    assert speaks_for_name("kuasa hukum dari Rahmat Hidayat")
    assert not speaks_for_name("Spokesperson for the Foreign Ministry Rahmat Hidayat")
    assert not speaks_for_name("Minister of State Rahmat Hidayat")
    assert not speaks_for_name("Juru Bicara Kementerian Rahmat Hidayat")


def test_dotted_english_rank_abbreviations_are_no_part_of_the_name() -> None:
    body = (
        "The army sent two battalions to the border on Friday.\n\n"
        '"Our troops are ready to help the villagers," said Lt. Col. Fulan Hidayat, the battalion '
        "commander.\n\n"
        '"The road will reopen tomorrow," Brig. Gen. Budi Santoso told reporters.\n'
    )
    assert _direct_speakers(body, "en") == ["Fulan Hidayat", "Budi Santoso"]


def test_a_long_clause_before_said_is_what_was_said_not_an_apposition() -> None:
    body = (
        "Navy Chief Admiral Fulan Hidayat led the search on Friday.\n\n"
        "Before the accident, the KRI Sukamaju submarine was taking part in a torpedo drill and the "
        "crew had followed every procedure, said the navy chief.\n"
    )
    found = [s for s in extract_statements("t", body, "en", recognise(body, "en")) if s.kind == "indirect"]
    assert [(s.speaker, s.text.startswith("Before the accident")) for s in found] == [("Fulan Hidayat", True)]
