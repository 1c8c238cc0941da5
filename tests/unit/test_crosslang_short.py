"""Short remarks and single sentences across the languages (fixtures written for kutip: fictional
speakers and remarks): on one day, a short remark translated whole links with fewer shared terms
when nearly all of each side is found in the other, and one report whole inside a run of clauses of
the other's longer quote counts; a topic overlap by the same speaker still does not."""

from __future__ import annotations

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches
from kutip.index.search.stemming import stem_id

COACH = "Bayu Santoso"


def test_a_short_remark_translated_whole_links_on_one_day() -> None:
    day = "2024-03-02"
    english = doc_of("e:1", "e", "Tonight we are happy and proud. It was a great night,", lang="en", speaker=COACH, date=day)
    indonesian = doc_of(
        "i:1", "i", "Malam ini kami senang dan bangga. Ini malam yang hebat,", lang="id", speaker=COACH, date=day
    )
    assert matches(english, indonesian)
    question = doc_of("e:2", "e", "Why don't you ask the farmers of this village?", lang="en", speaker=COACH, date=day)
    answer = doc_of("i:2", "i", "Kenapa Anda tidak bertanya ke petani desa ini?", lang="id", speaker=COACH, date=day)
    assert matches(question, answer)


def test_a_short_remark_without_two_dates_needs_the_whole_bar() -> None:
    # a coach is happy and proud after every win: no date, no link on four words
    english = doc_of("e:1", "e", "Tonight we are happy and proud. It was a great night,", lang="en", speaker=COACH)
    indonesian = doc_of("i:1", "i", "Malam ini kami senang dan bangga. Ini malam yang hebat,", lang="id", speaker=COACH)
    assert not matches(english, indonesian)


def test_a_short_remark_needs_one_speaker() -> None:
    day = "2024-03-02"
    english = doc_of("e:1", "e", "Tonight we are happy and proud. It was a great night,", lang="en", speaker=COACH, date=day)
    indonesian = "Malam ini kami senang dan bangga. Ini malam yang hebat,"
    other = doc_of("i:1", "i", indonesian, lang="id", speaker="Dewi Lestari", date=day)
    nobody = doc_of("i:2", "i", indonesian, lang="id", date=day)
    assert not matches(english, other)
    assert not matches(english, nobody)


def test_a_short_remark_on_the_same_feelings_with_more_said_is_not_it() -> None:
    day = "2024-03-02"
    english = doc_of("e:1", "e", "We are happy and proud of the players,", lang="en", speaker=COACH, date=day)
    longer = doc_of(
        "i:1", "i", "Saya senang dengan latihan pagi ini, tetapi lapangan basah dan bola sering lepas,",
        lang="id", speaker=COACH, date=day,
    )
    assert not matches(english, longer)


def test_one_sentence_inside_a_clause_of_a_long_quote_links() -> None:
    english = doc_of(
        "e:1", "e", "I have to tell you how much Mr. Hasan Basri prepared me,", lang="en", speaker=COACH,
        date="2024-03-02",
    )
    indonesian = doc_of(
        "i:1", "i",
        "Saya harus sampaikan betapa besar Pak Hasan Basri menyiapkan saya, saudara sekalian, beliau sangat teliti, "
        "mungkin karena itu kami kalah dua kali di final, lebih baik belajar dari yang menang",
        lang="id", speaker=COACH, date="2024-03-02",
    )
    assert matches(english, indonesian)


def test_a_sentence_sharing_only_names_with_a_long_quote_does_not_link() -> None:
    english = doc_of(
        "e:1", "e", "Mr. Hasan Basri will visit the stadium next week,", lang="en", speaker=COACH, date="2024-03-02"
    )
    indonesian = doc_of(
        "i:1", "i",
        "Saya harus sampaikan betapa besar Pak Hasan Basri menyiapkan saya, saudara sekalian, beliau sangat teliti, "
        "mungkin karena itu kami kalah dua kali di final, lebih baik belajar dari yang menang",
        lang="id", speaker=COACH, date="2024-03-02",
    )
    assert not matches(english, indonesian)


def test_a_translation_a_variant_folds_keeps_its_stem() -> None:
    # "rasa" alone is folded to "kira" (I think), but "merasa" and "perasaan" keep the root rasa
    assert "rasa" in translations(content_terms("feel", "en")[0])
    assert "pikir" in translations(content_terms("think", "en")[0])
    assert stem_id("perasaan") == stem_id("terasa") == stem_id("merasa") == "rasa"
