"""A site's domain in the lead's slot behind the furniture a scrape leaves there (issue 10, session 31):
an image's markup and bar, a labelled year and month, the page's stamp with its section run into the
domain; the place in brackets after the domain; the logo's capitals run into the lead with no mark.
Read on f1 and h1; e2's page of the shape names the network's domain. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.lead_site import lead_site
from tests.conftest import load_article
from tests.unit.ingest_pages import PLANNED_BRIDGE_LEAD as _LEAD
from tests.unit.ingest_pages import PLANNED_BRIDGE_MORE as _STORY
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _TITLE


@pytest.mark.parametrize(
    ("lead_line", "outlet"),
    [
        (f"Daerah Jumat, 14 Feb 2025 10:06 WIBkabarcontoh.com - {_LEAD}", "kabarcontoh.com"),
        (f"Senin, 3 Maret 2025 | 08:15 WIB kabarcontoh.com - {_LEAD}", "kabarcontoh.com"),
        (f"![]() | WARTACONTOH.CO.ID (SUKAMAJU) – {_LEAD}", "Wartacontoh.co.id"),
        (f"date 2025-04 sukamaju.kabarcontoh.com, SUKAMAJU - {_LEAD}", "sukamaju.kabarcontoh.com"),
        (f"WARTACONTOH.CO.ID {_LEAD}", "Wartacontoh.co.id"),
    ],
)
def test_a_domain_behind_the_scrapes_furniture_names_the_site(
    tmp_path: Path, lead_line: str, outlet: str
) -> None:
    assert load_article(tmp_path, f"{_TITLE}\n\n{lead_line}\n\n{_STORY}\n").outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        # a domain in title case opening a sentence is its subject; only a logo's capitals sign unmarked
        f"Kabarcontoh.com Raih Penghargaan {_LEAD}",
        # a headline, not a lead, in capitals
        "WARTACONTOH.CO.ID Raih Penghargaan Media",
        # words before the stamp are a sentence, not a section's label
        f"Menurut laporan pada Jumat, 14 Feb 2025 10:06 WIB kabarcontoh.com - {_LEAD}",
        # a date with no time is no stamp
        f"Jumat, 14 Feb 2025 kabarcontoh.com - {_LEAD}",
        # a credit under a bare label, bulleted
        "  • kabarcontoh.com",
    ],
)
def test_a_domain_in_a_sentence_headline_or_credit_is_still_no_site(line: str) -> None:
    assert lead_site([_TITLE, "Sumber :", line, _LEAD]) == ""


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("KC.id  Kabar Contoh -", "Kabar Contoh"),
        (f"KC.id  Kabar Contoh - {_LEAD}", "Kabar Contoh"),
    ],
)
def test_a_short_domain_names_the_site_by_the_name_spelled_out_after_it(line: str, outlet: str) -> None:
    assert lead_site([_TITLE, line, _LEAD]) == outlet


def test_a_short_domain_before_a_place_names_nothing() -> None:
    assert lead_site([_TITLE, f"KC.id Sukamaju - {_LEAD}"]) == ""
