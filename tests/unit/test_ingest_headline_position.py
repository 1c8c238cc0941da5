"""Which head line is the headline, by where it stands: over the date stamp, under a caption or teaser
the scrape put first (issue 10). Every page here is made up."""

from __future__ import annotations

from kutip.index.ingest.headline import detect_title
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _HEADLINE

_LEAD = (
    "Warga desa berkumpul di balai pertemuan untuk membahas rencana pembangunan jembatan baru "
    "yang sudah lama mereka tunggu sejak banjir besar tahun lalu, kata Kepala Desa Fulan Hidayat."
)
_STORY = [
    _LEAD,
    '"Kami ingin jembatan ini selesai sebelum musim hujan," kata Fulan Hidayat kepada wartawan di desa.',
    "Pekerjaan jembatan dimulai pekan depan dengan bantuan warga dari tiga dusun di sekitar sungai.",
]
_CAPTION = "Kepala Desa Fulan Hidayat Meninjau Lokasi Jembatan Baru di Tepi Sungai Sukamaju (Dok. Warga Desa)"


def test_the_line_over_the_writer_and_stamp_beats_a_caption_printed_twice() -> None:
    lines = [_HEADLINE, "Rina Marlina", "20 October 2024 12:00", _CAPTION, _CAPTION, *_STORY]
    assert detect_title(lines)[0] == _HEADLINE


def test_the_headline_over_its_dek_and_stamp_stays_the_headline() -> None:
    dek = "Proyek Ini Ditargetkan Rampung Akhir Tahun Mendatang"
    lines = [_HEADLINE, dek, "Senin, 31 Januari 2011 – 14:05 WIB", *_STORY]
    assert detect_title(lines)[0] == _HEADLINE


def test_a_caption_over_the_headline_and_its_stamp_is_passed_over() -> None:
    caption = (
        "Warga desa bergotong royong mengangkut bambu untuk membangun jembatan darurat di tepi sungai "
        "yang meluap sejak pekan lalu"
    )
    lines = [caption, "", _HEADLINE, "", "OCTOBER 06, 2022", "", *_STORY]
    title, rest = detect_title(lines)
    assert title == _HEADLINE
    assert caption in rest and _HEADLINE not in rest


def test_a_teaser_of_the_lead_over_the_headline_is_passed_over() -> None:
    teaser = _LEAD
    lines = [teaser, "Warga larang truk besar lewat jembatan desa", *_STORY]
    assert detect_title(lines)[0] == "Warga larang truk besar lewat jembatan desa"


def test_a_related_story_under_the_dated_lead_is_no_headline() -> None:
    lead = f"Jakarta (Contoh Wire) - {_LEAD}"
    teaser = "Warga Sukamaju Bangun Balai Desa Baru"
    lines = [lead, "Berita Terkait", "", teaser, "2 September 2013 23:22", *_STORY[1:]]
    assert detect_title(lines)[0] == ""


def test_a_line_over_a_photo_credit_is_a_caption() -> None:
    caption = "Kepala Desa Fulan Hidayat (Kiri) Saat Meninjau Jembatan di Tepi Sungai."
    lines = ["Kamis 28 Jul 2022 17:35 WIB", _HEADLINE, caption, "Foto: istimewa", caption, *_STORY]
    assert detect_title(lines)[0] == _HEADLINE


def test_a_caption_printed_again_with_its_credit_is_passed_over() -> None:
    caption = (
        "Kepala desa Fulan Hidayat saat ditemui di balai desa Sukamaju untuk membicarakan jembatan yang "
        "rusak diterjang banjir, Senin (2/10/2018)."
    )
    headline = "Fulan Hidayat: Jembatan harus selesai sebelum hujan"
    lines = [caption, f"{caption} Contoh.id / Rina Marlina", "BINCANG", "", headline, "", *_STORY]
    assert detect_title(lines)[0] == headline


def test_the_one_sentence_case_line_over_the_lead_is_a_wires_headline() -> None:
    story = [
        "At least 25 villagers were killed when the Sukamaju volcano erupted on Tuesday, officials said.",
        "Rescuers searched the slopes of the volcano for villagers still missing after the eruption.",
    ]
    assert (
        detect_title(["Sukamaju volcano erupts, killing 25", *story])[0]
        == "Sukamaju volcano erupts, killing 25"
    )


def test_a_sentence_case_line_sharing_nothing_with_the_story_is_no_headline() -> None:
    assert detect_title(["Pilihan editor hari ini", *_STORY])[0] == ""
