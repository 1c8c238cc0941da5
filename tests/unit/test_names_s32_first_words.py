"""A listed figure's first word written alone names the figure only where the word is rare as a given
name: not one of the world's common given names, and not a word the article gives someone else.
Texts and the local people in them are made up; the figures are on the public nickname list."""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.figure_words import FIGURE_CUE, figure_word, other_bearers, type_figure_words
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.related import related_persons
from kutip.index.entities.tagger import Tagging
from kutip.index.language import tokenize


def _figure_cued(text: str, word: str) -> bool:
    """Whether the lone ``word`` (its last occurrence) is typed as a listed figure in ``text``."""
    tokens = tokenize(text)
    at = max(k for k, t in enumerate(tokens) if t.text == word)
    candidate = Candidate(at, at, None, "")
    tagging = Tagging(["O"] * len(tokens), [0.0] * len(tokens), other=[0.0] * len(tokens))
    type_figure_words(tokens, [candidate], lexicon(), tagging)
    return candidate.cue == FIGURE_CUE


def test_a_common_given_name_of_the_world_names_no_figure_alone() -> None:
    assert figure_word("Dedi") is None  # many people's given name, though it opens one listed name
    assert full_name("Dedi Mulyadi") == "Dedi Mulyadi"  # the full name still is the figure
    assert figure_word("Anies") == "Anies Baswedan"  # a rare first word still names its figure


def test_a_related_headline_names_no_figure_by_a_common_given_name() -> None:
    assert related_persons(["Baca juga: Dedi Ditangkap Polisi di Pasar"]) == []
    assert related_persons(["Baca juga: Anies dan Ahok Tak Hadiri Rapat Partai"]) == [
        "Anies Baswedan",
        "Basuki Tjahaja Purnama",
    ]


LOCAL = (
    "Jalan desa di Sukamaju rusak parah sejak musim hujan. Kepala desa Fauzi Rahman sudah melapor ke "
    "kabupaten. Menurut Fauzi, warga terpaksa memutar lewat desa tetangga."
)


def test_a_first_word_the_article_gives_someone_else_is_that_person() -> None:
    assert other_bearers(tokenize(LOCAL)) == frozenset({"fauzi"})
    assert not _figure_cued(LOCAL, "Fauzi")


def test_with_no_other_bearer_the_first_word_is_the_figure() -> None:
    text = "Warga berkumpul di balai desa. Menurut Fauzi, banjir kali ini yang terparah."
    assert other_bearers(tokenize(text)) == frozenset()
    assert _figure_cued(text, "Fauzi")


def test_the_figures_own_name_or_a_headline_verb_is_no_other_bearer() -> None:
    own = "Mantan gubernur Fauzi Bowo hadir. Menurut Fauzi, banjir harus ditangani bersama."
    assert other_bearers(tokenize(own)) == frozenset()
    assert _figure_cued(own, "Fauzi")
    headline = "Harga cabai naik.\nWapres Gibran Tinjau Pasar Cikurubuk\nPedagang mengeluh kepada Gibran."
    assert other_bearers(tokenize(headline)) == frozenset()
    ticket = "Warga mengadukan permasalahan ke Anies Gibran dan pejabat lain. Anies tidak hadir."
    assert "anies" not in other_bearers(tokenize(ticket))  # another figure's word makes no other bearer
