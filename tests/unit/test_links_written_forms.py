"""Writing habits that kept one remark apart from itself (fixtures written for kutip: fictional
speakers and remarks): an English word behind an Indonesian prefix (``diinterview`` against
``di-interview``), a decimal or a clock time with or without its zeros (``6.50``/``6,5``,
``13.00``/``13``), an interview phrase that describes someone else ("nama yang diwawancarai"),
and a name's opening vowel transliterated two ways (``Immanuel``/``Emmanuel``)."""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms
from kutip.index.linking.occasions import kind_of
from kutip.index.linking.speakers import relation, speaker_names
from kutip.index.linking.stitched import stitched
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of


def test_an_english_word_behind_an_indonesian_prefix_is_the_word() -> None:
    assert content_terms("pelatih yang diinterview") == content_terms("pelatih yang di-interview")
    assert content_terms("datanya sudah diupdate") == content_terms("datanya sudah di-update")
    assert "interview" in content_terms("pelatih yang diinterview")


def test_indonesian_words_and_english_words_keep_their_letters() -> None:
    for word in ("dinamika", "diskusi", "digital", "terapi", "district", "direksi"):
        assert content_terms(word) == content_terms(word.upper()) != []
    assert content_terms("district") == ["district"]


def test_a_decimal_with_or_without_its_trailing_zero_is_one_figure() -> None:
    assert content_terms("turun menjadi 6.50 persen") == content_terms("turun menjadi 6,5 persen")
    assert content_terms("sekitar pukul 13.00") == content_terms("sekitar pukul 13")
    assert content_terms("5,75 persen") == content_terms("5.75 persen")


def test_thousands_stay_whole() -> None:
    assert content_terms("2.500 warga") == ["2500", "warga"]
    assert content_terms("25.000 warga") != content_terms("25 warga")


def test_an_interview_phrase_after_a_relative_pronoun_names_no_occasion() -> None:
    said = '"Ada tiga nama," jawab Fulan saat ditanya apakah Rudi salah satu nama yang diwawancarai.'
    assert kind_of(said, 0, len('"Ada tiga nama,"')) == ""
    interviewed = '"Ada tiga nama," kata Fulan saat diwawancarai wartawan.'
    assert kind_of(interviewed, 0, len('"Ada tiga nama,"')) == "interview"


def test_a_name_spelled_with_another_opening_vowel_is_one_speaker() -> None:
    one = speaker_names("Immanuel Hidayat")
    assert relation(one, speaker_names("Emmanuel Hidayat")) == "same"
    assert relation(speaker_names("Wamen Immanuel Hidayat"), speaker_names("Emmanuel Hidayat")) == "same"
    assert relation(speaker_names("Andi Hidayat"), speaker_names("Endi Hidayat")) == "different"  # short
    assert relation(one, speaker_names("Ammar Hidayat")) == "different"


def _doc(sid: str, text: str) -> LinkDoc:
    return doc_of(sid, sid.partition(":")[0], text, speaker="Fulan Hidayat", date="2024-05-02")


def test_a_passage_stitched_across_the_two_spellings_is_cut_in_one_place() -> None:
    whole = _doc("a:0", "Untuk pelatih yang di-interview memang ada 3 nama dan juga asisten pendampingnya")
    first = _doc("b:0", "Untuk pelatih yang diinterview ada tiga nama waktu itu. Mereka punya kelebihan")
    second = _doc(
        "b:1", "Selain ketiga kandidat, beberapa asisten sebagai pendamping pelatih juga kita interview"
    )
    assert stitched(whole, first, second)


def test_a_verb_the_stemmer_cuts_to_another_root_keeps_its_root() -> None:
    assert content_terms("kami menyesali kejadian itu") == content_terms("kami menyesalkan kejadian itu")


def test_everyday_words_reach_their_translations() -> None:
    from kutip.index.linking.bilingual import cross_similarity

    english = content_terms("He told his aide to submerge the cellphone in water", "en")
    indonesian = content_terms("Ia menyuruh ajudannya merendam ponsel dalam air")
    assert cross_similarity(english, indonesian).shared >= 3
