"""The speech verbs live in one list, ``data/speech_verbs.tsv``, read by one loader.

The entity recogniser's older list (``data/gazetteer/speech_verbs.txt``) must lose nothing in
the merge: every verb it knows before or after a speaker is in the one list with that use.
"""

from __future__ import annotations

from importlib import resources

import pytest

from kutip.index.statements.lexicon import lexicon, speech_cues

USES = ("post", "active", "clitic", "passive", "according", "label", "continuing", "opinion", "participle")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kutip.index").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _old_sections() -> dict[str, list[str]]:
    old = resources.files("kutip.index").joinpath("data").joinpath("gazetteer").joinpath("speech_verbs.txt")
    if not old.is_file():
        pytest.skip("the recogniser's old list is gone: nothing left to merge")
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in old.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections.setdefault(current, []).append(line.casefold())
    return sections


def test_every_row_has_a_form_a_language_and_known_uses() -> None:
    for row in _rows("speech_verbs.tsv"):
        assert len(row) == 3, row
        form, lang, uses = row
        assert form == form.strip().casefold() and lang in ("id", "en"), row
        assert all(use.strip() in USES for use in uses.split(",")), row


def test_no_form_is_listed_twice() -> None:
    forms = [row[0] for row in _rows("speech_verbs.tsv")]
    assert len(forms) == len(set(forms))


def test_the_recognisers_old_list_loses_nothing() -> None:
    sections = _old_sections()
    cues = speech_cues()
    missing_before = [w for w in sections.get("before", []) if tuple(w.split()) not in cues.before]
    missing_after = [w for w in sections.get("after", []) if w not in cues.after]
    assert missing_before == [] and missing_after == []


def test_continuing_clitics_are_clitics() -> None:
    lex = lexicon()
    assert lex.continuing and lex.continuing <= lex.clitic
