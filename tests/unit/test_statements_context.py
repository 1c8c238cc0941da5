"""Context rules for speakers: ranks as titles, namesakes, gendered pronouns, interview blocks,
narrative subjects, relative clauses and organisation names (original text, both languages)."""

from __future__ import annotations

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements


def person(body: str, name: str, *written: str) -> Entity:
    mentions = []
    for form in written or (name,):
        at = body.index(form)
        mentions.append(Mention(at, at + len(form), form))
    return Entity(name, EntityType.PERSON, mentions)


def run(body: str, entities: list[Entity] | None = None) -> list[Statement]:
    found = extract_statements("t", body, "id", entities or [], outlet=None)
    for s in found:
        assert body[s.start : s.end] == s.text
    return found


def direct(found: list[Statement]) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


# --- police and military ranks, traditional titles ------------------------------------------


def test_police_rank_between_office_and_name_is_a_title() -> None:
    body = (
        "Kapolres Kendari AKBP Surya Manggala menjelaskan kronologi kejadian. "
        '"Pelaku sudah kami amankan," kata Kombes Pol Surya Manggala.\n'
        'Dirlantas Polda Bali Kombes Pol Made Arsana Putra meninjau lokasi. "Jalur ini rawan," ujar Made.'
    )
    assert [s for _t, s in direct(run(body))] == ["Surya Manggala", "Made Arsana Putra"]


def test_military_rank_is_a_title() -> None:
    body = '"Pasukan siaga di perbatasan," kata Danrem Brigjen TNI Wahyu Pramono di Kupang.'
    assert [s for _t, s in direct(run(body))] == ["Wahyu Pramono"]


def test_traditional_title_is_not_part_of_the_name() -> None:
    body = (
        "Datu Ernesto Ampuan, the elder of the upland village, walked to the river. "
        '"The water came back this year," he said.'
    )
    entities = [person(body, "Datu Ernesto Ampuan")]
    assert [s for _t, s in direct(run(body, entities))] == ["Ernesto Ampuan"]


# --- two people with one surname --------------------------------------------------------------


def test_bare_surname_goes_to_the_latest_full_mention() -> None:
    body = (
        "Marisol Ocampo runs the bakery on the corner. Her cousin Teodoro Ocampo drives the delivery van. "
        '"The flour price doubled," Ocampo said.'
    )
    entities = [person(body, "Marisol Ocampo"), person(body, "Teodoro Ocampo")]
    assert [s for _t, s in direct(run(body, entities))] == ["Teodoro Ocampo"]


def test_bare_surname_with_title_goes_to_the_namesake_with_that_title() -> None:
    body = (
        "At the clinic, Dr Priya Menon examined the children. Outside, Arjun Menon waited by his cart.\n"
        'Dr Menon said the cases were rising. "We need more nurses," she said.'
    )
    entities = [person(body, "Priya Menon"), person(body, "Arjun Menon")]
    found = run(body, entities)
    assert [s for _t, s in direct(found)] == ["Priya Menon"]


def test_bare_surname_indonesian_namesakes() -> None:
    body = (
        "Rina Simanjuntak memimpin koperasi nelayan. Adiknya, Tigor Simanjuntak, mengelola gudang es.\n"
        '"Harga solar naik lagi," kata Simanjuntak.'
    )
    entities = [person(body, "Rina Simanjuntak"), person(body, "Tigor Simanjuntak")]
    assert [s for _t, s in direct(run(body, entities))] == ["Tigor Simanjuntak"]


# --- gendered pronouns ---------------------------------------------------------------------


def test_she_after_a_man_spoke_goes_to_the_woman_the_text_has_shown() -> None:
    body = (
        'Lucia Ferraz opened the meeting. "We start at nine," she said.\n'
        '"I will bring the maps," said Tomas Braga. "And the rope," he said.\n'
        '"Then we walk to the dam," she said.'
    )
    entities = [person(body, "Lucia Ferraz"), person(body, "Tomas Braga")]
    assert [s for _t, s in direct(run(body, entities))] == [
        "Lucia Ferraz",
        "Tomas Braga",
        "Tomas Braga",
        "Lucia Ferraz",
    ]


def test_he_after_a_woman_spoke_goes_to_the_man() -> None:
    body = (
        'Ms Hana Kowalczyk said the plan was late. "It is six weeks behind," Ms Kowalczyk said.\n'
        '"We can recover it," said Piotr Zielinski. "The crane arrives Monday," he said.\n'
        '"That is not enough," she said. "We need two," he said.'
    )
    entities = [person(body, "Hana Kowalczyk"), person(body, "Piotr Zielinski")]
    speakers = [s for _t, s in direct(run(body, entities))]
    assert speakers == [
        "Hana Kowalczyk",
        "Piotr Zielinski",
        "Piotr Zielinski",
        "Hana Kowalczyk",
        "Piotr Zielinski",
    ]


def test_ungendered_indonesian_pronoun_keeps_the_focus() -> None:
    body = (
        'Sri Wahyuni membuka rapat. "Kita mulai," katanya.\n'
        '"Saya bawa petanya," ujar Bambang Irawan. "Nanti kita jalan," ucapnya.'
    )
    entities = [person(body, "Sri Wahyuni"), person(body, "Bambang Irawan")]
    assert [s for _t, s in direct(run(body, entities))] == ["Sri Wahyuni", "Bambang Irawan", "Bambang Irawan"]


