"""The Indonesian stemmer keeps roots that end in -i/-is, and listed words keep their own stem.

Sastrawi cut ``menangis`` (cry) to ``menang`` (win): search for one found the other, and the
linker took two unrelated remarks for rewordings. Changing stems must re-analyse old archives.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kutip.index import analysis
from kutip.index.search import stemming
from kutip.index.search.stemming import stem_id


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("menangis", "tangis"),  # not menang (win)
        ("menangisnya", "tangis"),
        ("berbaris", "baris"),  # not bar
        ("melukis", "lukis"),
        ("bertani", "tani"),  # not tan
        ("menipis", "tipis"),
        ("kemenangan", "menang"),  # the real -an and ke- still go
        ("mengatasi", "atas"),  # and a real -i
        ("mencintai", "cinta"),
        ("menemani", "teman"),  # listed
        ("pemerintah", "pemerintah"),  # the government, not an order
        ("menyetujui", "setuju"),
        ("pemilu", "pemilu"),
    ],
)
def test_roots_are_not_cut_short(word: str, stem: str) -> None:
    assert stem_id(word) == stem


def test_the_exception_list_is_language_data() -> None:
    listed = stemming._exceptions()
    assert listed["pemerintah"] == "pemerintah"
    assert all(word.isalpha() and stem.isalpha() for word, stem in listed.items())


def test_the_stemmer_is_part_of_the_analysis_fingerprint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # an archive indexed with other stems is re-analysed: the fingerprint reads the stemmer's source
    assert "search/stemming.py" in analysis._MODULES
    analysis.analysis_version.cache_clear()  # a value cached earlier in the run may predate an edit
    before = analysis.analysis_version()
    real = Path(stemming.__file__).read_bytes()
    copy = tmp_path / "kutip_index"
    shutil.copytree(
        Path(analysis.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "whoosh")
    )

    class Root:
        def joinpath(self, *parts: str) -> Path:
            return copy.joinpath(*parts)

        def __truediv__(self, part: str) -> Path:
            return copy / part

    monkeypatch.setattr(analysis.resources, "files", lambda _package: Root())
    analysis.analysis_version.cache_clear()
    try:
        assert analysis.analysis_version() == before  # the copy fingerprints as the package does
        (copy / "search" / "stemming.py").write_bytes(real + b"\n# another rule\n")
        analysis.analysis_version.cache_clear()
        assert analysis.analysis_version() != before
    finally:
        analysis.analysis_version.cache_clear()
