"""The outlet in a lead's dateline slot, read by structure (issue 10, session 32): whatever marks a template
sets between the parts (a bar run into the lead, a slash, a wire's slashes), the one part that is neither
a place nor a date and has an outlet's shape is the outlet; a lead set deep in the page or after a glued
intro is read too, for a listed outlet or a web address only. Run over every page of the pool, the reader
names the gold outlet on 251 pages of 26 sets and another on none but five where it reads a short form
('AP', 'Kompas') that readers before it spell out. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dateline_slot import date_in_slot, outlet_in_slot
from tests.conftest import load_article
from tests.unit.ingest_pages import FERTILISER_LEAD as _LEAD
from tests.unit.ingest_pages import FERTILISER_MORE as _MORE

_HEAD = "Petani Sukamaju Keluhkan Pupuk Langka\n\n"


@pytest.mark.parametrize(
    ("slot", "outlet"),
    [
        ("SUKAMAJU, KBN |P", "KBN"),  # a bar run into the lead
        ("KABARCONTOH.CO/SUKAMAJU - P", "Kabarcontoh.co"),  # the site's address and its place by a slash
        ("SUKAMAJU, March 3. /KBN/. P", "KBN"),  # a wire's slashes and stop after the place and day
    ],
)
def test_the_one_outlet_shaped_part_of_the_slot_is_the_outlet(tmp_path: Path, slot: str, outlet: str) -> None:
    page = f"{_HEAD}{slot}{_LEAD}{_MORE}"
    assert load_article(tmp_path, page).outlet == outlet


def test_an_acronym_the_story_writes_again_is_its_subject_not_its_outlet() -> None:
    body = [f"SUKAMAJU, KBN |P{_LEAD}", "Ketua KBN Fulan Hidayat menyebut stok pupuk cukup."]
    assert outlet_in_slot(body) == ""


def test_a_slot_of_two_names_or_a_headlines_rest_names_nothing() -> None:
    assert outlet_in_slot([f"KBN, KWT |P{_LEAD}"]) == ""  # no place: which is whose?
    assert outlet_in_slot(["SUKAMAJU, KBN | Pupuk Langka Lagi"]) == ""


_LOGIN = (
    "\n\n".join(
        [
            "Lupa Kata Sandi? Klik di Sini",
            "Kami telah mengirimkan tautan aktivasi melalui surel ke alamat Anda.",
            "Klik tautan aktivasi dan dapatkan akses membaca dua artikel gratis setiap bulan.",
            "Belum menerima surel? Periksa folder spam atau kirim ulang tautan aktivasi.",
            "Masuk dengan akun Anda untuk menyimpan artikel dan mengikuti topik pilihan.",
            "Dengan mendaftar Anda menyetujui syarat dan ketentuan serta kebijakan privasi.",
            "Langganan digital memberi akses penuh ke arsip dan edisi cetak terbaru.",
            "Pilih paket langganan bulanan atau tahunan sesuai kebutuhan Anda.",
            "Pembayaran dapat dilakukan melalui transfer bank atau dompet digital.",
            "Hubungi layanan pelanggan jika Anda mengalami kendala saat mendaftar.",
        ]
    )
    + "\n\n"
)


def test_a_lead_under_a_login_form_is_read_for_a_listed_outlet_or_address(tmp_path: Path) -> None:
    page = f"{_LOGIN}Kabarcontoh.com, Jakarta - P{_LEAD}{_MORE}"
    assert load_article(tmp_path, page).outlet == "Kabarcontoh.com"


def test_a_lead_after_a_glued_intro_is_read_for_a_listed_outlet() -> None:
    body = [f"Kami tidak akan berhenti. Tidak ada jalan mundur. Jakarta (ANTARA) - P{_LEAD}"]
    assert outlet_in_slot(body).casefold() == "antara"


def test_teasers_of_two_outlets_deep_in_the_page_name_neither() -> None:
    body = [
        "Warga berkumpul di balai desa sejak pagi untuk mendengar penjelasan petugas.",
        "Petugas membagikan kupon kepada warga yang sudah terdaftar di kantor desa.",
        "Pembagian berlangsung tertib hingga siang hari menurut kepala desa.",
        f"Kabarcontoh.com, Jakarta - P{_LEAD}",
        f"Contohwarta.id, Bandung - P{_LEAD}",
    ]
    assert outlet_in_slot(body) == ""


_EN_LEAD = (
    "Fulan Hidayat won the country's first gold medal of the games after a long climb that the crowd "
    "followed in silence."
)


@pytest.mark.parametrize(
    ("slot", "date"),
    [
        ("Paris, France, August 8, 2024: ", "2024-08-08"),  # a colon for the dash
        ("Bandung,kabarcontoh.com – 15 November 2024 – ", "2024-11-15"),  # the date after the site's address
    ],
)
def test_a_full_date_in_the_slot_dates_the_page(tmp_path: Path, slot: str, date: str) -> None:
    page = f"Fulan Hidayat Wins Gold\n\n{slot}{_EN_LEAD}\n\n“It was hard,” he said.\n"
    assert load_article(tmp_path, page).date == date


def test_a_slot_without_a_year_dates_nothing() -> None:
    assert date_in_slot([f"Paris, France, August 8: {_EN_LEAD}"]) == ""


@pytest.mark.parametrize(
    "slot",
    [
        "NEW YORK, NY —",  # two letters: a state's or a country's
        "JAKARTA, KPK –",  # a body the gazetteer knows, in a slot with no date: filed under it
        "JAKARTA, HUMAS –",  # an everyday word in capitals (public relations)
    ],
)
def test_a_state_a_body_or_a_word_in_capitals_is_no_outlet(slot: str) -> None:
    assert outlet_in_slot([f"{slot} {_EN_LEAD}"]) == ""
