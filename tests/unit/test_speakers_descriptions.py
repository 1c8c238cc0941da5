"""Speakers written as a role, a description, a rank before the name or a pronoun after an
introduction: made-up passages in ``fixtures/speakers/descriptions.txt``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_speakers_clitics import Case, direct_speakers, load_cases

CASES = load_cases(Path(__file__).parents[1] / "fixtures" / "speakers" / "descriptions.txt")

KNOWN_MISSES: dict[str, str] = {}  # case name -> why it fails today (xfail); empty: every case passes


def _marked(case: Case) -> object:
    reason = KNOWN_MISSES.get(case.name)
    return pytest.param(case, id=case.name, marks=pytest.mark.xfail(reason=reason) if reason else ())


def test_fixture_has_enough_cases() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", [_marked(c) for c in CASES])
def test_description_resolves_to_the_introduced_person(case: Case) -> None:
    assert tuple(direct_speakers(case)) == case.expect
