"""Session 27, leads that put their person forward (made-up text): a town and a colon open the
lead (``Jakarta: Presiden Fulan menilai …``, several outlets' datelines), and a short name in
brackets after the full one (``Fulan Hidayat (Fulan) menilai …``) keeps the subject; a clitic
cue after such a lead is that person's."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


_REST = (
    "menilai pelemahan harga gabah tak hanya dialami petani, tetapi juga hampir semua pedagang di pasar.\n\n"
    '"Ini masalah musiman, semua daerah mengalaminya," imbuhnya, usai meninjau pasar di Sukamaju.\n\n'
    '"Kami sudah meminta dinas terkait menyiapkan langkah-langkah," tambah dia.\n'
)


def test_a_clitic_after_a_lead_opened_by_a_town_and_a_colon_is_the_leads_person() -> None:
    body = "Jakarta: Gubernur Fulan Hidayat " + _REST
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_clitic_after_a_lead_whose_subject_has_a_bracketed_short_name_is_that_person() -> None:
    body = "Gubernur Sukamaju Fulan Hidayat (Fulan) " + _REST
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_town_colon_and_a_bracketed_short_name_together() -> None:
    body = "Bandung: Gubernur Fulan Hidayat (Fulan) " + _REST
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_label_and_a_colon_is_no_dateline() -> None:
    # "Pesan Fulan: …" names no town: the words after the colon are no new lead
    body = (
        "Sukamaju - Warga berkumpul di balai desa.\n\n"
        "Fulan: Kami Ingin Jalan Diperbaiki menjadi spanduk warga.\n\n"
        '"Jalan ini sudah rusak sejak lama," ujarnya.\n'
    )
    assert _direct(body) == [None]
