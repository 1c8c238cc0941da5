"""The language layer: one fold, one tokeniser, one loader, and word lists that agree."""

from __future__ import annotations

from kutip.index import names, stopwords
from kutip.index.entities import tokens as entity_tokens
from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, folded_set, lines, sections, tokenize, words


def test_fold_folds_case_apostrophes_and_accents() -> None:
    assert fold("PIÑAS") == fold("pinas") == "pinas"
    assert fold("O’Brien") == "o'brien"
    assert fold("Ma’ruf") == fold("Ma'ruf")


def test_old_import_paths_are_the_same_functions() -> None:
    assert entity_tokens.fold is fold
    assert entity_tokens.tokenize is tokenize
    assert names.fold is fold
    assert stopwords.load_word_list("outlets.txt") == [line.strip() for line in lines("outlets.txt")]


def test_loader_skips_comments_and_reads_sections() -> None:
    assert not any(line.lstrip().startswith("#") for line in lines("gazetteer/titles.txt"))
    cues = sections("gazetteer/cues.txt")
    assert "di" in cues["place_preps"]


def test_every_title_and_portfolio_is_written_folded() -> None:
    for path in ("gazetteer/titles.txt", "gazetteer/portfolios.txt", "language/calendar.txt"):
        for entry in lines(path):
            assert fold(entry) == entry, f"{path}: {entry!r} is not written in folded form"


def test_no_word_is_both_a_title_and_a_first_name() -> None:
    single_titles = {key[0] for key in lexicon().titles if len(key) == 1}
    assert not single_titles & first_names()


def test_calendar_words_are_no_first_names() -> None:
    calendar = folded_set("language/calendar.txt", "weekdays") | folded_set("language/calendar.txt", "months")
    assert {"senin", "juli", "tuesday"} <= calendar
    assert not calendar & first_names()


def test_rank_abbreviations_do_not_end_a_sentence() -> None:
    found = tokenize("Kapolda Irjen Pol. Fulan Hidayat datang.")
    fulan = next(t for t in found if t.text == "Fulan")
    assert not fulan.sentence_start


def test_words_splits_like_the_tokeniser() -> None:
    text = "Kombes Pol. Badu Wirawan (Liputan6.com) di Rusia-Korea."
    assert words(text) == [t.text for t in tokenize(text)]
