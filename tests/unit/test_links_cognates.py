"""Across languages: borrowed words, figures with multipliers, names respelled, one sentence of each.

Fixtures are written for kutip (fictional people, places and remarks).
"""

from __future__ import annotations

from kutip.index.linking.bilingual import cross_match
from kutip.index.linking.cognates import cognate_keys, indonesian_key, names_cognate, respell
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches
from tests.unit.test_linking_crosslang import NEGATIVE, POSITIVE, _linked


def test_borrowed_words_are_recognised_by_their_spelling_shifts() -> None:
    pairs = [("incident", "insiden"), ("tragic", "tragis"), ("clinic", "klinik"), ("permanent", "permanen"),
             ("technology", "teknologi"), ("shock", "syok"), ("extremism", "ekstremisme"), ("physical", "fisik")]
    for english, indonesian in pairs:
        (en,), (ind,) = content_terms(english, "en"), content_terms(indonesian, "id")
        assert indonesian_key(ind) in cognate_keys(en), (english, respell(en))


def test_false_friends_are_no_cognates() -> None:
    (machine,) = content_terms("machine", "en")
    (policy,) = content_terms("policy", "en")
    assert not cognate_keys(machine) and not cognate_keys(policy)


def test_cognates_count_as_shared_terms() -> None:
    english = content_terms("a tragic incident at the clinic", "en")
    indonesian = content_terms("insiden tragis di klinik", "id")
    found = cross_match(english, indonesian)
    assert found.shared == 3 and found.english_share == 1.0


def test_figures_with_multipliers_are_one_number() -> None:
    assert content_terms("25 ribu orang", "id")[0] == content_terms("25,000 people", "en")[0] == "25000"
    assert content_terms("25.000 orang", "id")[0] == "25000"
    assert content_terms("2,5 juta", "id") == content_terms("2.5 million", "en") == ["2500000"]
    assert content_terms("Rp 3 triliun", "id")[-1] == "3000000000000"


def test_a_figure_only_one_side_gives_is_no_conflict_across_languages() -> None:
    english = content_terms("for ten years the council has failed to act", "en")
    indonesian = content_terms("selama bertahun-tahun dewan itu gagal bertindak", "id")
    assert not cross_match(english, indonesian).numbers_conflict
    other = content_terms("selama 12 tahun dewan itu gagal bertindak", "id")
    assert cross_match(english, other).numbers_conflict


def test_a_name_respelled_in_the_other_language_is_one_speaker() -> None:
    assert names_cognate({"francis"}, {"fransiskus"})
    assert not names_cognate({"francis"}, {"ignatius"})
    english = doc_of("e:1", "e", "The tragic incident at the clinic shocked the whole nation.", lang="en",
                     speaker="Pope Francis")
    indonesian = doc_of("i:1", "i", "Insiden tragis di klinik itu mengejutkan seluruh bangsa.", lang="id",
                        speaker="Paus Fransiskus")
    assert matches(english, indonesian)
    stranger = doc_of("s:1", "s", "Insiden tragis di klinik itu mengejutkan seluruh bangsa.", lang="id",
                      speaker="Budi Santoso")
    assert not matches(english, stranger)


def test_one_sentence_of_each_side_links_a_longer_speech() -> None:
    english = doc_of(
        "e:1", "e",
        "We thank our partners for the invitation. The new clinic will serve remote villages from March. "
        "Nobody should wait a week for a doctor.",
        lang="en", speaker="Lena Fischer",
    )
    indonesian = doc_of(
        "i:1", "i",
        "Klinik baru itu akan melayani desa-desa terpencil mulai Maret. Kami juga membangun sekolah di pantai.",
        lang="id", speaker="Lena Fischer",
    )
    assert matches(english, indonesian)


def test_most_written_positives_link_and_no_negative_does() -> None:
    linked = [pair for pair in POSITIVE if _linked(*pair)]
    assert len(linked) / len(POSITIVE) >= 0.75, [p[0][1][:40] for p in POSITIVE if p not in linked]
    assert not any(_linked(*pair) for pair in NEGATIVE)


def test_a_name_transliterated_with_one_letter_changed_is_one_speaker() -> None:
    from kutip.index.linking.speakers import relation, speaker_names

    one = speaker_names("Sheikh Hamad bin Khalid Al Nasser")
    two = speaker_names("Shaikh Hamad bin Khalid Al Nasser")
    assert relation(one, two) == "same"
    assert relation(speaker_names("Budi Rahman"), speaker_names("Budi Rahmat")) == "different"


def test_a_stretch_of_consecutive_sentences_matches_its_translation() -> None:
    english = doc_of(
        "e:1", "e",
        "To begin, we call for a full and lasting ceasefire. That would be a turning point. "
        "Above all, it gives room to deal with the humanitarian crisis and to start rebuilding once "
        "the fighting ends.",
        lang="en", speaker="Lena Fischer",
    )
    indonesian = doc_of(
        "i:1", "i",
        "Untuk memulai, kami menyerukan gencatan senjata penuh dan permanen. Itu akan menjadi titik balik.",
        lang="id", speaker="Lena Fischer",
    )
    assert matches(english, indonesian)
