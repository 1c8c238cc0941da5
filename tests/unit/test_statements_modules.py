"""Issue 14: no module of the statement parser or the people package runs past ~400 lines."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

INDEX = Path(str(resources.files("kutip.index")))
MAX_LINES = 400


@pytest.mark.parametrize("package", ["statements", "people"])
def test_every_module_is_small(package: str) -> None:
    long = {
        p.name: n
        for p in sorted((INDEX / package).glob("*.py"))
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long
