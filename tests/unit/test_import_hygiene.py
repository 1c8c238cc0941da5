"""Import hygiene: the archive side loads without the reader, Textual, Rich or the clipboard.

import-linter checks static imports; this checks what actually lands in ``sys.modules``
when every module of ``kutip.index`` is imported in a fresh interpreter, so a lazy import
inside a function or a plugin hook cannot drag the terminal stack into scripts and workers.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import kutip.index

_PROBE = """
import importlib, json, pkgutil, sys
import kutip.index
names = [m.name for m in pkgutil.walk_packages(kutip.index.__path__, "kutip.index.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "loaded": sorted(sys.modules)}))
"""

_FORBIDDEN_ROOTS = ("textual", "rich", "pyperclip", "kutip.tui")


def _probe() -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=120)
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_every_archive_module_imports_without_the_terminal_stack() -> None:
    found = _probe()
    expected = {m.name for m in pkgutil.walk_packages(kutip.index.__path__, "kutip.index.")}
    assert set(found["modules"]) == expected
    assert "kutip.index.facade" in expected
    leaked = [
        name
        for name in found["loaded"]
        if any(name == root or name.startswith(root + ".") for root in _FORBIDDEN_ROOTS)
    ]
    assert leaked == []


_NEUTRAL_PROBE = """
import json, sys
import kutip.index.search.check, kutip.index.search.engine, kutip.index.search.parse
import kutip.index.search.people, kutip.index.search.snippets, kutip.index.search.tree
import kutip.index.search.typing
from kutip.index.search.parse import parse_query
parse_query('banjir person:"Fulan Hidayat" date:2024-11 OR "harga beras"')
print(json.dumps(sorted(sys.modules)))
"""


def test_the_query_language_and_the_engine_protocol_need_no_whoosh() -> None:
    """Only ``kutip.index.search.whoosh_engine`` may load Whoosh: parsing a query and the
    protocol an engine implements stay engine-neutral (import-linter checks the static side)."""
    done = subprocess.run(
        [sys.executable, "-c", _NEUTRAL_PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert [name for name in loaded if name == "whoosh" or name.startswith("whoosh.")] == []
    assert "kutip.index.search.tree" in loaded
