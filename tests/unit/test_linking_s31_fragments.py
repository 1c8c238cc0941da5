"""Session 31 (issue 10): a two-term English fragment links to an Indonesian report only through
each term's own translations; a term reached only through a synonym of a translation
(``important``: ``penting``, its synonym ``utama``, which is also the stem of ``terutama``,
"especially") is no evidence in two terms (made-up text and speakers)."""

from __future__ import annotations

from kutip.index.linking.bilingual import by_synonym_only, own_translations, translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

DAY = "2024-03-10"
SPEAKER = "Fulan Hidayat"
# thanks to God, "especially this week", and the title: no word of importance
THANKS = (
    "Puji Tuhan, saya bersyukur atas semua yang Tuhan berikan, terutama di minggu ini. "
    "Tidak pernah terbayang bisa jadi juara di turnamen ini."
)


def test_a_synonym_of_a_translation_is_no_translation_of_its_own() -> None:
    (important,) = content_terms("important", "en")
    (utama,) = content_terms("terutama", "id")
    assert utama in translations(important)  # the synonyms widen the reach of a long report
    assert utama not in own_translations(important)
    assert by_synonym_only(important, frozenset({utama}))
    (penting,) = content_terms("penting", "id")
    assert not by_synonym_only(important, frozenset({penting}))
    assert not by_synonym_only(important, frozenset())


def test_a_fragment_resting_on_a_synonym_does_not_link() -> None:
    indonesian = doc_of("i:1", "i", THANKS, lang="id", speaker=SPEAKER, date=DAY)
    english = doc_of(
        "e:1", "e", "Being the champion here is very important", lang="en", speaker=SPEAKER, date=DAY
    )
    assert not matches(english, indonesian) and not matches(indonesian, english)


def test_a_fragment_through_its_own_translations_still_links() -> None:
    indonesian = doc_of(
        "i:1",
        "i",
        THANKS + " Gelar ini sangat penting bagi saya.",
        lang="id",
        speaker=SPEAKER,
        date=DAY,
    )
    english = doc_of(
        "e:1", "e", "Being the champion here is very important", lang="en", speaker=SPEAKER, date=DAY
    )
    assert matches(english, indonesian) and matches(indonesian, english)
