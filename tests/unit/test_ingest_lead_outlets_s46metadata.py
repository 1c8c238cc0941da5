"""The site's name in the lead's slot in shapes no reader took (issue 10, session 46): a listed outlet whose
logo opens in lower case before its edition's domain, a small site's lower-case name run into an outlet word
alone before the dash, and a scrape that dropped the dash after the site's domain (or every space and dash
around a bracketed one). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dateline import parse_dateline
from tests.conftest import load_article
from tests.unit.ingest_pages import IRRIGATION_BODY, IRRIGATION_LEAD, PLANNED_BRIDGE_TITLE


def _page(lead: str) -> str:
    return "\n\n".join([PLANNED_BRIDGE_TITLE, lead, IRRIGATION_BODY])


def test_a_lower_case_logo_before_its_editions_domain_names_the_edition(tmp_path: Path) -> None:
    article = load_article(tmp_path, _page(f"SUKAMAJU, iNews Sukamaju.id - {IRRIGATION_LEAD}"))
    assert article.outlet == "iNews Sukamaju.id"


def test_a_lower_case_word_that_is_no_listed_logo_is_no_dateline_part() -> None:
    assert parse_dateline(f"SUKAMAJU, warga Sukamaju - {IRRIGATION_LEAD}") is None


def test_a_lower_case_site_name_run_into_an_outlet_word_signs_the_lead(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page(f"kabarcontoh – {IRRIGATION_LEAD}")).outlet == "kabarcontoh"
    assert load_article(tmp_path, _page(f"sukaradio – {IRRIGATION_LEAD}")).outlet == "sukaradio"


def test_an_everyday_lower_case_word_before_the_dash_names_nothing(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page(f"pemberitaan – {IRRIGATION_LEAD}")).outlet == ""


def test_a_domain_whose_dash_the_scrape_dropped_opens_the_lead(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page(f"kabarsukamaju.co {IRRIGATION_LEAD}")).outlet == "kabarsukamaju.co"


def test_a_place_run_into_a_bracketed_domain_opens_the_lead(tmp_path: Path) -> None:
    lead = IRRIGATION_LEAD.replace("Warga Desa", "Sukamaju(kabarsukamaju.com)Warga Desa")
    assert load_article(tmp_path, _page(lead)).outlet == "kabarsukamaju.com"


def test_a_domain_opening_a_short_line_is_no_lead(tmp_path: Path) -> None:
    """A headline may open with a site as its subject: only a lead's length of words after it counts."""
    page = "\n\n".join(["kabarsukamaju.co Raih Penghargaan Media Desa", IRRIGATION_LEAD, IRRIGATION_BODY])
    assert load_article(tmp_path, page).outlet == ""


def test_a_capitalised_domain_run_into_a_line_is_a_headlines_subject(tmp_path: Path) -> None:
    page = "\n\n".join([f"Kabarsukamaju.co Raih Penghargaan {IRRIGATION_LEAD}", IRRIGATION_BODY])
    assert load_article(tmp_path, page).outlet == ""
