"""The stemmer's own algorithm (search/stemmer/) is part of the analysis fingerprint.

Its stems fill the search index, the stems table and the linker's terms: an archive built with other
stems must be re-analysed, so every module of the package has to be read by the fingerprint.
"""

from __future__ import annotations

from pathlib import Path

from kutip.index import analysis


def test_every_stemmer_module_is_fingerprinted() -> None:
    package = Path(analysis.__file__).parent / "search" / "stemmer"
    modules = sorted(
        f"search/stemmer/{path.name}" for path in package.glob("*.py") if path.name != "__init__.py"
    )
    assert modules, "the stemmer package holds its algorithm"
    assert set(modules) <= set(analysis._MODULES)
