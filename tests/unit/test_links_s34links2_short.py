"""Session 34, second links round: a bare answer the outlet's gloss gives its words, a three-term
translation found whole in one clause of a longer quote, and ``developed`` reaching ``maju``
(fixtures written for kutip: fictional speakers and remarks)."""

from __future__ import annotations

from kutip.index.linking.bilingual import reach_map
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches, quoted_terms

SPEAKER = "Fulan Hidayat"
BARE = "Semuanya (pedagang kaki lima, tanpa kecuali),"
LONG_ID = (
    "Kalau buruh mogok, itu hak buruh karena terganggu. Kenapa mereka mogok, karena upahnya belum dibayar. "
    "Kami tetap membuka pintu dialog dengan serikat pekerja"
)


def test_a_bare_answer_keeps_the_gloss_that_holds_its_words() -> None:
    terms = [t for sentence in quoted_terms(BARE, "id") for clause in sentence for t in clause]
    assert terms == content_terms("pedagang kaki lima, tanpa kecuali", "id")
    assert doc_of("a:0", "a", BARE, speaker=SPEAKER).terms


def test_a_quote_with_words_of_its_own_still_drops_the_gloss() -> None:
    text = "Kami undang Bu Ratna (Kepala Dinas Pasar) ke rapat besok"
    terms = [t for sentence in quoted_terms(text, "id") for clause in sentence for t in clause]
    assert "dinas" not in terms and "rapat" in terms


def test_two_outlets_copying_a_bare_glossed_answer_link() -> None:
    one = doc_of("a:0", "a", BARE, speaker=SPEAKER, date="2024-03-05")
    two = doc_of("b:0", "b", BARE, speaker=SPEAKER, date="2024-03-05")
    assert matches(one, two)


def test_a_three_term_translation_inside_one_clause_of_a_longer_quote_links() -> None:
    indonesian = doc_of("a:0", "a", LONG_ID, speaker=SPEAKER, date="2024-03-05")
    english = doc_of(
        "b:0", "b", "Workers have the right to strike,", lang="en", speaker=SPEAKER, date="2024-03-05"
    )
    assert matches(indonesian, english)


def test_the_three_terms_need_one_known_day_and_every_term() -> None:
    indonesian = doc_of("a:0", "a", LONG_ID, speaker=SPEAKER, date="2024-03-05")
    undated = doc_of("b:0", "b", "Workers have the right to strike,", lang="en", speaker=SPEAKER)
    assert not matches(indonesian, undated)
    one_missing = doc_of(
        "b:1", "b", "Workers have the right to travel,", lang="en", speaker=SPEAKER, date="2024-03-05"
    )
    assert not matches(indonesian, one_missing)


def test_developed_reaches_maju() -> None:
    english = tuple(content_terms("a developed country", "en"))
    indonesian = tuple(content_terms("negara maju", "id"))
    reach = reach_map(english, indonesian)
    assert all(reach.get(term) for term in english)


def test_all_right_is_no_right() -> None:
    """Saying "that's all right" names no right: a short quote about a right is not inside such a remark."""
    terms = content_terms("Even if we lose the case, that's all right", "en")
    assert "right" not in terms
    assert "right" in content_terms("Workers have the right to strike", "en")
    long_en = doc_of(
        "a:0",
        "a",
        "Let them take us to court. Even if we lose the case, that's all right, the workers will strike",
        lang="en",
        speaker=SPEAKER,
    )
    short_en = doc_of("b:0", "b", "Workers have the right to strike,", lang="en", speaker=SPEAKER)
    assert not matches(long_en, short_en)
