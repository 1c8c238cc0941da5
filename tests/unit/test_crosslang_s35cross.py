"""Session 35 across languages (fixtures written for kutip: fictional speakers and remarks): the
lexicon's general words that translators of remarks use (``consider``: ``menganggap``, ``convey``:
``menyampaikan``, ``union``: ``uni``), and a short English report whose word the translation renders
with a function word (``existing``: ``yang ada``) found whole in a clause of the longer quote."""

from __future__ import annotations

from kutip.index.linking.bilingual import counted_terms, reach_map, translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

MAYOR = "Rina Kartika"
DAY = "2024-05-07"


def _stems(word: str) -> tuple[str, ...]:
    (term,) = content_terms(word, "en")
    return translations(term)


def test_general_words_translators_use_reach_their_indonesian() -> None:
    assert "anggap" in _stems("consider")  # "kami menganggap", we consider
    assert "sampai" in _stems("conveyed")  # "menyampaikan"
    assert "uni" in _stems("union")  # "Uni Eropa"
    assert "sentra" in _stems("centers")  # "sentra produksi"
    assert "saat" in _stems("times")  # "di saat-saat sulit"
    assert "gugat" in _stems("sued")  # the past form stems apart from "sue"
    assert "sengaja" in _stems("deliberately")


def test_more_general_news_words_reach_their_indonesian() -> None:
    assert "tarif" in _stems("fares")
    assert "jadi" in _stems("occurred")  # "terjadi"
    assert "tinjau" in _stems("reviewing")
    assert "subsidi" in _stems("subsidized")
    assert "enkripsi" in _stems("encrypted")


def test_laid_off_is_read_as_lay_off_and_layoffs_are() -> None:
    # "laid" is folded to "lay" (linking_english_forms.tsv), so the phrasal verb joins as one term
    (term,) = content_terms("laid off", "en")
    assert "phk" in translations(term)
    assert content_terms("They laid off the drivers", "en")[0] == term
    assert content_terms("the layoffs", "en") == [term] == content_terms("lay off", "en")
    assert content_terms("the bank froze the accounts", "en")[1] == content_terms("freeze", "en")[0]


def test_a_remark_naming_a_union_reaches_uni() -> None:
    english = doc_of(
        "e:1", "e", "The old Soviet Union sent engineers to our port town twice,", lang="en", speaker=MAYOR
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Uni Soviet dulu dua kali mengirim insinyur ke kota pelabuhan kami,",
        lang="id",
        speaker=MAYOR,
    )
    reach = reach_map(english.terms, indonesian.terms)
    assert reach["union"] == frozenset({"uni"})


def test_a_short_report_with_a_word_rendered_by_a_function_word_is_found_in_a_clause() -> None:
    english = doc_of(
        "e:1", "e", "We will repair the existing market stalls,", lang="en", speaker=MAYOR, date=DAY
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Kalau hujan, pedagang kebasahan dan pembeli pergi. Kami akan memperbaiki lapak pasar yang ada,",
        lang="id",
        speaker=MAYOR,
        date=DAY,
    )
    reach = reach_map(english.terms, indonesian.terms)
    assert len(set(english.terms)) == 4  # repair, exist, market, stall
    assert counted_terms(reach, english.terms) == 3  # "yang ada" shows no term for "existing"
    assert matches(english, indonesian)


def test_the_same_short_report_needs_one_speaker_and_a_day() -> None:
    english = doc_of(
        "e:1", "e", "We will repair the existing market stalls,", lang="en", speaker=MAYOR, date=DAY
    )
    text = "Kalau hujan, pedagang kebasahan dan pembeli pergi. Kami akan memperbaiki lapak pasar yang ada,"
    undated = doc_of("i:1", "i", text, lang="id", speaker=MAYOR)
    other = doc_of("i:2", "i", text, lang="id", speaker="Dewi Lestari", date=DAY)
    assert not matches(english, undated)
    assert not matches(english, other)


def test_a_word_the_other_report_shows_still_counts() -> None:
    english = doc_of(
        "e:1", "e", "We will repair the existing market stalls,", lang="en", speaker=MAYOR, date=DAY
    )
    indonesian = doc_of(
        "i:1",
        "i",
        "Keberadaan lapak pasar itu penting bagi pedagang kecil di kota,",
        lang="id",
        speaker=MAYOR,
        date=DAY,
    )
    reach = reach_map(english.terms, indonesian.terms)
    assert counted_terms(reach, english.terms) == 4  # "keberadaan" shows the term: nothing to leave out
    assert not matches(english, indonesian)
