"""Stamps a page prints in shapes the date readers did not take (issue 10, session 44): a time zone with
its offset and no clock time, a site's name run into a month-first date by a hyphen, and a machine date
label followed by a menu button's word. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dates import read_stamp, split_date_label
from tests.conftest import load_article
from tests.unit.ingest_pages import HARVEST_MORE, HARVEST_TITLE

_LEAD = "SUKAMAJU - Petani di tiga desa memanen jagung dua pekan lebih awal karena hujan tak kunjung turun."
_EN_TITLE = "Villagers bring the maize harvest forward as the dry season bites"
_EN_LEAD = (
    "Farmers in three villages of Sukamaju regency began cutting their maize two weeks early this year, "
    "saying the rains had failed and the stalks would not last another fortnight in the fields."
)
_EN_MORE = "\n\n“We could not wait any longer,” said Fulan Hidayat, who farms two hectares near the river.\n"


def test_a_zone_with_its_offset_and_no_clock_time_is_part_of_the_stamp() -> None:
    stamp = read_stamp("Published on 03/10/2031 GMT+7")
    assert stamp is not None and stamp.iso == "2031-10-03"
    bulleted = read_stamp("  • Published on 03/10/2031 UTC+07:00")
    assert bulleted is not None and bulleted.iso == "2031-10-03"


def test_a_bulleted_published_line_under_the_headline_dates_an_english_page(tmp_path: Path) -> None:
    page = "\n\n".join(
        [_EN_TITLE, "  • Published on 03/10/2031 GMT+7", "  • Reading time 2 minutes", _EN_LEAD, _EN_MORE]
    )
    assert load_article(tmp_path, page).date == "2031-10-03"


def test_a_site_name_run_into_a_month_first_date_by_a_hyphen_is_a_stamp(tmp_path: Path) -> None:
    stamp = read_stamp("Contoh Post-October 3, 2031")
    assert stamp is not None and stamp.iso == "2031-10-03"
    page = "\n\n".join(["Contoh Post-October 3, 2031", _EN_LEAD, _EN_MORE])
    assert load_article(tmp_path, page).date == "2031-10-03"


def test_a_hyphen_inside_a_word_before_a_month_reads_no_stamp() -> None:
    assert read_stamp("Harvest starts mid-October 3, 2031 says the cooperative") is None


def test_a_date_label_before_a_menu_button_keeps_the_date_alone() -> None:
    assert split_date_label("date 2031-10-03 menu") == ["date 2031-10-03"]
    # a lower-case word that is no furniture is left with the label, as before
    assert split_date_label("date 2031-10-03 panen") == ["date 2031-10-03 panen"]


def test_a_date_label_before_a_menu_button_dates_the_page(tmp_path: Path) -> None:
    page = "\n\n".join([" date 2031-10-03 menu", HARVEST_TITLE, _LEAD, HARVEST_MORE])
    assert load_article(tmp_path, page).date == "2031-10-03"
