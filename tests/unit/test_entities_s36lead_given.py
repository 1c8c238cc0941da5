"""A common Indonesian given name alone names no listed figure (session 36, lead).

The figures list gives a lone first word to its figure only where the word is rare as a given
name ("Dwikorita"); an everyday one ("Dyah", "Retno") is anyone's: the woman an article names
only by her given name is not the politician who happens to open with it.
"""

from __future__ import annotations

import pytest

from kutip.index.entities.figure_words import figure_word


@pytest.mark.parametrize("word", ["Dyah", "Retno", "Ridwan", "Susi", "Asep"])
def test_everyday_given_name_names_no_figure(word: str) -> None:
    assert figure_word(word) is None


@pytest.mark.parametrize(
    ("word", "full"), [("Dwikorita", "Dwikorita Karnawati"), ("Khofifah", "Khofifah Indar Parawansa")]
)
def test_rare_first_word_still_names_its_figure(word: str, full: str) -> None:
    assert figure_word(word) == full
