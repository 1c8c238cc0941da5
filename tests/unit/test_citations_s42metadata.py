"""Session 42: a citation of an article that names no outlet (and has no web address) says so in the
outlet's place in every style, as BibTeX and CSL-JSON say it in their note. Titles are made up."""

from __future__ import annotations

import pytest

from kutip.index.citations import CitationSource, cite

_UNNAMED = CitationSource(
    title="Warga Sukamaju Perbaiki Jembatan Desa",
    date="2024-11-12",
    authors=("Ana Lestari",),
    lang="id",
    path="/arsip/sukamaju/jembatan.txt",
)
_UNSIGNED = CitationSource(title="Bridge Reopens in Sukamaju", lang="en", path="/arsip/sukamaju/bridge.txt")


@pytest.mark.parametrize(
    ("style", "note"),
    [
        ("plain", "[media tidak disebutkan]"),
        ("markdown", r"\[media tidak disebutkan\]"),
        ("apa", "[Outlet not named]"),
        ("mla", "[Outlet not named]"),
        ("chicago", "[Outlet not named]"),
        ("bibtex", "the article names no outlet"),
        ("csl-json", "the article names no outlet"),
    ],
)
def test_every_style_says_the_article_names_no_outlet(style: str, note: str) -> None:
    assert note in cite(_UNNAMED, style)


def test_chicago_says_it_in_the_note_and_the_bibliography_signed_or_not() -> None:
    for source in (_UNNAMED, _UNSIGNED):
        lines = cite(source, "chicago").splitlines()
        note, bibliography = lines[0], lines[-1]
        assert "[Outlet not named]" in note and "[Outlet not named]" in bibliography


def test_english_prose_says_it_in_english() -> None:
    assert "[outlet not named]" in cite(_UNSIGNED, "plain")


def test_a_named_outlet_or_a_web_address_carries_no_such_note() -> None:
    named = CitationSource(title="Bridge Reopens", outlet="Kabar Sukamaju", lang="en", path="/a.txt")
    linked = CitationSource(title="Bridge Reopens", url="https://kabarsukamaju.example/bridge", lang="en")
    for source in (named, linked):
        for style in ("plain", "markdown", "apa", "mla", "chicago"):
            assert "not named" not in cite(source, style)
