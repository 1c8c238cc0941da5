"""Fixtures shared by the whole suite."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kutip.index.models import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TOOLS = REPO / "tools"


def load_article(tmp_path: Path, text: str, name: str = "a.txt") -> Article:
    """The first article ingest reads from ``text`` written to a file (``name`` picks the format)."""
    from kutip.index.ingest import load_file  # ingest is heavy: only tests that read files pay for it

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_file(path).articles[0]


def load_tool(name: str) -> ModuleType:
    """A script of ``tools/`` loaded as a module (its own imports of the tools beside it resolve)."""
    sys.path.insert(0, str(TOOLS))
    try:
        spec = importlib.util.spec_from_file_location(f"tools_{name}", TOOLS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


# Folders whose tests draw whole screens or run the analysis over real corpora.
SLOW_FOLDERS = ("snapshots", "accuracy")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/snapshots and tests/accuracy is ``slow``: ``-m "not slow"`` keeps the
    unit and pilot tests for a quick loop; ``make test`` runs them all."""
    for item in items:
        if item.path.parent.name in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real archive, settings or clipboard fallback."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KUTIP_INDEX", str(home / "index"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TMUX", raising=False)


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` (seeds, gold, scorer); tests that need it skip where it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path)
    return path
