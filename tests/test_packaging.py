"""Packaging guards: what setuptools ships must match the folders on disk."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[1]
ROOTS = {"index": "kutip.index", "tui": "kutip.tui"}


def _config() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed() -> None:
    listed = set(_config()["tool"]["setuptools"]["packages"])
    on_disk = set()
    for folder, package in ROOTS.items():
        for init in (REPO / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(REPO / folder)
            on_disk.add(".".join([package, *relative.parts]))
    assert listed == on_disk


def test_every_data_folder_is_shipped() -> None:
    patterns = _config()["tool"]["setuptools"]["package-data"]["kutip.index"]
    for data_file in (REPO / "index" / "data").rglob("*"):
        if data_file.is_file():
            relative = data_file.relative_to(REPO / "index").as_posix()
            assert any(Path(relative).match(p) for p in patterns), relative
