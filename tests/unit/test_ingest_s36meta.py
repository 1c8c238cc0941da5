"""Session 36 metadata forms (made-up pages): a stamp's clock on a line of its own, "today" glossed with its date."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.dates import find_dates
from tests.conftest import load_article as load_text
from tests.unit.ingest_pages import volleyball_page

# A freed pilot's story, for a writer's bio under it; a river cleaned, for a line under its lead.
_PILOT_FREED = (
    "Pilot Freed After Months in the Highlands\n\n"
    "A pilot held for months in the highlands was freed on Saturday and flown to the provincial capital.\n\n"
    "His family thanked the officials who had negotiated his release over many months of talks.\n\n"
)
_RIVER_CLEANUP = (
    "Warga Sukamaju Bersihkan Sungai\n\n"
    "Warga Desa Sukamaju membersihkan sungai dari sampah plastik pada Minggu pagi bersama aparat desa.\n\n"
)


def test_clock_on_its_own_line_times_the_stamp(tmp_path: Path) -> None:
    """ "09:15" over "3 Juni 2024": the stamp is timed, so a caption's older day does not make it a banner."""
    text = volleyball_page("09:15\n\n3 Juni 2024")
    assert load_text(tmp_path, text).date == "2024-06-03"


def test_date_alone_without_clock_long_after_the_lead_stays_a_banner(tmp_path: Path) -> None:
    """The same page without the clock line: an untimed day months after the lead's is a 'today' banner."""
    text = volleyball_page("3 Juni 2024")
    assert load_text(tmp_path, text).date == ""


@pytest.mark.parametrize(
    "lead",
    [
        "Sidang gugatan warga yang dijadwalkan hari ini, Senin (8/7/2024) di pengadilan kota ditunda sepekan.",
        "Wali kota mencoba naik bus kota pada Rabu (10/7/2024) hari ini bersama para pegawainya.",
        "Bupati melantik tiga kepala dinas baru pada hari ini, Selasa, 9 Juli 2024 di pendapa kabupaten.",
    ],
)
def test_today_glossed_with_its_date_dates_the_event_only(tmp_path: Path, lead: str) -> None:
    """ "hari ini, Senin (8/7/2024)": the phrase dates the event; the lead may run unchanged the next day."""
    article = load_text(
        tmp_path, f"{lead}\n\nWarga menyambut baik keputusan itu dan berharap pelayanan menjadi lebih cepat."
    )
    assert article.date == ""
    assert article.event_date == next(find_dates(lead)).iso


def test_promo_for_the_sites_app_is_no_title(tmp_path: Path) -> None:
    """ "Baca artikel Contoh Kita lainnya di Contoh App" over a page with no headline line is a promo."""
    text = (
        "Baca artikel Contoh Kita lainnya di Contoh App\n\n"
        "Warga Desa Sukamaju memperbaiki saluran irigasi yang rusak akibat banjir pekan lalu bersama aparat desa.\n\n"
        "Kepala desa mengatakan perbaikan ditargetkan selesai sebelum musim tanam berikutnya dimulai."
    )
    article = load_text(tmp_path, text)
    assert "Contoh App" not in article.title
    assert "Contoh App" not in article.body


def test_labelled_video_headline_on_the_first_line(tmp_path: Path) -> None:
    """ "VIDEO : …" as the page's first real line is its headline when the story shares some of its words,
    even where the story retells it in other words; lower down a promo needs half its words shared."""
    text = (
        "Hiburan\n"
        "VIDEO : Inilah Candaan Pelawak Budi Santoso yang Membuatnya Terancam Dilaporkan\n"
        "Pelawak Budi Santoso kembali tersandung masalah setelah guyonannya di sebuah acara televisi.\n"
        "Dalam video di atas, guyonan Budi itu ada di menit keempat dan membuat banyak penonton kesal.\n"
        "Sejumlah pihak menilai Budi bisa dilaporkan ke polisi karena ucapannya menyinggung profesi lain."
    )
    assert load_text(tmp_path, text).title.startswith("VIDEO : Inilah Candaan")


@pytest.mark.parametrize(
    ("bio", "outlet"),
    [
        ("Budi Hartono is Editor-in-Chief of Sayapweb. He has flown for 20 years.", "Sayapweb"),
        (
            "Budi Hartono is a senior reporter at The Jakarta Post, where he covers aviation.",
            "The Jakarta Post",
        ),
        # an expert's bio names no newsroom
        ("Budi Hartono is a senior lecturer at Sukamaju University. He studies aviation safety.", ""),
    ],
)
def test_writers_bio_names_the_newsroom(tmp_path: Path, bio: str, outlet: str) -> None:
    text = _PILOT_FREED + bio
    assert load_text(tmp_path, text).outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Baca Juga  Bupati Minta Warga Jaga Kebersihan Sungai Selama Musim Hujan",
        "Baca berita dengan sedikit iklan, klik disini",
        "Untuk jadwal lengkap pertandingan, klik di sini",
        "2 dari 3 halaman",
        "Load more",
    ],
)
def test_unmarked_teasers_and_link_lines_leave_the_body(tmp_path: Path, line: str) -> None:
    text = (
        _RIVER_CLEANUP
        + f"{line}\n\n"
        "Kepala desa mengatakan kegiatan itu akan digelar setiap bulan agar sungai tetap bersih sepanjang tahun."
    )
    assert line not in load_text(tmp_path, text).body


def test_story_sentence_with_a_link_word_stays(tmp_path: Path) -> None:
    line = "Warga yang ingin mendaftar dapat membaca pengumuman di kantor desa, kata kepala desa kepada wartawan."
    text = _RIVER_CLEANUP + line
    assert line in load_text(tmp_path, text).body


def test_quoted_at_a_speech_dates_no_story(tmp_path: Path) -> None:
    """ "ujarnya dalam sambutan … yang dikutip, Kamis (7/12/2023)": the day may be the speech's."""
    text = (
        "Contoh.com - Kepala lembaga penjamin memastikan simpanan nasabah tetap aman hingga akhir tahun ini.\n\n"
        '"Nilai penjaminan masih cukup tinggi dibanding negara lain," ujarnya dalam sambutan di acara '
        "penghargaan tahunan yang dikutip, Kamis (7/12/2023).\n\n"
        "Ia menambahkan bahwa cakupan rekening yang dijamin penuh juga sangat mencukupi pada tahun ini."
    )
    assert load_text(tmp_path, text).date == ""


def test_quoted_from_a_column_is_the_days_story(tmp_path: Path) -> None:
    """ "tulis … dalam kolomnya di Contoh Daily dikutip Jumat (15/11/2024)": the story quoted it that day."""
    text = (
        "Contoh.com - Pemimpin aliansi menyerukan anggotanya menambah belanja pertahanan tahun depan.\n\n"
        '"Kita harus bersiap menghadapi masa yang lebih sulit," tulis pemimpin aliansi dalam kolomnya di '
        "Contoh Daily dikutip Jumat (15/11/2024).\n\n"
        "Ia menambahkan bahwa anggaran pertahanan harus naik sebelum akhir dekade ini di semua negara anggota."
    )
    assert load_text(tmp_path, text).date == "2024-11-15"


def test_writers_bio_names_the_writer(tmp_path: Path) -> None:
    text = _PILOT_FREED + "Budi Hartono is Editor-in-Chief of Sayapweb. He has flown for 20 years."
    article = load_text(tmp_path, text)
    assert (article.author, article.outlet) == ("Budi Hartono", "Sayapweb")
