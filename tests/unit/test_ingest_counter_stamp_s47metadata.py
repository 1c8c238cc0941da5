"""A byline, its stamp, a visitor counter and a reading time run together with single spaces ("By Admin 2
Senin, 3 Maret 2025 Pengunjung (12) 2 Mins Read") is the page's stamp (issue 10, session 47): a login's number
run into the weekday, the counter and the reading time are parts beside the date. Made-up lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article


@pytest.mark.parametrize(
    "line",
    [
        "By Admin 2 Senin, 3 Maret 2025 Pengunjung (12) 2 Mins Read",
        "Oleh Redaksi 3 Senin, 3 Maret 2025 Dibaca 120 kali",
        "By Ana Lee Senin, 3 Maret 2025 3 menit baca",
    ],
)
def test_a_stamp_with_its_counters_run_on(line: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == "2025-03-03"


def test_the_run_on_stamp_dates_the_page(tmp_path: Path) -> None:
    page = "\n\n".join(
        [
            "Police Return Seized Farmland To Villagers",
            "By Admin 2 Senin, 3 Maret 2025 Pengunjung (12) 2 Mins Read",
            "Sukamaju - The police handed back forty hectares of seized farmland to villagers on Sunday "
            "(2/3/2025), a week after the court ruled in their favour.",
            '"The land belongs to the farmers again," said Fulan Hidayat, the village head.',
        ]
    )
    assert load_article(tmp_path, page + "\n").date == "2025-03-03"


def test_a_counter_in_running_text_is_no_stamp() -> None:
    assert read_stamp("Museum Sukamaju Senin, 3 Maret 2025 menerima 120 pengunjung dari sekolah") is None
