"""Session 27 (issue 10): an English outlet quoting a few words of a remark another reports whole in
Indonesian links to it, for one speaker on one known day; without two dates, for another speaker,
or with a word the Indonesian report lacks, it does not (made-up text and speakers)."""

from __future__ import annotations

from kutip.index.linking.update import doc_of, matches

DAY = "2024-03-02"
WHOLE = "Saya sangat prihatin dan sedih atas kejadian di pasar tadi malam, kami akan bantu para pedagang"


def test_a_few_words_of_a_remark_quoted_in_english_link_to_the_whole() -> None:
    indonesian = doc_of("i:1", "i", WHOLE, lang="id", speaker="Fulan Hidayat", date=DAY)
    english = doc_of("e:1", "e", "saddened and concerned", lang="en", speaker="Fulan Hidayat", date=DAY)
    assert matches(english, indonesian) and matches(indonesian, english)


def test_a_fragment_needs_one_speaker_two_dates_and_every_word() -> None:
    indonesian = doc_of("i:1", "i", WHOLE, lang="id", speaker="Fulan Hidayat", date=DAY)
    undated = doc_of("e:1", "e", "saddened and concerned", lang="en", speaker="Fulan Hidayat")
    assert not matches(undated, indonesian)
    other = doc_of("e:2", "e", "saddened and concerned", lang="en", speaker="Rina Marlina", date=DAY)
    assert not matches(other, indonesian)
    nobody = doc_of("e:3", "e", "saddened and concerned", lang="en", date=DAY)
    assert not matches(nobody, indonesian)
    angry = doc_of("e:4", "e", "saddened and angry", lang="en", speaker="Fulan Hidayat", date=DAY)
    assert not matches(angry, indonesian)  # the Indonesian report says nothing of anger
    apart = doc_of(
        "e:5", "e", "saddened and concerned", lang="en", speaker="Fulan Hidayat", date="2024-03-12"
    )
    assert not matches(apart, indonesian)
