"""English wire-style attribution and scraped subheadings (original made-up text)."""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements
from kutip.index.statements.text import paragraphs, sentences


def person(body: str, name: str, *written: str, aliases: tuple[str, ...] = ()) -> Entity:
    """A person as the recogniser would report it, with a mention at every occurrence of each form."""
    mentions = [
        Mention(m.start(), m.end(), form)
        for form in written or (name,)
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body)
    ]
    return Entity(name, EntityType.PERSON, sorted(mentions, key=lambda m: m.start), list(aliases))


def said(found: list[Statement]) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


def test_question_closing_its_sentence_keeps_the_cue_after_it() -> None:
    body = (
        "The council met on Monday.\n"
        '"How many more must suffer before anyone acts?" Kartika said. "We will keep asking," she added.\n'
        "Dewi Kartika is the foreign minister."
    )
    ents = [person(body, "Dewi Kartika", "Kartika", "Dewi Kartika")]
    got = said(extract_statements("t", body, "en", ents))
    assert got == [
        ("How many more must suffer before anyone acts?", "Dewi Kartika"),
        ("We will keep asking,", "Dewi Kartika"),
    ]


def test_exclamation_then_name_first_cue() -> None:
    body = 'Harun Saputra spoke at the port.\n"Not one more ship will leave!" Saputra told reporters.'
    ents = [person(body, "Harun Saputra", "Harun Saputra", "Saputra")]
    assert said(extract_statements("t", body, "en", ents)) == [("Not one more ship will leave!", "Harun Saputra")]


def test_sentence_after_a_quotation_that_is_narration_still_splits() -> None:
    body = '"It is over." The committee then voted to close the inquiry and publish its report next month.'
    (ps, pe) = paragraphs(body)[0]
    assert len(sentences(body, ps, pe, [(0, 13)])) == 2


def test_cue_clause_joins_the_quotation_sentence() -> None:
    body = '"Is that fair?" the minister asked.'
    (ps, pe) = paragraphs(body)[0]
    assert sentences(body, ps, pe, [(0, 15)]) == [(0, len(body))]


def test_reporting_verbs_of_wire_copy() -> None:
    body = (
        "Rina Wulandari chairs the harbour board.\n"
        '"We will open the second terminal in May," Wulandari confirmed.\n'
        '"The ships are waiting," the chairwoman concluded.'
    )
    ents = [person(body, "Rina Wulandari", "Rina Wulandari", "Wulandari")]
    got = said(extract_statements("t", body, "en", ents))
    assert got[0] == ("We will open the second terminal in May,", "Rina Wulandari")
    assert got[1][1] == "Rina Wulandari"


def test_subheading_word_before_a_name_is_not_part_of_it() -> None:
    body = (
        "Fulan Hidayat mengunjungi pelabuhan pada Senin.\n"
        "Pesan Fulan Hidayat\n"
        "Fulan Hidayat berpesan kepada para nelayan.\n"
        '"Jangan takut melaut, pemerintah akan membantu," kata Fulan Hidayat.'
    )
    ents = [person(body, "Pesan Fulan Hidayat", "Pesan Fulan Hidayat", aliases=("Fulan Hidayat",))]
    got = said(extract_statements("t", body, "id", ents))
    assert got == [("Jangan takut melaut, pemerintah akan membantu,", "Fulan Hidayat")]


def test_coordinated_verb_shares_the_subject_of_the_first() -> None:
    body = (
        "Earlier, Trade Minister Sari Lestari reaffirmed the country's support for the growers, "
        'and stated that "no farmer will be left behind while prices are this low."'
    )
    ents = [person(body, "Sari Lestari")]
    found = extract_statements("t", body, "en", ents)
    assert said(found) == [("no farmer will be left behind while prices are this low.", "Sari Lestari")]
    assert all(not s.text.startswith("and ") for s in found)


def test_participle_clause_takes_the_sentence_subject_not_a_word_before_it() -> None:
    body = (
        "Harun Saputra met the investors on Friday.\n"
        "He described the ties between locally made parts and Overseas-owned buyers, saying, "
        "“This speeds up everything, because the parts are already here.”"
    )
    ents = [person(body, "Harun Saputra")]
    got = said(extract_statements("t", body, "en", ents))
    assert got == [("This speeds up everything, because the parts are already here.", "Harun Saputra")]


def test_opening_mark_glued_to_the_previous_full_stop_opens_a_quotation() -> None:
    body = (
        "Menteri Dewi Kartika berbicara di depan dewan. Resolusi harus ditegakkan."
        "“Berapa banyak resolusi lagi yang akan diabaikan?” tanya Kartika."
    )
    ents = [person(body, "Dewi Kartika", "Dewi Kartika", "Kartika")]
    got = said(extract_statements("t", body, "id", ents))
    assert got == [("Berapa banyak resolusi lagi yang akan diabaikan?", "Dewi Kartika")]


def test_according_to_before_a_quotation() -> None:
    body = 'According to Rui Costa, "the market has already priced all of this in."'
    ents = [person(body, "Rui Costa")]
    assert said(extract_statements("t", body, "en", ents)) == [
        ("the market has already priced all of this in.", "Rui Costa")
    ]


def test_according_to_with_an_apposition_before_a_quotation() -> None:
    body = 'According to Rui Costa, a senior analyst at the bank, "the market has already priced this in."'
    ents = [person(body, "Rui Costa")]
    found = extract_statements("t", body, "en", ents)
    assert said(found) == [("the market has already priced this in.", "Rui Costa")]
    assert found[0].role == "a senior analyst at the bank"
    assert [s for s in found if s.kind == "indirect"] == []


def test_verb_right_before_the_quotation_takes_its_subject() -> None:
    body = 'Dewi Kartika spoke to the council. Kartika questioned, "Are thousands of deaths too few for us to act?"'
    ents = [person(body, "Dewi Kartika", "Dewi Kartika", "Kartika")]
    assert said(extract_statements("t", body, "en", ents)) == [
        ("Are thousands of deaths too few for us to act?", "Dewi Kartika")
    ]


def test_object_taking_verb_cues_a_quotation_but_reports_nothing() -> None:
    body = (
        'Dewi Kartika assured the delegates: "We will act now and we will not wait."\n'
        "Kartika also assured the farmers of the ministry's support for the new harvest."
    )
    ents = [person(body, "Dewi Kartika", "Dewi Kartika", "Kartika")]
    found = extract_statements("t", body, "en", ents)
    assert said(found) == [("We will act now and we will not wait.", "Dewi Kartika")]
    assert [s for s in found if s.kind == "indirect"] == []
