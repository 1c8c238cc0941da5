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
