"""Outlets a page names only in its footer menu, run together by the scrape and in the lower case some
brands keep, or in captions crediting the owner before the photographer ("(Contoh News: Ana Lee)")
(issue 10). Every page here is made up; outlet names are the bundled list's."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.boilerplate import split_boilerplate, unglued_menu
from tests.conftest import load_article

_TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
_STORY = (
    "Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat lumpur sejak "
    "banjir pekan lalu.\n\n"
    '"Kami tidak mau sawah gagal panen lagi tahun ini," kata Kepala Desa Sukamaju, Fulan Hidayat.\n\n'
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
)
_EN_TITLE = "Villagers clear a blocked canal after the floods"
_EN_STORY = (
    "Villagers in Sukamaju spent the weekend clearing an irrigation canal blocked by mud since the "
    "floods last week.\n\n"
    '"We will not let the fields fail again this year," village head Fulan Hidayat told reporters.\n\n'
    "Repairs to the water gates will start once the village funds arrive next month.\n"
)


def _footer(brand: str) -> str:
    return f"Tentang KamiKebijakan PrivasiPanduan KomunitasCara Menulis di {brand}Kerja SamaKarir"


def test_a_glued_footer_menu_is_apart_again() -> None:
    assert unglued_menu(_footer("kumparan")).startswith("Tentang Kami Kebijakan Privasi Panduan")
    assert unglued_menu("Harga beras naik di YouTube") == "Harga beras naik di YouTube"


def test_a_glued_menu_over_the_story_is_furniture() -> None:
    story = [p for p in _STORY.split("\n\n") if p.strip()]
    split = split_boilerplate([_footer("kumparan"), *story])
    assert split.body == story


def test_a_lower_case_brand_in_the_footer_menu_names_the_site(tmp_path: Path) -> None:
    page = f"{_footer('kumparan')}\n2025 © PT Contoh Media Network\n{_TITLE}\n\n{_STORY}"
    assert load_article(tmp_path, page).outlet.casefold() == "kumparan"


def test_a_lower_case_everyday_word_in_the_footer_names_no_site(tmp_path: Path) -> None:
    page = f"{_footer('suara')}\n{_TITLE}\n\n{_STORY}"
    assert load_article(tmp_path, page).outlet == ""


def _captioned(*credits: str) -> str:
    captions = [f"Villagers carry mud away from the canal in Sukamaju on Sunday. {c}" for c in credits]
    paragraphs = _EN_STORY.split("\n\n")
    return "\n\n".join([_EN_TITLE, captions[0], *paragraphs[:2], *captions[1:], *paragraphs[2:]])


def test_a_caption_crediting_the_owner_then_the_photographer_names_the_site(tmp_path: Path) -> None:
    page = _captioned("(ABC News: Rina Marlina)", "(Reuters: Fulan Hidayat)")
    assert load_article(tmp_path, page).outlet == "ABC News"


def test_a_wire_credited_so_names_no_site(tmp_path: Path) -> None:
    page = _captioned("(Reuters: Fulan Hidayat)", "(ANTARA: Rina Marlina)")
    assert load_article(tmp_path, page).outlet == ""


def test_two_outlets_credited_so_name_no_site(tmp_path: Path) -> None:
    page = _captioned("(ABC News: Rina Marlina)", "(The Jakarta Post: Fulan Hidayat)")
    assert load_article(tmp_path, page).outlet == ""
