"""Session 28 (issue 10): words that only do grammar's work are no evidence either way across the
languages (made-up text and speakers).

- An Indonesian function word with a particle written on (``haruskah``, ``bisakah``, ``janganlah``,
  ``siapapun``) is the function word: the stemmer strips the particle, and the bare word is dropped,
  so a question keeps no term its statement form and its English original lack.
- An Indonesian term the lexicon gives only for an English function word (``lakukan`` for "do")
  does not count against the Indonesian side when the English report has no term for it.
- An English term every translation of which is an Indonesian function word (``better``: ``lebih
  baik``) does not count against a short English quote; one with a content translation (``people``:
  ``rakyat`` beside ``pihak``) still does.
"""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

DAY = "2024-05-14"
SPEAKER = "Fulan Hidayat"


def test_a_function_word_with_a_particle_is_a_function_word() -> None:
    assert content_terms("Haruskah kita menunggu?", "id") == content_terms("Kita harus menunggu.", "id")
    assert content_terms("Bisakah Badu datang?", "id") == content_terms("Badu bisa datang.", "id")
    assert content_terms("Janganlah siapapun pulang", "id") == content_terms("jangan pulang", "id")


def test_a_root_ending_like_a_particle_stays() -> None:
    assert content_terms("masalah makalah nikah", "id") == ["masalah", "makalah", "nikah"]


def test_a_short_question_links_to_its_translation() -> None:
    english = doc_of(
        "e:1",
        "e",
        "I will have Badu phone the regent. Should I do that?",
        lang="en",
        speaker=SPEAKER,
        date=DAY,
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Saya akan minta Badu menelepon bupati. Haruskah saya lakukan itu?",
        lang="id",
        speaker=SPEAKER,
        date=DAY,
    )
    assert matches(english, indonesian) and matches(indonesian, english)


def test_the_question_of_another_speaker_or_day_stays_apart() -> None:
    english = "I will have Badu phone the regent. Should I do that?"
    indonesian = doc_of(
        "i:1",
        "i",
        "Saya akan minta Badu menelepon bupati. Haruskah saya lakukan itu?",
        lang="id",
        speaker=SPEAKER,
        date=DAY,
    )
    other = doc_of("e:1", "e", english, lang="en", speaker="Rina Marlina", date=DAY)
    undated = doc_of("e:2", "e", english, lang="en", speaker=SPEAKER)
    assert not matches(other, indonesian)
    assert not matches(undated, indonesian)


def test_a_short_quote_with_a_comparative_links_to_its_translation() -> None:
    english = doc_of("e:1", "e", "We will find a better road", lang="en", speaker=SPEAKER, date=DAY)
    indonesian = doc_of("i:1", "i", "Kita cari jalan yang lebih baik", lang="id", speaker=SPEAKER, date=DAY)
    assert matches(english, indonesian)


def test_a_term_with_a_content_translation_still_counts() -> None:
    english = doc_of(
        "e:1", "e", "responsibility to the people of the world", lang="en", speaker=SPEAKER, date=DAY
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Tanggung jawab kita adalah menjaga perdamaian dunia dan menghentikan perang di kawasan",
        lang="id",
        speaker=SPEAKER,
        date=DAY,
    )
    assert not matches(english, indonesian)
