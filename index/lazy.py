"""Lazy package exports (PEP 562): a package names its public functions in one table and a
submodule is imported only when one of its names is first used.

A one-shot command (``kutip search WORD --json``) opens the façade, which names linking and
people; importing their analysers up front cost about half of its start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports", "lazy_names"]


def lazy_exports(package: str, table: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that loads ``table[name]`` (a submodule) on first
    use and keeps the value in the package, so later lookups are plain attribute reads."""
    return lazy_names(package, {name: f"{package}.{module}" for name, module in table.items()})


def lazy_names(owner: str, table: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for module ``owner`` that re-exports ``name`` from the module
    ``table[name]`` (a full dotted name), imported on first use and then kept in ``owner``."""

    def load(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {owner!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(importlib.import_module(owner), name, value)
        return value

    return load
