"""Recognition cue by cue, on sentences written for these tests (Indonesian and English)."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType

PERSON, ORG, PLACE = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


def kinds(body: str, lang: str = "id") -> dict[str, EntityType]:
    return {e.name: e.type for e in recognise(body, lang)}


def entity(body: str, name: str, lang: str = "id") -> Entity:
    matches = [e for e in recognise(body, lang) if e.name == name]
    assert matches, f"{name!r} not recognised in {body!r}"
    return matches[0]


# --- titles and roles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "person"),
    [
        ("Menteri Luar Negeri Sulawan Andriya tiba pagi ini.", "id", "Sulawan Andriya"),
        ("Presiden Rusia Darmo Kelanov membuka sidang.", "id", "Darmo Kelanov"),
        ("Menhan Birowo menolak berkomentar.", "id", "Birowo"),
        ("Duta Besar Finlandia untuk Indonesia Aino Lehtikari hadir.", "id", "Aino Lehtikari"),
        ("Juru bicara Kedutaan Besar Jepang di Jakarta Haruki Sobue membantah kabar itu.", "id", "Haruki Sobue"),
        ("Kapolda Metro Brigjen Wisnu Adiguna memimpin apel.", "id", "Wisnu Adiguna"),
        ("Foreign Minister Lena Vasquez arrived on Tuesday.", "en", "Lena Vasquez"),
        ("Secretary of State Harold Penning met reporters.", "en", "Harold Penning"),
        ("Russian President Oleg Marinov spoke first.", "en", "Oleg Marinov"),
        ("Ministry spokesperson Tomas Ekberg declined to comment.", "en", "Tomas Ekberg"),
    ],
)
def test_title_before_a_name_makes_a_person_and_is_stripped(body: str, lang: str, person: str) -> None:
    found = kinds(body, lang)
    assert found.get(person) is PERSON
    assert not any(name.split()[0].casefold() in {"menteri", "presiden", "menhan", "president"} for name in found)


def test_qualifier_between_title_and_name_is_its_own_entity() -> None:
    found = kinds("Menteri Luar Negeri AS Harlan Voss bertemu Presiden China Wen Lizhou.")
    assert found == {
        "Amerika Serikat": PLACE,
        "Harlan Voss": PERSON,
        "China": PLACE,
        "Wen Lizhou": PERSON,
    }


def test_a_title_alone_is_not_a_person() -> None:
    found = kinds("Menlu mengatakan rapat ditunda. Menurut Menlu, semua pihak sepakat. Sekjen hadir.")
    assert PERSON not in found.values()


def test_title_stays_out_of_a_title_case_headline_name() -> None:
    found = kinds("Baca Juga: Menlu Sartika Bertemu Menlu Jepang, Bahas Kerja Sama Dagang\n\nIsi berita bertemu pejabat.")
    assert found.get("Sartika") is PERSON
    assert "Sartika Bertemu" not in found


# --- speech verbs and appositions -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "person"),
    [
        ('"Kami siap," kata Rendra Kusuma.', "id", "Rendra Kusuma"),
        ('"Belum ada keputusan," ujar Lestari.', "id", "Lestari"),
        ("Halim mengatakan rapat berjalan lancar.", "id", "Halim"),
        ('"We are ready," said Okafor.', "en", "Okafor"),
        ("Lindqvist said the talks had failed.", "en", "Lindqvist"),
        ("Sinta Dewayani, seorang pakar hukum, menilai aturan itu keliru.", "id", "Sinta Dewayani"),
        ("Marek Halloran, a senior researcher, disagreed.", "en", "Marek Halloran"),
    ],
)
def test_speech_verbs_and_appositions_make_persons(body: str, lang: str, person: str) -> None:
    assert kinds(body, lang).get(person) is PERSON


def test_place_used_for_its_government_stays_a_place() -> None:
    assert kinds("Beijing mengatakan pihaknya menolak tuduhan itu.") == {"Beijing": PLACE}
    assert kinds("Moscow said the claim was false.", "en") == {"Moscow": PLACE}


# --- organisations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "org"),
    [
        ("Mahasiswa Universitas Tanjung Harapan berunjuk rasa.", "id", "Universitas Tanjung Harapan"),
        ("Kementerian Luar Negeri Norwegia menerbitkan imbauan.", "id", "Kementerian Luar Negeri Norwegia"),
        ("Partai Rakyat Bersatu menggelar kongres.", "id", "Partai Rakyat Bersatu"),
        ("Saham PT Sinar Jaya Abadi naik tajam.", "id", "PT Sinar Jaya Abadi"),
        ("She studies at Lakeside University in Ohio.", "en", "Lakeside University"),
        ("A report by the Initiative for Coastal Security appeared.", "en", "Initiative for Coastal Security"),
        ("Analis dari CSIS dan LIPI diundang.", "id", "CSIS"),
        ("Berita itu pertama dimuat Warta6.com kemarin.", "id", "Warta6.com"),
    ],
)
def test_org_heads_acronyms_and_addresses_make_organisations(body: str, lang: str, org: str) -> None:
    assert kinds(body, lang).get(org) is ORG


def test_org_name_keeps_inner_ordinary_words_but_not_a_trailing_day() -> None:
    found = kinds("Organisasi Kerja Sama Teluk bersidang. Universitas Pelita Senin lalu tutup.")
    assert found.get("Organisasi Kerja Sama Teluk") is ORG
    assert found.get("Universitas Pelita") is ORG


def test_titled_person_after_an_organisation_is_split_off_when_the_surname_recurs() -> None:
    body = 'Direktur Lembaga Kajian Samudra Raya Dimas Pratama hadir. "Kami siap," kata Pratama.'
    found = kinds(body)
    assert found.get("Lembaga Kajian Samudra Raya") is ORG
    assert found.get("Dimas Pratama") is PERSON


# --- places -------------------------------------------------------------------------------


def test_place_prepositions_and_place_heads_make_places() -> None:
    found = kinds("Rombongan itu tiba di Wamena lalu berangkat ke Pulau Kelapa Dua.")
    assert found.get("Wamena") is PLACE
    assert found.get("Pulau Kelapa Dua") is PLACE


def test_english_place_preposition() -> None:
    assert kinds("The convoy stopped in Kherlen overnight.", "en").get("Kherlen") is PLACE


# --- capitalisation hard cases --------------------------------------------------------------


def test_sentence_initial_ordinary_word_is_not_a_name() -> None:
    found = kinds("Kunjungan itu singkat. Perjalanan Wiranto Adisaputra ke Medan ditunda. Hal ini biasa.")
    assert found == {"Wiranto Adisaputra": PERSON, "Medan": PLACE}


def test_sentence_initial_word_without_evidence_is_dropped() -> None:
    assert kinds("Desakan itu muncul kemarin. Keputusan diambil cepat.") == {}


def test_sentence_initial_surname_links_to_the_full_name() -> None:
    body = "Ketua panitia Yusuf Harahap membuka acara. Harahap lalu meninggalkan ruangan."
    person = entity(body, "Yusuf Harahap")
    assert [m.text for m in person.mentions] == ["Yusuf Harahap", "Harahap"]


def test_name_after_a_quotation_mark() -> None:
    body = "\u201cPranoto Sumadi sudah tiba,\u201d kata petugas. Pranoto Sumadi lalu masuk."
    person = entity(body, "Pranoto Sumadi")
    assert len(person.mentions) == 2


def test_hyphenated_name_and_compound_of_places() -> None:
    found = kinds("Pemimpin Korut Kim Jong-un membahas kemitraan Rusia-Korea Utara.")
    # the nickname list names him as its full name writes him (session 34)
    assert found.get("Kim Jong Un") is PERSON
    assert found.get("Rusia") is PLACE
    assert found.get("Korea Utara") is PLACE
    assert "Rusia-Korea Utara" not in found


def test_lower_case_particles_inside_names() -> None:
    found = kinds("Putra Mahkota Faisal bin Khalid bertemu Hendrik van der Berg dan Rami al-Nasser.")
    assert found.get("Faisal bin Khalid") is PERSON
    assert found.get("Hendrik van der Berg") is PERSON
    assert found.get("Rami al-Nasser") is PERSON


def test_di_is_a_preposition_not_a_particle() -> None:
    found = kinds("Seorang dosen di Universitas Nusa Harapan di Kupang diperiksa.")
    assert found.get("Universitas Nusa Harapan") is ORG
    assert found.get("Kupang") is PLACE


def test_parenthesised_role_does_not_break_the_name() -> None:
    body = '"Darius Okonkwo (Presiden Lirana) tidak akan datang," ujarnya. Darius Okonkwo membantah.'
    found = kinds(body)
    assert found.get("Darius Okonkwo") is PERSON
    assert not any("(" in name or "Presiden" in name for name in found)


def test_nationality_word_is_not_a_name() -> None:
    found = kinds("North Korean leader Park Chol-min met Japanese officials.", "en")
    assert found == {"Park Chol-min": PERSON}


# --- aliases and linking ------------------------------------------------------------------------


def test_definition_in_parentheses_teaches_an_alias() -> None:
    body = "Badan Riset Pangan Terpadu (BRPT) merilis data. Menurut BRPT, stok aman."
    org = entity(body, "Badan Riset Pangan Terpadu")
    assert org.type is ORG
    assert org.aliases == ["BRPT"]
    assert [m.text for m in org.mentions] == ["Badan Riset Pangan Terpadu", "BRPT", "BRPT"]


def test_gazetteer_aliases_are_one_entity_with_the_language_canonical_name() -> None:
    body = "Korea Utara (Korut) menguji rudal. Korut lalu mengancam AS dan Amerika Serikat."
    korea = entity(body, "Korea Utara")
    assert sorted(korea.aliases) == ["Korut"]
    assert len(korea.mentions) == 3
    assert entity(body, "Amerika Serikat").aliases == ["AS"]
    assert entity("North Korea fired a missile; the DPRK denied it.", "North Korea", "en").aliases == ["DPRK"]


def test_title_definition_is_not_an_entity() -> None:
    found = kinds("Sekretaris Jenderal (Sekjen) PBB Amaru Quispe berbicara. Sekjen lalu pergi.")
    assert found == {"Perserikatan Bangsa-Bangsa": ORG, "Amaru Quispe": PERSON}


def test_short_mentions_link_to_the_full_name() -> None:
    body = "Analis Zhou Mingzhi menulis laporan. Menurut Zhou, situasinya rumit. Zhou menambahkan hal lain."
    person = entity(body, "Zhou Mingzhi")
    assert person.aliases == ["Zhou"]
    assert len(person.mentions) == 3
    assert [e.name for e in recognise(body, "id") if e.type is PERSON] == ["Zhou Mingzhi"]


def test_bare_surname_without_full_name_stays_as_written() -> None:
    assert kinds('"Tidak benar," kata Wulandari.') == {"Wulandari": PERSON}


def test_shared_word_links_to_the_nearest_full_name_before() -> None:
    body = (
        "Kim Dae-ho bertemu Kim Soo-ah. Kemudian Kim Dae-ho pulang. "
        '"Saya lelah," kata Kim. Kim Soo-ah tetap di Seoul.'
    )
    persons = {e.name: e for e in recognise(body, "id") if e.type is PERSON}
    assert set(persons) == {"Kim Dae-ho", "Kim Soo-ah"}
    assert "Kim" in persons["Kim Dae-ho"].aliases


# --- the result itself --------------------------------------------------------------------------------


def test_offsets_are_exact_and_entities_sorted_by_first_mention() -> None:
    body = (
        "Jakarta, Kabar Kota - Gubernur Ratna Sari meninjau banjir di Bekasi.\n\n"
        "\u201cKami bekerja,\u201d ujar Ratna. Warga Bekasi menunggu bantuan dari Kementerian Sosial."
    )
    entities = recognise(body, "id")
    assert entities, "nothing recognised"
    for e in entities:
        for m in e.mentions:
            assert body[m.start : m.end] == m.text
        assert e.mentions == sorted(e.mentions, key=lambda m: m.start)
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)
    assert entity(body, "Ratna Sari").aliases == ["Ratna"]


def test_english_article_uses_english_canonical_names() -> None:
    found = kinds("Officials in the US and South Korea said China must act.", "en")
    assert found == {"United States": PLACE, "South Korea": PLACE, "China": PLACE}


def test_empty_and_name_free_bodies() -> None:
    assert recognise("", "id") == []
    assert recognise("hujan turun sejak pagi dan jalan tergenang.", "id") == []
