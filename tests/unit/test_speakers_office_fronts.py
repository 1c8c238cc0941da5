"""Office words glued to the front of a name come off when the article itself starts the name
later (``Speaker Fulan Hidayat`` then ``Fulan added``), and ``House Speaker`` / ``Police Chief``
before a name is an office, not a body: made-up passages."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.fronts import name_after_unused_front

SPEAKER = """The bill passed on Thursday after a short debate.
“In a democracy, differing opinions are natural,” Speaker Rina Marlina said after the vote.
Rina added that the law would be reviewed next year.
“We will listen to every objection,” Rina said.
"""

HOUSE = """The House passed the bill on Thursday.
House Speaker Rina Marlina of the Garuda Party banged the gavel twice after asking for approval.
“We stress that the amendment remains based on democratic principles,” Rina said.
"""


def _direct_speakers(body: str) -> list[str | None]:
    found = extract_statements("a", body, "en", recognise(body, "en"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_front_word_the_article_never_uses_for_the_person_comes_off() -> None:
    body = "Sports Achievement Fulan Hidayat spoke first. The plan was ready, Fulan said."
    assert name_after_unused_front(body, ["Sports", "Achievement", "Fulan", "Hidayat"]) == [
        "Fulan",
        "Hidayat",
    ]


def test_a_given_name_before_the_word_used_stays() -> None:
    body = "Muhammad Fulan Hidayat spoke first. Later Fulan said the plan was ready."
    assert name_after_unused_front(body, ["Muhammad", "Fulan", "Hidayat"]) == ["Muhammad", "Fulan", "Hidayat"]


def test_a_quoted_nickname_inside_the_name_is_no_use_apart() -> None:
    body = 'Gubernur Fulan "Ulan" Hidayat Santoso datang. Ia mengaku lelah.'
    words = ["Fulan", "Hidayat", "Santoso"]
    assert name_after_unused_front(body, words) == words


def test_two_name_words_stay() -> None:
    body = "Speaker Hidayat spoke first. Later Hidayat said the plan was ready."
    assert name_after_unused_front(body, ["Speaker", "Hidayat"]) == ["Speaker", "Hidayat"]


def test_speaker_title_comes_off_the_speaker() -> None:
    assert _direct_speakers(SPEAKER) == ["Rina Marlina", "Rina Marlina"]


def test_house_speaker_is_an_office_before_the_name() -> None:
    assert _direct_speakers(HOUSE) == ["Rina Marlina"]


PARENTHESIS = """Atlet cabang olahraga angkat besi (Weightlifting) Rina Marlina mempersembahkan medali emas.

Usai pertandingan, Rina mengaku bersyukur atas hasil itu.

"Saya sangat bersyukur, ini untuk keluarga saya," kata Rina.
"""

OCCUPATION = """Free health screening began in schools on Monday.
Teacher Rina Dewi Marlina said she had waited for the programme for months.
"I was really looking forward to this," the 33-year-old said.
"""


def test_a_fuller_form_with_a_front_word_never_used_for_the_person_is_not_the_name() -> None:
    found = extract_statements("a", PARENTHESIS, "id", recognise(PARENTHESIS, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Rina Marlina"]


def test_an_occupation_before_a_name_is_no_part_of_it() -> None:
    assert _direct_speakers(OCCUPATION) == ["Rina Dewi Marlina"]
