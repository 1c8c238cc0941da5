"""The measuring harness of tools/train_tagger.py writes test sentences as news punctuates them."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "train_tagger.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_tagger", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def join(tool: ModuleType, gaps: list[str]) -> str:
    text, quotes = "", 0
    for k, gap in enumerate(gaps):
        written, quotes = tool._written(gap, quotes)
        text += (written if k else written.lstrip()) + f"w{k}"
    return text


def test_closing_marks_follow_the_word_and_opening_marks_precede_it(tool: ModuleType) -> None:
    assert join(tool, ["", " ", " .", " (", " ),"]) == "w0 w1. w2 (w3), w4"


def test_hyphens_and_slashes_join_words(tool: ModuleType) -> None:
    assert join(tool, ["", " -", " /"]) == "w0-w1/w2"


def test_quotation_marks_open_and_close_by_their_count(tool: ModuleType) -> None:
    assert join(tool, ["", ' "', " ", ' "']) == 'w0 "w1 w2" w3'
