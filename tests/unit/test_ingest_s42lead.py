"""A photo caption's day is not the day of the event the story reports (session 42, from the links
engineer's request: a caption's date filed an undated page's quotes months from other reports)."""

from __future__ import annotations

from kutip.index.ingest.boilerplate import is_caption
from kutip.index.ingest.metadata import event_date

_CAPTION = "[Ilustrasi] Petugas memeriksa pintu air di Desa Sukamaju, Kamis (2/3/2023). FOTO CONTOH/Ani Lestari"
_LEAD = "Bupati Rina Kartika meninjau tanggul pada Selasa (14/5/2024) bersama warga."


def test_a_square_bracketed_label_marks_a_caption() -> None:
    uncredited = "[Ilustrasi] Petugas memeriksa pintu air di Desa Sukamaju."
    assert is_caption(uncredited)
    assert is_caption(uncredited.replace("[Ilustrasi]", "(Ilustrasi)"))
    assert not is_caption(_LEAD)


def test_the_event_date_skips_a_caption_before_the_lead() -> None:
    assert event_date([_CAPTION, _LEAD]) == "2024-05-14"


def test_a_caption_alone_gives_no_event_date() -> None:
    assert event_date([_CAPTION]) == ""
