"""Packaging guards: what setuptools ships must match the folders on disk."""

from __future__ import annotations

import sys
from fnmatch import fnmatch
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[2]
ROOTS = {"index": "kutip.index", "tui": "kutip.tui"}
DATA_FOLDERS = ("index/data", "index/sample")  # code-free packages: files only, no __init__.py


def _config() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _package_of(folder: Path) -> str:
    root, *rest = folder.relative_to(REPO).parts
    return ".".join([ROOTS[root], *rest])


def _code_packages() -> set[str]:
    return {
        _package_of(init.parent) for folder in ROOTS for init in (REPO / folder).rglob("__init__.py")
    }


def _data_packages() -> set[str]:
    found = set()
    for top in DATA_FOLDERS:
        for folder in [REPO / top, *(p for p in (REPO / top).rglob("*") if p.is_dir())]:
            if folder.name != "__pycache__" and any(f.is_file() for f in folder.iterdir()):
                found.add(_package_of(folder))
    return found


def test_every_package_folder_is_listed() -> None:
    """Code packages and data folders alike: an unlisted folder makes setuptools warn and drop it."""
    listed = set(_config()["tool"]["setuptools"]["packages"])
    assert listed == _code_packages() | _data_packages()


def test_every_data_file_is_shipped() -> None:
    package_data = _config()["tool"]["setuptools"]["package-data"]
    for top in DATA_FOLDERS:
        for data_file in (REPO / top).rglob("*"):
            if data_file.is_file() and "__pycache__" not in data_file.parts:
                patterns = package_data.get(_package_of(data_file.parent), [])
                assert any(fnmatch(data_file.name, p) for p in patterns), data_file.relative_to(REPO)
