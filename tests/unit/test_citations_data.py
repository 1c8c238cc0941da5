"""BibTeX parsed back by bibtexparser; CSL-JSON validated against a schema."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import bibtexparser
import pytest
from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts
from jsonschema import Draft7Validator

from kutip.index.citations import CitationSource, Quote, cite, export
from kutip.index.citations.data import bibtex_key, unique_keys
from tests.unit.test_citations_styles import BANJIR, HARBOUR, PANGAN, TRANSIT

HOSTILE = CitationSource(
    title='Menlu: {"Indonesia Siap"} & 100% Bantu_#1 ~ ^ \\ Korea?',
    outlet="Warta & Co",
    date="2024-11",
    authors=("Dewi Anggraini", "Fatimah", "Anwar bin Ibrahim"),
    url="https://warta.example/a?b=1&c=%20",
    lang="id",
    accessed=date(2025, 1, 20),
    quote=Quote("Indonesia ingin membantu } tanpa syarat", "Dewi Anggraini", "Menteri Luar Negeri"),
)
ALL = [BANJIR, TRANSIT, PANGAN, HARBOUR, HOSTILE]

# The fields kutip writes, with the types of the CSL 1.0.2 input schema (csl-data.json), closed
# with additionalProperties so a misspelt field fails.
_NAME = {
    "type": "object",
    "properties": {"family": {"type": "string"}, "given": {"type": "string"}, "literal": {"type": "string"}},
    "additionalProperties": False,
    "anyOf": [{"required": ["family"]}, {"required": ["literal"]}],
}
_DATE = {
    "type": "object",
    "properties": {
        "date-parts": {
            "type": "array",
            "minItems": 1,
            "maxItems": 2,
            "items": {"type": "array", "minItems": 1, "maxItems": 3, "items": {"type": "integer"}},
        }
    },
    "required": ["date-parts"],
    "additionalProperties": False,
}
CSL_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9]+$"},
            "type": {"enum": ["article-newspaper", "webpage", "article"]},
            "title": {"type": "string"},
            "container-title": {"type": "string"},
            "author": {"type": "array", "items": _NAME},
            "issued": _DATE,
            "accessed": _DATE,
            "URL": {"type": "string", "pattern": "^https?://"},
            "language": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"},
            "source": {"type": "string"},
            "note": {"type": "string"},
            "custom": {"type": "object"},
        },
        "required": ["id", "type"],
        "additionalProperties": False,
    },
}


def parse_bib(text: str) -> bibtexparser.Library:
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors(), SplitNameParts()])
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    return library


def test_bibtex_parses_and_keeps_fields() -> None:
    library = parse_bib(export(ALL, "bibtex"))
    by_key = {entry.key: entry for entry in library.entries}
    assert list(by_key) == [
        "handayani2024banjir",
        "straits2024jakarta",
        "fatimahndmenlu",
        "lee2024harbour",
        "anggraini2024menlu",
    ]
    banjir = by_key["handayani2024banjir"]
    assert banjir.entry_type == "article"
    assert banjir["journal"] == "Kabar Nusantara" and banjir["month"] == "nov" and banjir["day"] == "12"
    assert banjir["url"] == BANJIR.url and banjir["urldate"] == "2025-01-20"
    assert banjir["langid"] == "indonesian"
    authors = by_key["anggraini2024menlu"]["author"]
    assert [(a.last, a.first) for a in authors] == [
        (["Anggraini"], ["Dewi"]),
        (["{Fatimah}"], []),
        (["{Anwar bin Ibrahim}"], []),
    ]
    harbour = by_key["lee2024harbour"]
    assert "url" not in harbour.fields_dict and harbour["file"] == "/home/r/arsip/harbour.txt"


def test_bibtex_escapes_special_characters() -> None:
    entry = cite(HOSTILE, "bibtex")
    title = next(line for line in entry.splitlines() if line.lstrip().startswith("title"))
    assert r"\textbraceleft{}" in title and r"\textbraceright{}" in title
    assert r"\& 100\% Bantu\_\#1 \textasciitilde{} \textasciicircum{} \textbackslash{}" in title
    assert "url     = {https://warta.example/a?b=1&c=%20}" in entry  # URLs stay verbatim
    assert r"journal = {Warta \& Co}" in entry
    assert entry.count("{") == entry.count("}")


def test_bibtex_keys_are_ascii_and_stable() -> None:
    accented = replace(BANJIR, authors=("Çağrı Öztürk",), title="Éxodo Besar")
    assert bibtex_key(accented) == "ozturk2024exodo"
    assert bibtex_key(accented) == bibtex_key(replace(accented, accessed=date(2030, 1, 1)))
    assert unique_keys(["a", "a", "b", "a"]) == ["a", "ab", "b", "ac"]


def test_outletless_sources_are_online_or_misc() -> None:
    assert cite(replace(BANJIR, outlet=""), "bibtex").startswith("@online{")
    assert cite(replace(HARBOUR, outlet=""), "bibtex").startswith("@misc{")


@pytest.mark.parametrize("source", ALL, ids=lambda s: s.title[:12])
def test_csl_json_matches_the_schema(source: CitationSource) -> None:
    items = json.loads(cite(source, "csl-json"))
    Draft7Validator(CSL_SCHEMA).validate(items)


def test_csl_json_fields() -> None:
    items = json.loads(export(ALL, "csl-json"))
    Draft7Validator(CSL_SCHEMA).validate(items)
    banjir, transit, pangan, harbour, hostile = items
    assert banjir == {
        "id": "handayani2024banjir",
        "type": "article-newspaper",
        "title": "Banjir Rendam Tiga Kecamatan di Bekasi",
        "container-title": "Kabar Nusantara",
        "author": [{"family": "Handayani", "given": "Sari"}],
        "issued": {"date-parts": [[2024, 11, 12]]},
        "URL": "https://kabarnusantara.example/banjir-bekasi",
        "accessed": {"date-parts": [[2025, 1, 20]]},
        "language": "id",
    }
    assert "author" not in transit and pangan["author"] == [{"literal": "Fatimah"}]
    assert "issued" not in pangan
    assert "URL" not in harbour and "accessed" not in harbour  # a local file has no URL nor access date
    assert harbour["source"] == "Archived file: /home/r/arsip/harbour.txt"
    assert hostile["issued"] == {"date-parts": [[2024, 11]]}
    assert hostile["custom"]["speaker"] == "Dewi Anggraini"


def test_schema_check_can_fail() -> None:
    from jsonschema import ValidationError

    with pytest.raises(ValidationError):
        Draft7Validator(CSL_SCHEMA).validate([{"id": "x", "type": "article-newspaper", "author": "Fatimah"}])


def test_an_article_naming_no_outlet_says_so_where_the_format_has_a_note() -> None:
    unnamed = CitationSource(
        title="Warga Bersihkan Irigasi", date="2024-06-03", path="/arsip/irigasi.txt", accessed=date(2025, 1, 20)
    )
    entry = parse_bib(cite(unnamed, "bibtex")).entries[0]
    assert entry["note"] == "the article names no outlet"
    item = json.loads(cite(replace(unnamed, date=""), "csl-json"))[0]
    Draft7Validator(CSL_SCHEMA).validate([item])
    assert item["note"] == "n.d.: the article states no date; the article names no outlet"
    for named in (replace(unnamed, outlet="Kabar Nusantara"), replace(unnamed, url="https://kabar.example/a")):
        assert "names no outlet" not in cite(named, "bibtex") + cite(named, "csl-json")
