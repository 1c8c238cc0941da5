"""A remark credited to the wrong person, and a short remark reported the next day (fixtures written
for kutip: fictional speakers and remarks). Near-identical words within a day are one remark even when
one report credits someone named beside the speaker; a short quote links across one day's slack; two
people's like words days apart, or a short remark a week later, stay apart."""

from __future__ import annotations

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
