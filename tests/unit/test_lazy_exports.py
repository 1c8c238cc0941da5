"""Opening the façade does not import the analysers: linking's updater, the people tables'
writer, statements and the entity tagger load when a writer first asks for them."""

from __future__ import annotations

import subprocess
import sys

import pytest

ANALYSERS = (
    "kutip.index.linking.update",
    "kutip.index.people.update",
    "kutip.index.statements",
    "kutip.index.entities.recognise",
    "kutip.index.ingest",
)


def test_the_facade_leaves_the_analysers_unimported() -> None:
    code = (
        "import sys\n"
        "import kutip.index.facade\n"
        f"print([m for m in {ANALYSERS!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_lazy_names_resolve_to_the_functions_and_stay_bound() -> None:
    from kutip.index import linking, people
    from kutip.index.linking.update import update_links
    from kutip.index.people.update import update_people

    assert linking.update_links is update_links
    assert people.update_people is update_people
    assert callable(linking.clusters) and callable(linking.similarity)  # not their modules
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = people.nothing_here  # type: ignore[attr-defined]
