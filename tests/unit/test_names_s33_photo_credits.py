"""A caption's photo credit in the forms many sites print: "- OUTLET/NAME" on its own line, "Foto:
OUTLET/NAME" (the outlet first), "Foto: NAME/outlet.com" and "... caption/Foto: NAME". Made-up names
and outlets."""

from __future__ import annotations

from kutip.index.ingest.credits import credits_from_lines


def _photo(line: str) -> list[str]:
    return [c.name for c in credits_from_lines([line]) if c.role == "photo"]


def test_a_dash_opens_an_outlet_and_photographer_line() -> None:
    assert _photo("- Contohnews/Fulan Hidayat") == ["Fulan Hidayat"]


def test_the_outlet_before_the_photographer_after_a_label_is_no_person() -> None:
    assert _photo("Foto: Contohnews/Fulan Hidayat") == ["Fulan Hidayat"]
    assert _photo("Foto: Fulan Hidayat/Contohnews") == ["Fulan Hidayat"]


def test_a_site_after_the_photographer() -> None:
    assert _photo("Warga antre bantuan di balai desa. Foto: Badu/Contoh.com") == ["Badu"]


def test_a_label_after_the_captions_slash() -> None:
    assert _photo("Kepala Dinas Sari Dewi di Jakarta/Foto: Fulan Hidayat") == ["Fulan Hidayat"]


def test_no_credit_in_headlines_and_sources() -> None:
    assert credits_from_lines(["- Bertemu Badu/Sari di Solo"]) == []
    assert credits_from_lines(["Foto: Istimewa"]) == []
