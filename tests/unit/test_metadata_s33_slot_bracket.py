"""The bracket closing a lead's dateline slot (session 33, issue 10): wires and the sites that copy their
dateline set their own name there ("Kota (Contoh) –"), whatever its shape: a handle in lower case, a
desk's name that the story writes again. The slot's other parts are places and dates, a town the
gazetteer lacks counting as a place before the province it lies in; a lead may open with a long name in
capitals before its first lower-case word. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline_slot import outlet_in_slot
from tests.conftest import load_article
from tests.unit.ingest_pages import FERTILISER_LEAD as _LEAD
from tests.unit.ingest_pages import FERTILISER_MORE as _MORE

_HEAD = "Petani Keluhkan Pupuk Langka\n\n"


@pytest.mark.parametrize(
    ("slot", "outlet"),
    [
        ("Tanjungpinang, (kabarpesisir) – P", "kabarpesisir"),  # a handle after a place in title case
        ("Palu (Humas Sulteng) - P", "Humas Sulteng"),  # a desk's name and its province, written again
    ],
)
def test_the_name_in_the_slots_closing_bracket_is_the_outlet(tmp_path: Path, slot: str, outlet: str) -> None:
    page = f"{_HEAD}{slot}{_LEAD}\n\nKepala Humas Sulteng Fulan Hidayat membenarkan hal itu.{_MORE}"
    assert load_article(tmp_path, page).outlet == outlet


def test_a_town_before_its_province_and_a_long_capitalised_opening(tmp_path: Path) -> None:
    lead = (
        "Contohsari, Babel, 20/1 (Antara) - Kepolisian Resor Teluk Contoh Besar, Kabupaten Bangka Tengah, "
        "melakukan pencarian para nelayan yang diduga hilang setelah kapalnya ditemukan karam."
    )
    assert load_article(tmp_path, f"{lead}{_MORE}").outlet.casefold() == "antara"


@pytest.mark.parametrize(
    "slot",
    [
        "Sleman (DIY) - P",  # a region
        "Sukamaju (30/1/2018) - P",  # a date
        "Sukamaju (Foto) - P",  # a caption's word
        "Sukamaju (ADVERTORIAL) - P",  # a label
        "Jakarta (KPK) - P",  # a body the story is filed under, in a slot with no date
        "Jakarta (kiri ke kanan) - P",  # a caption's words
        "Sukamaju (Joko Widodo) - P",  # a person
    ],
)
def test_no_outlet_in_the_bracket(slot: str) -> None:
    assert outlet_in_slot([f"{slot}{_LEAD}"]) == ""
