"""A body's fields listed with commas close with "dan" whether a comma stands before it or not ("Badan
Meteorologi, Klimatologi dan Geofisika"): no field of the list is a person (issue 9, names session 34).
Made-up sentences around a body the gazetteer lists."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _people(body: str) -> list[str]:
    return [e.name for e in recognise(body, "id") if e.type is EntityType.PERSON]


def test_the_last_field_before_dan_needs_no_comma() -> None:
    body = "Kepala Badan Meteorologi, Klimatologi dan Geofisika (BMKG) Sari Dewi mengatakan hujan turun."
    assert _people(body) == ["Sari Dewi"]


def test_the_listed_form_with_a_comma_before_dan_still_reads() -> None:
    body = "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Sari Dewi mengatakan hujan turun."
    assert _people(body) == ["Sari Dewi"]


def test_a_person_after_a_comma_is_no_field() -> None:
    body = "Rapat dihadiri Kepala Badan Pengawas, Fulanto Hidayat, pada Senin."
    assert "Fulanto Hidayat" in _people(body)
