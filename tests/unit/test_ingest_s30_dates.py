"""No invented dates (issue 10, session 30): an address printed in a scrape dates the page it points
to, a copy's original or a reprint's source, not always this one; annotators give such pages no date.
A record's own address field still dates the record. Every fixture is invented."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, LEAD

ADDRESS = "https://kabarcontoh.id/read/2019/01/28/180901510/warga-sukamaju-bersihkan-saluran"


def test_an_address_printed_under_the_story_dates_nothing(tmp_path: Path) -> None:
    article = load(tmp_path, f"{LEAD}\n\n{BODY}\n{ADDRESS}\n")
    assert article.url == ADDRESS
    assert article.date == ""


def test_a_record_s_own_address_field_dates_it(tmp_path: Path) -> None:
    record = {"title": "Warga Sukamaju Bersihkan Saluran", "text": f"{LEAD}\n\n{BODY}", "url": ADDRESS}
    article = load(tmp_path, json.dumps(record) + "\n", name="a.jsonl")
    assert article.date == "2019-01-28"


def test_a_printed_stamp_still_dates_the_page(tmp_path: Path) -> None:
    article = load(tmp_path, f"Senin, 28 Januari 2019 10:00 WIB\n\n{LEAD}\n\n{BODY}\n{ADDRESS}\n")
    assert article.date == "2019-01-28"