# --- interview blocks -------------------------------------------------------------------------


def test_answers_in_an_indonesian_interview_block_quote_the_interviewee() -> None:
    body = (
        "Kepala Dinas Pertanian Yusran Hamid menerima kami di kantornya.\n\n"
        "T: Kapan pupuk bersubsidi tiba?\n"
        "J: Minggu depan sudah masuk gudang kecamatan.\n\n"
        "T: Apakah jumlahnya cukup?\n"
        "J: Cukup untuk musim tanam ini, tapi tidak lebih."
    )
    entities = [person(body, "Yusran Hamid")]
    found = direct(run(body, entities))
    assert found == [
        ("Minggu depan sudah masuk gudang kecamatan.", "Yusran Hamid"),
        ("Cukup untuk musim tanam ini, tapi tidak lebih.", "Yusran Hamid"),
    ]


def test_answers_in_an_english_interview_block_quote_the_interviewee() -> None:
    body = (
        "The paper spoke to Ms Grace Adeyemi after the hearing.\n"
        "Q: Will you appeal?\n"
        "A: Yes. We will file within the week.\n"
        "Q: On what grounds?\n"
        "A: The tribunal ignored two witnesses."
    )
    entities = [person(body, "Grace Adeyemi", "Grace Adeyemi")]
    assert direct(run(body, entities)) == [
        ("Yes. We will file within the week.", "Grace Adeyemi"),
        ("The tribunal ignored two witnesses.", "Grace Adeyemi"),
    ]


def test_a_lone_labelled_line_is_not_an_interview() -> None:
    body = "A: the first option on the ballot, was chosen by most voters in the district."
    assert direct(run(body)) == []


# --- the person a narrative sentence is about ---------------------------------------------------


def test_role_comma_name_comma_predicate_puts_the_name_forward() -> None:
    body = (
        "Wakil Ketua Bidang Advokasi, Dr. Ratih Kusumawati, berjanji tim hukum akan turun. "
        '"Kami dampingi sampai sidang," terangnya.\n'
        "His sister, Amara Osei, sells fruit at the gate. "
        '"Prices went up twice this month," she said.'
    )
    entities = [person(body, "Ratih Kusumawati"), person(body, "Amara Osei")]
    assert [s for _t, s in direct(run(body, entities))] == ["Ratih Kusumawati", "Amara Osei"]


def test_fronted_phrase_and_dash_aside_before_the_name() -> None:
    body = (
        'Nadia Karim chairs the committee. "We vote on Friday," she said.\n'
        "Near the ferry ramp, Kwame Mensah – a boatman for 20 years – was mending a net. "
        '"The channel is too shallow now," he said.'
    )
    entities = [person(body, "Nadia Karim"), person(body, "Kwame Mensah")]
    assert [s for _t, s in direct(run(body, entities))] == ["Nadia Karim", "Kwame Mensah"]


def test_lowercase_description_before_a_recognised_name() -> None:
    body = (
        'Dr Omar Haddad said the ward was full. "We added ten beds," he said.\n'
        "Taxi driver Leila Nasser waits outside every night. "
        '"Nobody wants to walk in this heat," she said.'
    )
    entities = [person(body, "Omar Haddad"), person(body, "Leila Nasser")]
    assert [s for _t, s in direct(run(body, entities))] == ["Omar Haddad", "Leila Nasser"]


def test_abbreviated_titles_with_dots_in_a_subject() -> None:
    body = 'Rektor Prof. Dr. Anwar Lubis akhirnya menemui mahasiswa. "Kami dengar semua aspirasi," ujarnya.'
    entities = [person(body, "Anwar Lubis")]
    assert [s for _t, s in direct(run(body, entities))] == ["Anwar Lubis"]


# --- relative clauses and organisation names ---------------------------------------------------


def test_relative_clause_between_subject_and_verb() -> None:
    body = (
        "Camat Tanjung Hendra Saputra yang hadir di lokasi banjir menyatakan bantuan akan tiba besok. "
        "Officer Maria Lopez who led the search said the boat was found at dawn."
    )
    entities = [person(body, "Hendra Saputra"), person(body, "Maria Lopez")]
    reported = [(s.speaker, s.text) for s in run(body, entities) if s.kind == "indirect"]
    assert reported == [
        ("Hendra Saputra", "bantuan akan tiba besok"),
        ("Maria Lopez", "the boat was found at dawn"),
    ]


def test_organisation_named_with_of_is_kept_whole() -> None:
    body = 'The Rowing Federation of Malaysia said in a statement that it was "reviewing every entry".'
    [s] = [s for s in run(body) if s.kind == "direct"]
    assert s.speaker == "Rowing Federation of Malaysia"


def test_the_court_speaks_as_an_organisation_not_a_person() -> None:
    body = (
        'Pengadilan Negeri Sleman menolak gugatan itu. "Gugatan tidak berdasar," demikian putusan pengadilan.\n'
        'Lina Hartono filed the appeal. "The land was never sold," the court said in its ruling.'
    )
    speakers = [s for _t, s in direct(run(body))]
    assert "Lina Hartono" not in speakers
