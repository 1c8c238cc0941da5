"""Speakers behind appositions, label verbs, organisations and pronouns (original text, both languages)."""

from __future__ import annotations

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements


def entity(body: str, name: str, kind: EntityType = EntityType.PERSON, *written: str) -> Entity:
    """An entity as the recogniser would report it, with a mention at each written form."""
    mentions = []
    for form in written or (name,):
        at = body.index(form)
        mentions.append(Mention(at, at + len(form), form))
    return Entity(name, kind, mentions)


def run(body: str, lang: str = "en", entities: list[Entity] | None = None) -> list[Statement]:
    found = extract_statements("t", body, lang, entities or [])
    for s in found:
        assert body[s.start : s.end] == s.text
    return found


def said(found: list[Statement], kind: str = "direct") -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in found if s.kind == kind]


# --- a subject separated from its verb by appositions ------------------------------------


def test_age_and_relative_clause_between_name_and_verb() -> None:
    body = (
        "Outside the covered market, Marisol Ventura, 58, who has mended shoes there since 1990, "
        "said trade had slowed.\n"
        '"People fix nothing now, they just buy new" she said.'
    )
    found = run(body)
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Marisol Ventura"]
    assert said(found) == [("People fix nothing now, they just buy new", "Marisol Ventura")]


def test_time_and_circumstance_after_the_name_in_indonesian() -> None:
    body = (
        "Dedi Kurniadi saat dihubungi dari Bandung, Kamis, "
        "mengatakan debit air sudah turun.\n"
        '"Pintu air kami buka bertahap mulai malam ini," tuturnya.'
    )
    found = run(body, "id")
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Dedi Kurniadi"]
    assert said(found) == [("Pintu air kami buka bertahap mulai malam ini,", "Dedi Kurniadi")]


def test_office_apposition_right_before_the_verb_keeps_the_person() -> None:
    body = 'Wulandari Hasan, Dirut PT Sinar Dermaga, mengatakan, "Kapal tambahan tiba pekan depan."'
    [s] = [s for s in run(body, "id") if s.kind == "direct"]
    assert s.speaker == "Wulandari Hasan"


def test_narrated_subject_with_apposition_is_the_next_she() -> None:
    body = (
        'The ministry said the new timetable would start in May. "Every line gets more trains," the ministry said.\n'
        "Lorna Aquino, a 31-year-old pharmacist, queued for forty minutes at the terminal.\n"
        '"The board says five minutes and it means twenty," she said.'
    )
    found = run(body)
    assert said(found)[-1] == ("The board says five minutes and it means twenty,", "Lorna Aquino")


def test_quoted_nickname_is_left_out_of_the_canonical_name() -> None:
    body = (
        'Rodrigo "Jun" Valdez, 50, has sold fish at the pier for three decades.\n'
        '"The catch halves every year," Valdez said.'
    )
    people = [entity(body, 'Rodrigo "Jun" Valdez'), entity(body, "Valdez", EntityType.PERSON, "Valdez said")]
    people[1] = Entity('Rodrigo "Jun" Valdez', EntityType.PERSON, [*people[0].mentions, *people[1].mentions])
    assert said(run(body, entities=[people[1]])) == [("The catch halves every year,", "Rodrigo Valdez")]


def test_common_word_opening_a_sentence_is_not_a_speaker() -> None:
    body = "Residents say the bridge has flooded twice since the spring."
    assert [s.speaker for s in run(body)] == []


# --- label verbs: the speaker's own word for something -------------------------------------


def test_one_word_label_after_called_is_a_quotation() -> None:
    body = (
        'Teodoro Lualhati, who heads the fishers\' union, called the quota "shortsighted".\n'
        '"We were never asked," he said.'
    )
    found = run(body)
    assert said(found) == [("shortsighted", "Teodoro Lualhati"), ("We were never asked,", "Teodoro Lualhati")]


def test_described_as_with_the_thing_named_in_between() -> None:
    body = 'Economist Harriet Osei described the levy as the region\'s "quietest tax".'
    assert said(run(body)) == [("quietest tax", "Harriet Osei")]


def test_indonesian_label_after_menyebut() -> None:
    body = 'Ketua kelompok nelayan setempat, Rahmat Tuanaya, menyebut kebijakan kuota itu "ngawur".'
    assert said(run(body, "id")) == [("ngawur", "Rahmat Tuanaya")]


def test_label_without_a_named_speaker_stays_a_scare_quote() -> None:
    for body in (
        'Commuters called the new fare "absurd".',
        'The old ferry was called "the floating market" by locals.',
    ):
        assert said(run(body)) == []


# --- organisations: named as written, and pointed back to ---------------------------------


def test_organisation_name_with_and_is_kept_whole() -> None:
    body = '"Licences will be checked at every landing site," the Fisheries and Coastal Resources Authority said.'
    [s] = run(body)
    assert s.speaker == "Fisheries and Coastal Resources Authority"


def test_the_authority_points_back_to_the_organisation_not_its_head() -> None:
    body = (
        "Ines Marapao, head of the Fisheries and Coastal Resources Authority, said stocks had fallen.\n"
        '"Boats that ignore the closure will lose their permits," the authority said in a statement.\n'
        '"We will not look away," she said.'
    )
    found = run(body)
    assert said(found) == [
        (
            "Boats that ignore the closure will lose their permits,",
            "Fisheries and Coastal Resources Authority",
        ),
        ("We will not look away,", "Ines Marapao"),
    ]


def test_demikian_statement_of_the_office_named_before() -> None:
    body = (
        "Dinas Lingkungan Hidup Kota Palu mencatat kualitas udara memburuk sejak Senin.\n"
        '"Warga diimbau memakai masker saat berada di luar rumah," demikian keterangan tertulis dinas tersebut.'
    )
    [s] = [s for s in run(body, "id") if s.kind == "direct"]
    assert s.speaker == "Dinas Lingkungan Hidup Kota Palu"
    assert s.speaker_as_written == "demikian keterangan tertulis dinas tersebut"


def test_demikian_disampaikan_names_the_speaker() -> None:
    body = '"Jalur alternatif sudah kami siapkan," demikian disampaikan Kapolres Hendrik Pakaya.'
    [s] = run(body, "id")
    assert s.speaker == "Hendrik Pakaya"


def test_organisation_without_earlier_mention_is_not_the_last_speaker() -> None:
    body = 'Ana Cruz, a commuter, said the queues were long. "Fares stay as they are," the department said.'
    assert said(run(body)) == [("Fares stay as they are,", None)]
