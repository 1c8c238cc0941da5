"""The people tables' fingerprint covers every statement module the people package reads."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from kutip.index.people.version import fingerprint, people_version, statement_modules

INDEX = Path(str(resources.files("kutip.index")))


def _imported_by_text(root: Path) -> set[str]:
    """Statement modules named in people's imports and, in turn, in theirs (read as plain text)."""
    named = set()
    for source in (root / "people").glob("*.py"):
        named |= set(re.findall(r"kutip\.index\.statements\.(\w+) import", source.read_text()))
    seen: set[str] = set()
    while named:
        name = named.pop()
        if name in seen:
            continue
        seen.add(name)
        named |= set(re.findall(r"^from \.(\w+) import", (root / "statements" / f"{name}.py").read_text(), re.M))
    return seen


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "index"
    for part in ("people", "statements", "data"):
        shutil.copytree(INDEX / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_every_statement_module_people_imports_is_fingerprinted() -> None:
    read = _imported_by_text(INDEX)
    assert {"layout", "text"} <= read
    assert read <= set(statement_modules(resources.files("kutip.index")))


def test_the_installed_version_is_the_fingerprint_of_the_package() -> None:
    people_version.cache_clear()  # a value cached earlier in the run may predate an edit of the checkout
    assert people_version() == fingerprint(INDEX)


def test_editing_any_statement_module_people_reads_changes_the_fingerprint(tree: Path) -> None:
    before = fingerprint(tree)
    for name in statement_modules(tree):
        source = tree / "statements" / f"{name}.py"
        text = source.read_text()
        source.write_text(text + "# edited\n")
        assert fingerprint(tree) != before, name
        source.write_text(text)
    assert fingerprint(tree) == before


def test_the_word_lists_the_lexicon_loads_are_fingerprinted(tree: Path) -> None:
    before = fingerprint(tree)
    with (tree / "data" / "speech_lexicon.tsv").open("a") as f:
        f.write("role\tpenjaga\n")
    assert fingerprint(tree) != before


def test_a_statement_module_people_does_not_read_leaves_it_alone(tree: Path) -> None:
    assert "attribution" not in statement_modules(tree)
    before = fingerprint(tree)
    with (tree / "statements" / "attribution.py").open("a") as f:
        f.write("# edited\n")
    assert fingerprint(tree) == before


def test_a_new_import_from_statements_is_covered_without_listing_it(tree: Path) -> None:
    (tree / "people" / "quoting.py").write_text("from kutip.index.statements.marks import quotations\n")
    assert "marks" in statement_modules(tree)
    before = fingerprint(tree)
    with (tree / "statements" / "marks.py").open("a") as f:
        f.write("# edited\n")
    assert fingerprint(tree) != before
