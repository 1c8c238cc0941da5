"""Metadata a page states where no reader looked (issue 10, session 46): a byline's stamp followed by a page
template's closing tag the scrape kept, and a caption crediting its picture to a listed outlet alone
at the end of a caption longer than a credit line ("<headline> (Foto: Contoh)"), the only name of the site
on the page. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article
from tests.unit.ingest_pages import IRRIGATION_BODY, IRRIGATION_LEAD, PLANNED_BRIDGE_TITLE

_STAMP = "Oleh Tim Redaksi Contoh — Kamis, 4 September 2031 10:05 WIB"


def test_a_stamp_followed_by_a_templates_closing_tag_is_still_a_stamp() -> None:
    for tail in ("; ?>", " ?>", " -->"):
        stamp = read_stamp(_STAMP + tail)
        assert stamp is not None and stamp.iso == "2031-09-04"


def test_a_byline_stamp_with_a_templates_tag_dates_the_page(tmp_path: Path) -> None:
    page = "\n\n".join(
        [PLANNED_BRIDGE_TITLE, _STAMP + "; ?>", f"SUKAMAJU - {IRRIGATION_LEAD}", IRRIGATION_BODY]
    )
    assert load_article(tmp_path, page).date == "2031-09-04"


def _captioned(credit: str) -> str:
    """The headline printed again as its picture's caption, longer than a credit line."""
    caption = f"{PLANNED_BRIDGE_TITLE} Setelah Banjir Besar Pekan Lalu di Hulu Sungai ({credit})"
    return "\n\n".join([PLANNED_BRIDGE_TITLE, caption, f"SUKAMAJU - {IRRIGATION_LEAD}", IRRIGATION_BODY])


def test_a_picture_credited_to_a_listed_outlet_alone_names_the_site(tmp_path: Path) -> None:
    assert load_article(tmp_path, _captioned("Foto: Tempo")).outlet == "Tempo"


def test_a_picture_credited_to_a_wire_or_a_person_names_no_site(tmp_path: Path) -> None:
    assert load_article(tmp_path, _captioned("Foto: Antara")).outlet == ""
    assert load_article(tmp_path, _captioned("Foto: Fulan Hidayat")).outlet == ""
