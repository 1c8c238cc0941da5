"""The brand detector's cue words are data (review, session 30): brand.py read "dilansir", "kepada",
"sumber" … from expressions of its own; they now live in data/ingest_brand_cues.txt, read through the
one loader, so a cue is a line there. Every fixture is invented."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kutip.index.ingest import brand
from kutip.index.language.wordlists import sections
from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
QUOTE = '"Pintu air rusak sejak banjir," kata Kepala Dinas Pengairan Budi Santoso'
CUES = sections("ingest_brand_cues.txt")


def test_every_position_reads_its_cues_from_the_list() -> None:
    assert {"own_sight", "own_sight_after", "cited", "cited_object", "label_line", "bare_label"} <= set(CUES)
    assert all(CUES[name] for name in CUES)


def test_the_detector_spells_no_cue_word_of_its_own() -> None:
    """No string of brand.py's code (docstrings aside) holds a word of the list."""
    tree = ast.parse(Path(brand.__file__).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef) and node.body and isinstance(node.body[0], ast.Expr)
    }
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and node.value not in CUES  # a section's name, as the loader is asked for it
    ]
    for cue in {word for entries in CUES.values() for word in entries}:
        spelled = re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)", re.I)
        assert not any(spelled.search(literal) for literal in literals), cue


@pytest.mark.parametrize("sight", ["dipantau", "ditelusuri", "dirangkum"])
def test_a_listed_sight_word_still_signs(tmp_path: Path, sight: str) -> None:
    line = f"{QUOTE}, {sight} Kabarcontoh.com dari laman resmi pemerintah desa."
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}").outlet == "Kabarcontoh.com"


@pytest.mark.parametrize("cited", ["tayang di", "published  by", "dari  laman"])
def test_a_listed_cue_of_two_words_matches_across_any_spaces(cited: str) -> None:
    story = [LEAD, f"{QUOTE}, {cited} Kabarcontoh.com.", *BODY.split("\n\n")]
    page = [TITLE, *story, "Sumber | : | Kabarcontoh.com |"]
    assert brand.brand_on_page(page, story) == ""
    assert brand.brand_on_page([TITLE, *story[:1], *story[2:], page[-1]], [*story[:1], *story[2:]])
