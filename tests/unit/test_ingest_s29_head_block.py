"""A head block printed below the lead (issue 10, session 29): a scrape that opens with the story's lead
may print the headline and its stamp further down. A line that reads as a headline, is drawn from the
story's words and stands over a stamp is the title, and its stamp dates the page; a crosshead, a caption
or a quotation over no stamp is neither. Every fixture is invented."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article as load

LEAD = (
    "SUKAMAJU - Kepala Desa Sukamaju Fulan Hidayat mengapresiasi kerja keras warga yang bergotong royong "
    "membersihkan saluran irigasi yang tersumbat lumpur sejak banjir pekan lalu."
)
MORE = (
    '"Kami berterima kasih kepada warga yang telah bekerja keras sampai sore," kata Fulan di balai desa.\n\n'
    "Menurut dia, saluran irigasi itu mengairi sawah warga di tiga dusun yang panen dua kali setahun.\n"
)
HEADLINE = "Kepala Desa Sukamaju Apresiasi Kerja Keras Warga Bersihkan Saluran"
STAMP = "Senin, 5 Mei 2025 10:15 WIB"


def test_a_headline_over_its_stamp_below_the_lead_is_the_title_and_dates_the_page(tmp_path: Path) -> None:
    article = load(
        tmp_path, f"{LEAD}\n\n{MORE}\n{HEADLINE}\n{STAMP}\n\nWarga berharap sawah tidak gagal panen.\n"
    )
    assert (article.title, article.date) == (HEADLINE, "2025-05-05")
    assert HEADLINE not in article.body


def test_a_sentence_case_headline_over_its_stamp_at_the_foot_counts_too(tmp_path: Path) -> None:
    headline = "Kades Sukamaju apresiasi kerja keras warga bersihkan saluran irigasi"
    article = load(tmp_path, f"{LEAD}\n\n{MORE}\n{headline}\n{STAMP}\n")
    assert (article.title, article.date) == (headline, "2025-05-05")


def test_a_crosshead_over_no_stamp_is_no_title(tmp_path: Path) -> None:
    page = f"{LEAD}\n\nKerja Keras Warga Sukamaju\n\n{MORE}"
    assert load(tmp_path, page).title == ""


def test_a_quotation_over_a_stamp_is_no_title(tmp_path: Path) -> None:
    page = f'{LEAD}\n\n{MORE}\n"Kerja keras warga Sukamaju luar biasa"\n{STAMP}\n'
    assert load(tmp_path, page).title == ""


def test_two_head_blocks_name_no_title(tmp_path: Path) -> None:
    other = "Warga Sukamaju Bersihkan Saluran Irigasi Desa"
    page = f"{LEAD}\n\n{HEADLINE}\n{STAMP}\n\n{MORE}\n{other}\n{STAMP}\n"
    assert load(tmp_path, page).title == ""


def test_a_line_sharing_few_of_the_story_s_words_is_no_title(tmp_path: Path) -> None:
    page = f"{LEAD}\n\n{MORE}\nHarga Cabai Rawit Naik Jelang Lebaran\n{STAMP}\n"
    assert load(tmp_path, page).title == ""
