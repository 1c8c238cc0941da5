"""One name shown for an outlet the archive spells two ways (tui.outlet_names). Invented outlets."""

from __future__ import annotations

from kutip.index.facade import ArticleSummary
from kutip.tui.outlet_names import named_alike, one_name_each

SPELLED = "Kantor Berita Cendana (KBC)"


def test_an_acronym_and_its_spelled_out_name_show_as_the_spelled_out_name() -> None:
    names = one_name_each(["KBC", SPELLED, "KBC", "Warta Lumbung", ""])
    assert names == {"KBC": SPELLED}


def test_the_name_without_its_acronym_joins_too() -> None:
    assert one_name_each([SPELLED, "Kantor Berita Cendana"]) == {"Kantor Berita Cendana": SPELLED}


def test_spellings_in_other_capitals_show_as_the_most_used_one() -> None:
    names = one_name_each(["Kabarsenja.com", "KabarSenja.com", "KabarSenja.com", "KBC"])
    assert names == {"Kabarsenja.com": "KabarSenja.com"}


def test_an_acronym_spelled_in_other_capitals_joins_the_spelled_out_name() -> None:
    assert one_name_each(["Kbc", "KBC", SPELLED]) == {"Kbc": SPELLED, "KBC": SPELLED}


def test_outlets_that_merely_share_words_or_brackets_stay_apart() -> None:
    assert one_name_each(["Warta Kota", "Warta Kota Raya", "Radio Suara (Jakarta)", "Jakarta"]) == {}
    assert one_name_each(["Kantor (KB)", "KB"]) == {}  # one word is no spelled-out name


def test_rows_take_the_one_name_and_the_others_stay_the_same_objects() -> None:
    rows = [
        ArticleSummary(id="a", title="Satu", outlet="KBC", date="2025-02-01", path="/a"),
        ArticleSummary(id="b", title="Dua", outlet=SPELLED, date="2025-02-02", path="/b"),
    ]
    named = named_alike(rows, one_name_each(row.outlet for row in rows))
    assert [row.outlet for row in named] == [SPELLED, SPELLED]
    assert named[1] is rows[1] and named[0].id == "a"
