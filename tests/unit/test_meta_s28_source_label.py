"""A "Sumber:" label against the page's own domain in its dateline (issue 10, session 28): "Sumber: Lain.com |
Editor: Ana" over "KABARCONTOH.CO.ID - SUKAMAJU. Warga …" names where the story was taken from, and the page
is the site its dateline names. Read on d3 (one page). The pool shows why: of the seven "Sumber:" lines
under stories on t3, c2, d1 and dev_a, four name another outlet than the page's own. A wire's dateline a
reprint keeps still yields to the label. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

HEADLINE = "Warga Sukamaju gotong royong bersihkan saluran irigasi"
REST = (
    "Ratusan warga Desa Sukamaju membersihkan saluran irigasi yang tersumbat lumpur sejak banjir bulan lalu, "
    "dibantu petugas kecamatan.\n\n"
    '"Kami tidak mau sawah gagal panen lagi," kata Kepala Desa Fulan Hidayat kepada wartawan, Kamis (3/11).\n\n'
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
)


def test_the_page_s_own_domain_in_its_dateline_names_it_over_a_source_label(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\nSumber: Kabarlain.com | Editor: Ana Lestari\nKABARCONTOH.CO.ID - SUKAMAJU. {REST}"
    assert load_article(tmp_path, page).outlet.casefold() == "kabarcontoh.co.id"


def test_a_wire_dateline_still_yields_to_the_source_label(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\nSumber: Kabarlain.com | Editor: Ana Lestari\nSukamaju (ANTARA) - {REST}"
    assert load_article(tmp_path, page).outlet.casefold() == "kabarlain.com"
