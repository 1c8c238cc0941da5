"""A remark credited to the wrong person, and a short remark reported the next day (fixtures written
for kutip: fictional speakers and remarks). Near-identical words within a day are one remark even when
one report credits someone named beside the speaker; a short quote links across one day's slack; two
people's like words days apart, or a short remark a week later, stay apart."""

from __future__ import annotations

from kutip.index.linking.channels import SAID
from kutip.index.linking.update import doc_of, matches

SPOKESMAN = "Fulan Hidayat"
MINISTER = "Rina Marlina"
REMARK = "Tidak benar Menteri sampai mengirim utusan khusus untuk berunding dengan perusahaan tambang itu,"
LONGER = REMARK.rstrip(",") + ". Posisi resmi kementerian diwakili oleh pernyataan dan sikap juru bicara,"


def test_near_identical_words_credited_to_another_person_link_within_a_day() -> None:
    first = doc_of("a:1", "a", REMARK, speaker=SPOKESMAN, date="2024-03-01")
    second = doc_of("b:1", "b", LONGER, speaker=MINISTER, date="2024-03-02")
    undated = doc_of("c:1", "c", LONGER, speaker=MINISTER)
    assert matches(first, second)
    assert matches(first, undated)


def test_two_people_with_like_words_days_apart_stay_apart() -> None:
    first = doc_of("a:1", "a", REMARK, speaker=SPOKESMAN, date="2024-03-01")
    later = doc_of("b:1", "b", LONGER, speaker=MINISTER, date="2024-03-09")
    assert not matches(first, later)


def test_two_people_sharing_part_of_a_remark_stay_apart() -> None:
    first = doc_of("a:1", "a", REMARK, speaker=SPOKESMAN, date="2024-03-01")
    other = doc_of(
        "b:1",
        "b",
        "Menteri mengirim utusan ke perusahaan tambang pekan lalu,",
        speaker=MINISTER,
        date="2024-03-01",
    )
    assert not matches(first, other)


def test_a_short_remark_reported_the_next_day_links() -> None:
    first = doc_of(
        "a:1", "a", "Kabar yang disebarkan itu sama sekali tidak benar,", speaker=SPOKESMAN, date="2024-02-29"
    )
    next_day = doc_of(
        "b:1",
        "b",
        "Kabar yang disebarkan itu tidak benar,",
        speaker=SPOKESMAN,
        date="2024-03-01",
    )
    week_later = doc_of(
        "c:1",
        "c",
        "Kabar yang disebarkan itu tidak benar,",
        speaker=SPOKESMAN,
        date="2024-03-07",
    )
    assert matches(first, next_day)
    assert not matches(first, week_later)


def test_a_name_word_shared_across_languages_is_no_proof_of_two_people() -> None:
    # a headline word read as a surname ("Fulan Reiterates") beside the full name in the other report
    day = "2024-05-12"
    english = doc_of(
        "e:1",
        "e",
        "We invite the Japanese, the Koreans and the Europeans. Being friends with you does not mean we cannot"
        " be friends with India and Brazil,",
        lang="en",
        speaker="Fulan Hidayat",
        date=day,
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Kami mengundang Jepang, Korea dan Eropa. Berteman dengan Anda tidak berarti kami tidak bisa berteman"
        " dengan India dan Brasil,",
        lang="id",
        speaker="Fulan Reiterates",
        date=day,
    )
    stranger = doc_of(
        "i:2",
        "i",
        "Kami mengundang Jepang, Korea dan Eropa. Berteman dengan Anda tidak berarti kami tidak bisa berteman"
        " dengan India dan Brasil,",
        lang="id",
        speaker="Rina Marlina",
        date="2024-05-20",
    )
    assert matches(english, indonesian)
    # two known people link across languages only as one remark credited wrongly within a day
    assert not matches(english, stranger)


def test_a_written_statement_across_languages_is_no_other_occasion() -> None:
    from dataclasses import replace

    day = "2024-03-01"
    english = doc_of(
        "e:1",
        "e",
        "We talked mainly about the food crisis, the energy crisis and the financial crisis,",
        lang="en",
        speaker=SPOKESMAN,
        date=day,
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Kami berbicara utamanya soal krisis pangan, krisis energi, dan krisis keuangan,",
        lang="id",
        speaker=SPOKESMAN,
        date=day,
    )
    assert matches(replace(english, channel="written"), indonesian)  # "said in a press release"
    assert not matches(replace(english, channel="social"), indonesian)
    same_language = doc_of(
        "i:2",
        "i",
        "Kami berbicara utamanya soal krisis pangan, krisis energi, dan krisis keuangan,",
        speaker=SPOKESMAN,
        date=day,
    )
    # in one language, the same words said to reporters stay apart from the release; a quote naming
    # nothing may be another outlet's copy of it (update.copied_unnamed, session 30)
    assert not matches(replace(same_language, channel="written"), replace(indonesian, channel=SAID))
    assert matches(replace(same_language, channel="written"), indonesian)
