"""A faithful but loose translation links across the languages; a topic overlap does not.

Translators use another synonym than the lexicon lists, another tense, a compound written as
two words, and leave out or add a clause. Fixtures are written for kutip (fictional speaker
and remarks).
"""

from __future__ import annotations

from kutip.index.linking.bilingual import cross_match, translations
from kutip.index.linking.crosslang import CROSS_BARS, LONGER_SHARE, SHORTER_SHARE
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
ENGLISH = "When we received the report, our team immediately traced everyone the traveller met in the city."
INDONESIAN = (
    "Begitu ada laporan bahwa pelancong itu menginap di hotel dekat pelabuhan, sempat makan di pasar ikan "
    "dan berbelanja di toko kain, tim kami langsung menelusuri siapa saja yang ditemuinya di kota."
)


def test_irregular_inflections_and_contractions_fold_to_the_base_form() -> None:
    assert content_terms("They met the women and found the children", "en") == content_terms(
        "They meet the woman and find the child", "en"
    )
    assert content_terms("We'd say you'll see they're right", "en") == content_terms("say see right", "en")
    assert content_terms("It wasn't safe and we didn't go", "en") == content_terms("safe go", "en")


def test_a_translation_that_is_a_function_word_on_its_own_still_counts() -> None:
    # "dapat" alone is the modal "can", but it is also the stem of "mendapat" (get)
    assert "dapat" in translations(content_terms("get", "en")[0])
    assert (
        cross_match(
            content_terms("we get a report", "en"), content_terms("kami mendapatkan laporan", "id")
        ).shared
        == 2
    )


def test_a_translations_synonym_is_reached() -> None:
    immediately = content_terms("immediately", "en")
    assert cross_match(immediately, content_terms("segera", "id")).shared == 1
    assert cross_match(immediately, content_terms("langsung", "id")).shared == 1  # a synonym of segera
    received = content_terms("received", "en")
    assert cross_match(received, content_terms("mendapat", "id")).shared == 1  # a synonym of terima


def test_a_compound_written_as_two_words_is_reached() -> None:
    compound = cross_match(content_terms("blackout", "en"), content_terms("black out", "id"))
    assert compound.shared == 1 and compound.indonesian_share == 1.0
    assert (
        cross_match(content_terms("lockdown", "en"), content_terms("lock down", "id")).indonesian_share == 1.0
    )
    assert not cross_match(content_terms("blackout", "en"), content_terms("black", "id")).shared  # both parts


def test_a_translation_adding_clauses_links_when_the_shorter_side_is_nearly_all_there() -> None:
    english = doc_of("e:1", "e", ENGLISH, lang="en", speaker=SPEAKER, date="2024-05-06")
    indonesian = doc_of("i:1", "i", INDONESIAN, lang="id", speaker=SPEAKER, date="2024-05-06")
    found = cross_match(english.terms, indonesian.terms)
    assert found.indonesian_share < CROSS_BARS["same"][1] <= SHORTER_SHARE <= found.english_share
    assert matches(english, indonesian)


def test_a_short_text_on_the_subject_of_a_long_one_is_not_its_translation() -> None:
    short = doc_of("e:2", "e", "Our team traced the traveller in the city.", lang="en", speaker=SPEAKER)
    indonesian = doc_of("i:1", "i", INDONESIAN, lang="id", speaker=SPEAKER)
    found = cross_match(short.terms, indonesian.terms)
    assert found.english_share == 1.0 and found.indonesian_share < LONGER_SHARE
    assert not matches(short, indonesian)


def test_an_office_written_short_meets_its_full_english_name() -> None:
    short = content_terms("laporan dari Menkes dan Menlu", "id")
    assert (
        cross_match(
            content_terms("a report from the health minister and the foreign minister", "en"), short
        ).indonesian_share
        == 1.0
    )


def test_an_unlisted_adverb_reaches_its_adjective() -> None:
    # "the vote went smoothly" / "pemungutan suara berjalan lancar": Indonesian writes both with one word
    adverb, adjective = content_terms("smoothly", "en")[0], content_terms("smooth", "en")[0]
    assert adverb != adjective
    assert translations(adverb) == translations(adjective) != ()
