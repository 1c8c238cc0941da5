"""Short whole-sentence quotations in running narrative (issue 9, session 27): a quoted sentence,
however short, tied to a speech verb by a colon or a comma is a direct quote of that verb's subject,
in an exchange of two speakers too; a quoted fragment stays out (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_HEAD_EN = "Leaders Meet in Sukamaju\n\nSUKAMAJU (Daily) - Mayor Fulan Hidayat met Governor Budi Santoso on Thursday.\n\n"
_HEAD_ID = (
    "Dua Pemimpin Bertemu\n\nSUKAMAJU, Kabar.com - Wali Kota Fulan Hidayat bertemu Gubernur Budi Santoso "
    "pada Kamis.\n\n"
)


def _direct(line: str, lang: str) -> list[tuple[str | None, str]]:
    body = (_HEAD_EN if lang == "en" else _HEAD_ID) + line + "\n"
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.speaker, s.text) for s in found if s.kind == "direct"]


def test_a_short_question_after_a_scare_quoted_fragment_and_a_verb_with_its_object() -> None:
    line = (
        "Speaking to Santoso by the stage, Hidayat mentions a road that is \u201cnot open, weather-wise\u201d "
        "and then asks Santoso: \u201cCan I go home?\u201d"
    )
    assert _direct(line, "en") == [("Fulan Hidayat", "Can I go home?")]


def test_two_speakers_answering_each_other_in_absolute_clauses() -> None:
    line = (
        "The two talk briefly, with Hidayat replying, \u201cWe\u2019ll find a room,\u201d and Santoso "
        "repeating his offer: \u201cI\u2019ll call you.\u201d"
    )
    assert _direct(line, "en") == [
        ("Fulan Hidayat", "We\u2019ll find a room,"),
        ("Budi Santoso", "I\u2019ll call you."),
    ]


def test_a_cue_led_by_dan_belongs_to_the_quotation_after_it() -> None:
    line = 'Hidayat menimpali: "Kita cari ruang lain," dan Santoso kembali berkata, "Saya akan telepon Anda."'
    assert _direct(line, "id") == [
        ("Fulan Hidayat", "Kita cari ruang lain,"),
        ("Budi Santoso", "Saya akan telepon Anda."),
    ]


def test_a_passive_reply_with_its_agent_and_dengan() -> None:
    line = (
        'Hidayat lalu menanggapi, "Kita cari ruang yang lain," yang langsung dibalas Santoso dengan, '
        '"Saya akan telepon Anda."'
    )
    assert _direct(line, "id") == [
        ("Fulan Hidayat", "Kita cari ruang yang lain,"),
        ("Budi Santoso", "Saya akan telepon Anda."),
    ]


def test_a_fragment_after_a_fragment_stays_out() -> None:
    # guard: a scare-quoted term is no sentence, even after another one nobody was credited with
    line = 'Hidayat calls the plan "a fair deal" and then describes the road as "not open, weather-wise".'
    assert _direct(line, "en") == []


def test_a_name_inside_the_quotation_never_speaks_it() -> None:
    # guard: the name within the marks is the one spoken of, not the speaker
    line = 'Santoso tersenyum.\n\n"Saya akan minta Dodi Rahman menelepon Anda," katanya.'
    assert _direct(line, "id") == [("Budi Santoso", "Saya akan minta Dodi Rahman menelepon Anda,")]
