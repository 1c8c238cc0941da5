"""The linker's English stem finishes Porter's step 1b, so one verb in two tenses is one term.

The search index keeps the plain stem (its stored terms were made with it); the linker, whose
bilingual lexicon lists one form of each verb, needs ``running`` and ``run`` to meet.
"""

from __future__ import annotations

from kutip.index.search.stemming import stem_en, stem_en_mended


def test_the_doubled_consonant_an_ending_leaves_is_undoubled() -> None:
    for word, base in [("running", "run"), ("stopped", "stop"), ("planning", "plan"), ("getting", "get")]:
        assert stem_en_mended(word) == stem_en_mended(base) == stem_en(base)
    assert stem_en("running") != stem_en("run")  # the search index's stem is left as it was


def test_the_e_porter_restores_is_restored() -> None:
    assert stem_en_mended("criticized") == stem_en_mended("criticize") == stem_en("criticize")
    assert stem_en_mended("fabricated") == stem_en("fabricate")


def test_words_that_keep_their_double_letters() -> None:
    assert stem_en_mended("falling") == "fall"  # l, s and z stay doubled
    assert stem_en_mended("added") == stem_en("add")  # a three-letter word's own double letter
    assert stem_en_mended("agreed") == stem_en("agreed")
