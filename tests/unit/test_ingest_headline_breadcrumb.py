"""A breadcrumb trail over the story ends with the page's headline: the line that prints its last step
again is the headline, over teasers of other stories, a photo's credit under it or an abbreviation
inside it (issue 10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
_STORY = (
    "SUKAMAJU, Kabarwarta.com – Warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur "
    "sejak banjir pekan lalu.\n\n"
    '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat.\n\n'
    "Menurut dia, perbaikan saluran irigasi akan dimulai setelah dana desa cair bulan depan.\n"
)


def test_the_crumbs_last_step_printed_again_over_a_photos_credit(tmp_path: Path) -> None:
    page = f"Daerah\nBeranda / Daerah / {_TITLE}\n\n{_TITLE}\n\nFoto: Kabarwarta.com\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _TITLE


def test_the_crumb_outweighs_teasers_of_other_stories(tmp_path: Path) -> None:
    teasers = "\n\n".join(
        [
            "Terpopuler",
            "Bupati Rina Marlina Resmikan Pasar Baru, Pastikan Harga Pangan Stabil dan Pasokan Aman",
            "Kampus Negeri Sukamaju Jadi Kampus dengan Guru Besar Terbanyak di Provinsi",
        ]
    )
    page = f"{teasers}\n\nKabarwarta.com / {_TITLE}\nDaerah\n\n{_TITLE}\n\n{_STORY}"
    assert load_article(tmp_path, page).title == _TITLE


def test_a_bulleted_trail_and_an_abbreviation_in_the_headline(tmp_path: Path) -> None:
    title = "Govt. Will Repair 1,600 Irrigation Gates: Village Head Says"
    page = f"• Home\n  • News\n  • {title}\n\n{title}\n\n{_STORY}"
    assert load_article(tmp_path, page).title == title


def test_a_two_part_headline_is_no_trail(tmp_path: Path) -> None:
    title = "[POPULER DAERAH] Warga Sukamaju Bersihkan Saluran Irigasi | Bupati Resmikan Pasar Baru"
    page = f"Salin Artikel\n\n{title}\n\n{_STORY}"
    assert load_article(tmp_path, page).title.startswith("[POPULER DAERAH] Warga Sukamaju")


def test_a_menu_trail_is_still_no_headline(tmp_path: Path) -> None:
    page = f"Beranda | Daerah | Warga Sukamaju Bersihkan Saluran\n\n{_STORY}"
    assert load_article(tmp_path, page).title == ""
