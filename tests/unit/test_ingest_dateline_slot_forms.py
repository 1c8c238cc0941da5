"""Two more ways sites write their name in the dateline's slot over the lead (issue 10): alone in
brackets as a wire writes "(AP) —", and in capitals closed by a full stop. Made-up names and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.outlets import is_outlet_name
from tests.conftest import load_article

_LEAD = (
    "Warga Desa Sukamaju berkumpul di balai desa untuk membahas rencana pembangunan jembatan baru yang "
    "sudah lama mereka tunggu."
)


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        (f"(Kabarcontoh ID) – {_LEAD}", "Kabarcontoh ID"),
        (f"(Warta Contoh Today) — {_LEAD}", "Warta Contoh Today"),
        (f"MEDIA CONTOH. {_LEAD}", "MEDIA CONTOH"),
    ],
)
def test_a_site_name_in_the_dateline_slot(paragraph: str, outlet: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is not None and dateline.outlet == outlet


@pytest.mark.parametrize(
    "paragraph",
    [
        f"(Foto) – {_LEAD}",  # a label
        f"(Rilis) – {_LEAD}",  # an everyday word
        f"(ABC) – {_LEAD}",  # a bare acronym may be anything
        f"(Jakarta) – {_LEAD}",  # a place
        "(Kabarcontoh ID) – Warga Berkumpul",  # a headline's tail, no lead
    ],
)
def test_a_bracket_that_names_no_site(paragraph: str) -> None:
    dateline = parse_dateline(paragraph)
    assert dateline is None or not dateline.outlet


def test_a_place_in_capitals_closed_by_a_stop_is_a_dateline_without_an_outlet() -> None:
    dateline = parse_dateline(f"JAKARTA. {_LEAD}")
    assert dateline is not None and dateline.place == "JAKARTA" and not dateline.outlet


@pytest.mark.parametrize("paragraph", ["ILUSTRASI. Jembatan Desa", "Jakarta. Warga berkumpul di balai desa."])
def test_a_stop_after_a_caption_label_or_a_short_sentence_is_no_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


@pytest.mark.parametrize("place", ["MOUNT CONTOH", "GUNUNG CONTOH", "PULAU CONTOH", "Lake Contoh"])
def test_a_landforms_name_beside_a_known_place_is_where_it_was_filed(place: str) -> None:
    dateline = parse_dateline(
        f"{place}, Indonesia -- More than 100 villagers left their homes near the slope."
    )
    assert dateline is None or not dateline.outlet


def test_a_picture_file_name_run_into_a_domain_is_no_site(tmp_path: Path) -> None:
    lead = "IMG_20240101_101010KABARCONTOH.CO.ID ,Sukamaju. Warga desa berkumpul di balai desa untuk membahas jembatan."
    page = f"Warga Sukamaju Bahas Jembatan Baru\n\n{lead}\n\nPembangunan dimulai pekan depan oleh warga.\n"
    assert load_article(tmp_path, page).outlet == ""
    assert not is_outlet_name("IMG_20240101_101010KABARCONTOH.CO.ID")
