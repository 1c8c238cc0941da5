"""Session 35, linking speed: what is kept between statements gives the same terms as work done afresh.

The fixtures are made-up sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kutip.index.linking import normalise
from kutip.index.linking.normalise import clause_terms, content_terms

_TEXTS = [
    ("id", "Haruskah kami menunggu? Pemerintah akan diinterview soal anggaran 2,5 juta pekan depan."),
    ("id", "Kami tak bisa janji apa-apa, tapi tiga puluh lima desa sudah menerima bantuan beras."),
    ("id", "Siapapun yang dicancelkan tetap dapat mendaftar ulang di kantor kecamatan."),
    ("en", "The court's decision will carry out what we've promised: 25,000 homes in twenty five towns."),
    ("en", "Women met the minister, and they don't expect the US$30 billion plan to change."),
]


def _fresh_terms(text: str, lang: str, function_words: bool = False) -> list[str]:
    """The terms with every kept word's answer forgotten first."""
    normalise._word_terms.cache_clear()
    return content_terms(text, lang, function_words=function_words)


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
@pytest.mark.parametrize("function_words", [False, True])
def test_kept_word_terms_match_fresh_ones(lang: str, text: str, function_words: bool) -> None:
    fresh = _fresh_terms(text, lang, function_words)
    for other_lang, other in _TEXTS:  # other texts fill the memo with other words and the other language
        content_terms(other, other_lang)
        content_terms(other, other_lang, function_words=True)
    assert content_terms(text, lang, function_words=function_words) == fresh


def test_one_word_in_two_languages_is_kept_apart() -> None:
    normalise._word_terms.cache_clear()
    assert normalise._word_terms("women", "en", False) == ("woman",)
    assert normalise._word_terms("tak", "id", False) == ()  # a function word once its variant is read
    assert normalise._word_terms("tak", "id", True) != ()  # kept when function words are wanted


def test_function_words_and_particles_dropped_as_before() -> None:
    terms = content_terms("Haruskah kami menunggu bantuan?", "id")
    assert "harus" not in terms and "kami" not in terms
    assert clause_terms("Haruskah kami menunggu bantuan?", "id") == [[terms]]
