"""The bundled gazetteers and word lists: they load, and aliases meet their entry."""

from __future__ import annotations

from importlib import resources

import pytest

from kutip.index.entities import canonical_place, lookup
from kutip.index.entities.lexicon import lexicon
from kutip.index.models import EntityType


@pytest.mark.parametrize(
    ("alias", "indonesian", "english"),
    [
        ("AS", "Amerika Serikat", "United States"),
        ("United States", "Amerika Serikat", "United States"),
        ("Korut", "Korea Utara", "North Korea"),
        ("North Korea", "Korea Utara", "North Korea"),
        ("DPRK", "Korea Utara", "North Korea"),
        ("Korsel", "Korea Selatan", "South Korea"),
        ("Tiongkok", "China", "China"),
        ("Moscow", "Moskow", "Moscow"),
    ],
)
def test_place_aliases_resolve_per_language(alias: str, indonesian: str, english: str) -> None:
    assert canonical_place(alias) == indonesian
    assert canonical_place(alias, "en") == english
    entry = lookup(alias)
    assert entry is not None and entry.type is EntityType.PLACE


@pytest.mark.parametrize(
    ("alias", "indonesian"),
    [("UE", "Uni Eropa"), ("EU", "Uni Eropa"), ("PBB", "Perserikatan Bangsa-Bangsa"), ("AP", "Associated Press")],
)
def test_organisation_aliases(alias: str, indonesian: str) -> None:
    entry = lookup(alias)
    assert entry is not None and entry.type is EntityType.ORGANIZATION
    assert entry.name("id") == indonesian


def test_capital_only_aliases_do_not_catch_ordinary_words() -> None:
    assert lookup("As") is None
    assert lookup("us") is None
    assert lookup("Who") is None
    assert lookup("Nato") is not None  # long acronyms are also written in title case


def test_unknown_names_come_back_unchanged() -> None:
    assert canonical_place("Kota Antah Berantah") == "Kota Antah Berantah"
    assert lookup("Menlu") is None


def test_titles_are_data_not_entities() -> None:
    lex = lexicon()
    assert ("menlu",) in lex.titles
    assert ("sekretaris", "jenderal") in lex.titles
    assert ("presiden",) in lex.titles


def test_every_data_file_loads_without_stray_columns() -> None:
    folder = resources.files("kutip.index").joinpath("data").joinpath("gazetteer")
    names = {entry.name for entry in folder.iterdir()}
    assert {"places.tsv", "organizations.tsv", "titles.txt", "common.txt", "cues.txt"} <= names
    for table in ("places.tsv", "organizations.tsv"):
        for line in folder.joinpath(table).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                assert 1 <= len(line.split("\t")) <= 3, f"{table}: {line!r}"


def test_lexicon_is_loaded_once() -> None:
    assert lexicon() is lexicon()
