"""A stamp line that labels one of its dates as the publication's (issue 10): the labelled date is the
story's, an unlabelled day before it is the page's header banner. Made-up lines."""

from __future__ import annotations

import pytest

from kutip.index.ingest.dates import read_stamp, split_date_label


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Sat, January 6, 2018 Published on Jan. 5, 2018", "2018-01-05"),
        (
            "Sat, January 6, 2018 Published on Jan. 5, 2018 Published on 2018-01-05T16:42:14+07:00",
            "2018-01-05",
        ),
        ("Senin, 8 Januari 2024 | Diterbitkan 5 Januari 2024, 10:15 WIB", "2024-01-05"),
        # no label: the first date stands
        ("Senin, 8 Januari 2024 | 10:15 WIB", "2024-01-08"),
        ("Published on Jan. 5, 2018 Updated Jan. 7, 2018", "2018-01-05"),
    ],
)
def test_a_labelled_publication_date_wins_in_its_stamp(line: str, iso: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and stamp.iso == iso


@pytest.mark.parametrize(
    ("line", "iso", "outlet"),
    [
        # a scrape that ran the year into the clock time, and the update label into the zone
        ("March 6, 20245:12 AM GMT+7Updated 2 hours ago", "2024-03-06", ""),
        ("Contoh.com, 6 Maret 2024, 10:15 WIB", "2024-03-06", "Contoh.com"),
        ("Diunggah 6 Maret 2024", "2024-03-06", ""),
        ("Ditayangkan 6 Maret 2024, 10:15 WIB", "2024-03-06", ""),
    ],
)
def test_more_stamp_forms(line: str, iso: str, outlet: str) -> None:
    stamp = read_stamp(line)
    assert stamp is not None and (stamp.iso, stamp.outlet) == (iso, outlet)


def test_digits_that_only_look_like_a_year_and_a_time_are_no_stamp() -> None:
    assert read_stamp("Kode 202410:15") is None


def test_a_date_label_glued_to_a_headline_that_opens_with_a_number_is_split_off() -> None:
    assert split_date_label("date 2023-06-08 7 Penyanyi Sukamaju Gelar Konser") == [
        "date 2023-06-08",
        "7 Penyanyi Sukamaju Gelar Konser",
    ]
