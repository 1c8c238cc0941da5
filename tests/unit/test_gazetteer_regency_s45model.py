"""A North Sumatra regency the places gazetteer lacked (issue 10, session 45): a dateline that pairs a
small site's one-word name with the regency ("Contohwarta, Simalungun - …") names its outlet only when
the regency is a known place, the known place being the evidence for the other part. It is a rule place
(``gazetteer/rule_places.tsv``): in places.tsv its "place" feature moved the retrained CRF (NERGrit
persons 0.821 -> 0.809). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.entities.lexicon import lexicon
from kutip.index.ingest.dateline import is_place, parse_dateline
from tests.conftest import load_article

_LEAD = (
    "Ratusan petani di sebuah nagori memanen jagung lebih awal karena hujan turun terlambat tahun ini, "
    "kata seorang penyuluh kepada wartawan."
)


def test_the_regency_is_a_known_place() -> None:
    assert is_place("Simalungun")


def test_a_dateline_beside_the_regency_names_its_outlet() -> None:
    dateline = parse_dateline(f"Contohwarta, Simalungun - {_LEAD}")
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == ("Simalungun", "Contohwarta")


def test_a_page_opening_with_that_dateline_carries_its_outlet(tmp_path: Path) -> None:
    page = f"Petani Memanen Jagung Lebih Awal\n\nContohwarta, Simalungun - {_LEAD}\n"
    assert load_article(tmp_path, page).outlet == "Contohwarta"


def test_a_rule_place_sets_no_tagger_feature() -> None:
    assert ("simalungun",) in lexicon().rule_entries  # the features skip these (features._lists)
