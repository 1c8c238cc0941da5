"""The people tables' fingerprint: when the code or data that make them change, they are rebuilt.

That is this package and its data, and the statement modules it reads (a body's headlines and
paragraphs), with every statement module those import and the word lists they load. The
modules are found by reading the imports, so a new one is covered without anyone listing it.
Reading them parses ~50 modules' source (0.1 s of CPU); :func:`people_stamp` is what an
unchanged re-run asks instead: the sizes and times of every file the fingerprint could read.
"""

from __future__ import annotations

import ast
import hashlib
import os
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable  # importlib.resources.abc from Python 3.11 on

_STATEMENTS = "kutip.index.statements"
STAMPED = ("people", "data/people", "statements", "data", "data/language")
"""Folders whose files the fingerprint may read: people's code and data, every statement module and
the folders of the statement lexicon's data files (``statements.lexicon.DATA_FILES``, one of them in
``data/language``); a test keeps the two lists in step."""


def _statement_imports(source: str, *, inside_statements: bool) -> set[str]:
    """The statement modules (file names without ``.py``) that ``source`` imports; relative
    imports count only ``inside_statements``. A name taken from the package itself is its
    ``__init__``'s (the package's own start-up, run by any import, is no reading of it)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {m for a in node.names if (m := _module_in(a.name)) is not None}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                name = _module_in(node.module or "")
            elif node.level == 1 and inside_statements:
                name = (node.module or "__init__").split(".")[0]
            else:
                continue
            if name == "__init__":
                found |= {"__init__", *(a.name for a in node.names)}
            elif name is not None:
                found.add(name)
    return found


def _module_in(dotted: str) -> str | None:
    """``layout`` of ``kutip.index.statements.layout``, ``__init__`` of the package, else None."""
    if dotted == _STATEMENTS:
        return "__init__"
    if dotted.startswith(_STATEMENTS + "."):
        return dotted[len(_STATEMENTS) + 1 :].split(".", maxsplit=1)[0]
    return None


def statement_modules(root: Traversable) -> list[str]:
    """The statement modules the people package imports, and those they import, by file name."""
    pending = [
        name
        for entry in (root / "people").iterdir()
        if entry.name.endswith(".py")
        for name in _statement_imports(entry.read_text(encoding="utf-8"), inside_statements=False)
    ]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        source = root / "statements" / f"{name}.py"
        if name in seen or not source.is_file():
            continue  # a name imported from the package itself, not a module
        seen.add(name)
        pending.extend(_statement_imports(source.read_text(encoding="utf-8"), inside_statements=True))
    return sorted(seen)


def fingerprint(root: Traversable) -> str:
    """The fingerprint of the people tables' code and data under ``root`` (``kutip.index``)."""
    digest = hashlib.sha256()
    for folder in (root / "people", root / "data" / "people"):
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
    from kutip.index.statements.lexicon import DATA_FILES as LEXICON_FILES  # only when hashed

    modules = statement_modules(root)
    read = [root / "statements" / f"{name}.py" for name in modules]
    if "lexicon" in modules:
        read += [root / "data" / name for name in LEXICON_FILES]
    for entry in read:
        digest.update(f"statements:{entry.name}".encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


@cache
def people_version() -> str:
    """The fingerprint of the installed package (see :func:`fingerprint`)."""
    return fingerprint(resources.files("kutip.index"))


def stamp(root: str | os.PathLike[str]) -> str:
    """Names, sizes and modification times of every file :func:`fingerprint` may read under
    ``root`` (a superset: all statement modules and every file of :data:`STAMPED`'s data folders).
    While it is unchanged, so is the fingerprint; an edit, a checkout or a new install changes it."""
    digest = hashlib.sha256()
    for folder in STAMPED:
        with os.scandir(os.path.join(root, folder)) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
                    info = entry.stat()
                    digest.update(f"{folder}/{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def people_stamp() -> str | None:
    """The installed package's :func:`stamp`; ``None`` when it is not in plain files (a zip):
    the fingerprint is then computed every time."""
    root = resources.files("kutip.index")
    return stamp(root) if isinstance(root, os.PathLike) else None
