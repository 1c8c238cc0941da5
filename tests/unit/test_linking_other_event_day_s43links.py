"""A date the attribution gives another event, not the remark (session 43, links; fixtures written
for kutip: fictional speakers, places and remarks).

"..., announced on Thursday that the flood on March 2 ..." names the remark's day by its weekday;
the date without a weekday of its own is the flood's. Read as the remark's day it set an English
report 14 days from its Indonesian copies (``occasions.days_apart``), and which of them met the
cluster first decided whether the remark linked."""

from __future__ import annotations

from datetime import date

from kutip.index.linking.occasions import stated_day


def _said(before: str, after: str = "") -> int:
    text = f'{before}"We will rebuild the bridge,"{after}'
    return stated_day(text, text.index('"') + 1, text.index(',"'), lang="en", reference="2024-03-15")


def _said_id(after: str) -> int:
    text = f'"Jembatan akan kami bangun lagi,"{after}'
    return stated_day(text, 1, text.index(',"'), reference="2024-03-15")


def test_a_date_beside_another_weekday_is_another_events_day() -> None:
    assert _said("The regent announced on Thursday that the flood on March 2 had cut the road, saying ") == 0
    assert _said_id(" kata Bupati Warsito, Kamis, soal banjir pada 2 Maret lalu.") == 0
    assert _said_id(" kata Bupati Warsito, Kamis, soal banjir 2 Maret 2024.") == 0  # a Saturday


def test_a_date_alone_or_with_its_own_weekday_still_dates_the_remark() -> None:
    assert date.fromordinal(_said("The regent said on March 2 that ")).isoformat() == "2024-03-02"
    thursday = _said("The regent said on Thursday, March 14, that ")
    assert date.fromordinal(thursday).isoformat() == "2024-03-14"
    # the weekday written apart fits the date: both name the remark's day
    found = _said_id(" kata Bupati Warsito saat ditemui, Kamis, di sela kunjungannya ke Desa Lor, 14 Maret 2024.")
    assert date.fromordinal(found).isoformat() == "2024-03-14"
