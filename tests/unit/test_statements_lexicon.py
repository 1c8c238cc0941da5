"""The speech verbs live in one list, ``data/speech_verbs.tsv``, read by one loader.

The entity recogniser reads the same list: every verb it takes as a cue before or after a
speaker is one the statements extractor knows with that use, so the two can never disagree.
"""

from __future__ import annotations

from importlib import resources

from kutip.index.entities.lexicon import lexicon as entity_lexicon
from kutip.index.statements.lexicon import USES, lexicon, speech_cues


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kutip.index").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_row_has_a_form_a_language_and_known_uses() -> None:
    for row in _rows("speech_verbs.tsv"):
        assert len(row) == 3, row
        form, lang, uses = row
        assert form == form.strip().casefold() and lang in ("id", "en"), row
        assert all(use.strip() in USES for use in uses.split(",")), row


def test_no_form_is_listed_twice() -> None:
    forms = [row[0] for row in _rows("speech_verbs.tsv")]
    assert len(forms) == len(set(forms))


def test_the_recogniser_reads_the_same_list() -> None:
    entities = entity_lexicon()
    cues = speech_cues()
    assert entities.speech_before and entities.speech_after
    assert entities.speech_before <= cues.before
    assert entities.speech_after <= cues.after


def test_continuing_cues_are_speech_verbs() -> None:
    lex = lexicon()
    assert lex.continuing and lex.continuing <= lex.clitic | lex.post | lex.active
    assert {"tambahnya", "added"} <= lex.continuing
