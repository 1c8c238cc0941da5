"""The one loader for every bundled word list, in one format.

A list is a UTF-8 file under ``kutip/index/data``: one entry a line, blank lines and
lines starting with ``#`` ignored, optional ``[section]`` lines grouping the entries,
tab-separated cells where a list is a table. Files are read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from kutip.index.language.fold import fold

__all__ = ["folded_set", "lines", "phrase_alternatives", "sections"]


@cache
def _read(path: str) -> tuple[str, ...]:
    folder = resources.files("kutip.index").joinpath("data")
    for part in path.split("/"):
        folder = folder.joinpath(part)
    text = folder.read_text(encoding="utf-8")
    entries = (line.rstrip("\r").rstrip() for line in text.splitlines())
    return tuple(line for line in entries if line.strip() and not line.lstrip().startswith("#"))


def lines(path: str) -> list[str]:
    """The entries of the list at ``path`` (relative to ``data/``, e.g. ``"gazetteer/titles.txt"``)."""
    return list(_read(path))


def sections(path: str) -> dict[str, list[str]]:
    """The entries of a sectioned list, by section name ("" for entries before the first section)."""
    found: dict[str, list[str]] = {}
    current = ""
    for line in _read(path):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
        else:
            found.setdefault(current, []).append(stripped)
    return found


@cache
def folded_set(path: str, section: str | None = None) -> frozenset[str]:
    """The folded single entries of a list (or of one section of it), for membership tests."""
    entries = lines(path) if section is None else sections(path).get(section, [])
    return frozenset(fold(entry.strip()) for entry in entries)


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of a list's phrases, longest first (so "kepala desa" wins over "kepala"),
    each phrase's words apart by any run of white space (a scrape breaks lines inside a title)."""
    ordered = sorted((p.strip() for p in phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in ordered)
