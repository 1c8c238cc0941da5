"""Where a small site names itself: the dateline's slot over the lead and its follow invitations (issue
10). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.lead_site import lead_site
from tests.conftest import load_article
from tests.unit.ingest_pages import PLANNED_BRIDGE_LEAD as _LEAD
from tests.unit.ingest_pages import PLANNED_BRIDGE_MORE as _STORY
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _TITLE


def _page(lead_line: str, footer: str = "") -> str:
    return f"{_TITLE}\n\n{lead_line}\n\n{_STORY}\n\n{footer}".strip() + "\n"


@pytest.mark.parametrize(
    ("lead_line", "outlet"),
    [
        (f"Bandung – kabarcontoh.com – {_LEAD}", "kabarcontoh.com"),
        (f"Jabar.ContohNews.co | {_LEAD}", "ContohNews.co"),
        (f"CONTOHRAYA.ME -{_LEAD}", "Contohraya.me"),
        (f"ContohDewata.com, {_LEAD}", "ContohDewata.com"),
    ],
)
def test_a_domain_in_the_dateline_slot_names_the_site(tmp_path: Path, lead_line: str, outlet: str) -> None:
    assert load_article(tmp_path, _page(lead_line)).outlet == outlet


def test_a_domain_alone_with_its_place_in_brackets_names_the_site() -> None:
    assert lead_site([_TITLE, "Bandung, (Kabarcontoh.com)", _LEAD]) == "Kabarcontoh.com"


@pytest.mark.parametrize(
    "line",
    [
        f"Dikutip dari kabarcontoh.com, {_LEAD}",
        "Ilustrasi jembatan desa. (Sumber: kabarcontoh.com)",
        "Suasana rapat warga (Foto: Dok. kabarcontoh.com)",
        f"Kabarcontoh.com Raih Penghargaan {_LEAD}",
        "Bagikan: facebook.com - twitter.com",
        "Kabarcontoh.com | Warta-lain.com | Contohpos.id",
    ],
)
def test_a_domain_the_top_names_in_a_sentence_or_credit_is_not_the_site(line: str) -> None:
    assert lead_site([_TITLE, line, _LEAD]) == ""


def test_a_one_word_logo_over_the_lead_names_the_site(tmp_path: Path) -> None:
    assert load_article(tmp_path, _page(f"KABARCONTOH - {_LEAD}")).outlet == "Kabarcontoh"


def test_the_logo_may_recur_as_the_sites_domain(tmp_path: Path) -> None:
    page = _page(f"KABARCONTOH - {_LEAD}", "Baca berita lain di Kabarcontoh.com")
    assert load_article(tmp_path, page).outlet.casefold().startswith("kabarcontoh")


@pytest.mark.parametrize(
    "lead_line",
    [
        # a place the gazetteer lacks recurs in the story in its usual case
        f"SUKAMAJURAYA - {_LEAD} Warga Sukamajuraya menyambut baik rencana itu.",
        # ... however the dateline's dash is set
        f"SUKAMAJURAYA- {_LEAD} Warga Sukamajuraya menyambut baik rencana itu.",
        # an everyday word in capitals is a caption's kicker
        f"JEMBATAN - {_LEAD}",
        # a town the gazetteer lacks, named once, built like a place name
        f"TANJUNGMULYA - {_LEAD}",
        f"WANAKERTOSARI - {_LEAD}",
        # a known place is a wire-style dateline
        f"BANDUNG - {_LEAD}",
    ],
)
def test_a_capitals_word_that_is_a_place_or_a_word_names_no_site(tmp_path: Path, lead_line: str) -> None:
    assert load_article(tmp_path, _page(lead_line)).outlet == ""


def test_a_follow_invitation_names_the_site_in_lower_case(tmp_path: Path) -> None:
    footer = "Jangan lupa ikuti update berita lainnya dan follow akun google news contohwarta.id"
    page = _page(_LEAD, footer).replace("Fulan Hidayat.", "Fulan Hidayat kepada Warta Lain.")
    assert load_article(tmp_path, page).outlet.casefold() == "contohwarta.id"


def test_a_follow_invitation_to_a_platform_names_no_site(tmp_path: Path) -> None:
    page = _page(_LEAD, "Ikuti kami di instagram.com dan follow tiktok.com")
    assert load_article(tmp_path, page).outlet == ""


@pytest.mark.parametrize(
    ("caption", "outlet"),
    [
        ("Jembatan darurat di tepi sungai. (Rina Marlina/detikcom)", "detikcom"),
        ("RAPAT - Warga di balai desa, Senin (31/1). Foto: Rina Marlina/JPNN.", "JPNN.com"),
        ("Jembatan darurat di tepi sungai. (Rina Marlina/kabarcontoh.com)", "kabarcontoh.com"),
    ],
)
def test_a_caption_crediting_the_photographer_then_the_site_names_it(
    tmp_path: Path, caption: str, outlet: str
) -> None:
    page = f"{_TITLE}\n\n{caption}\n\n{_LEAD}\n\n{_STORY}\n"
    assert load_article(tmp_path, page).outlet == outlet


@pytest.mark.parametrize(
    "caption",
    [
        "Jembatan darurat di tepi sungai. (Rina Marlina/ANTARA)",  # a wire lent the picture
        "Jembatan darurat di tepi sungai. (Rina Marlina/Instagram)",
        # two sites credited: the page's own is not told apart
        "Jembatan darurat. (Rina Marlina/detikcom)\n\nBalai desa. (Fulan Hidayat/kabarcontoh.com)",
    ],
)
def test_a_lent_or_mixed_photo_credit_names_no_site(tmp_path: Path, caption: str) -> None:
    page = f"{_TITLE}\n\n{caption}\n\n{_LEAD}\n\n{_STORY}\n"
    assert load_article(tmp_path, page).outlet == ""


def test_a_desk_code_may_number_its_initials(tmp_path: Path) -> None:
    page = _page(_LEAD, "Warga berharap jembatan selesai tepat waktu. (abc4/jpnn)")
    assert load_article(tmp_path, page).outlet == "JPNN.com"


def test_a_network_site_signing_with_its_region_is_that_edition(tmp_path: Path) -> None:
    page = (
        f"{_TITLE} - JPNN.com Jatim\n\njatim.jpnn.com, MALANG - {_LEAD}\n\n{_STORY}\n\n"
        "Silakan baca konten menarik lainnya dari JPNN.com Jatim di Google News\n"
    )
    assert load_article(tmp_path, page).outlet == "JPNN.com Jatim"


def test_an_outlet_named_before_a_place_in_a_sentence_is_no_edition(tmp_path: Path) -> None:
    story = _STORY.replace("kepada wartawan", "")
    page = f"{_TITLE}\n\nMALANG, JPNN.com - {_LEAD} Hal itu disampaikan kepada JPNN.com Malang, Senin.\n\n{story}\n"
    assert load_article(tmp_path, page).outlet == "JPNN.com"


def test_a_notification_prompt_is_furniture_naming_the_site(tmp_path: Path) -> None:
    page = f"Nyalakan notifikasi untuk berita terbaru dari Okezone\n\n{_page(_LEAD)}"
    article = load_article(tmp_path, page)
    assert article.outlet == "Okezone"
    assert "notifikasi" not in article.body


@pytest.mark.parametrize(
    ("word", "outlet"), [("Kabarsukamaju", "Kabarsukamaju"), ("Sukamajunews", "Sukamajunews")]
)
def test_a_one_capital_site_name_with_an_outlet_word_opens_the_lead(
    tmp_path: Path, word: str, outlet: str
) -> None:
    assert load_article(tmp_path, _page(f"{word} - {_LEAD}")).outlet == outlet


@pytest.mark.parametrize("word", ["Journalist", "Posisinya", "Beritakan"])
def test_a_word_with_an_outlet_word_inside_is_no_site(tmp_path: Path, word: str) -> None:
    assert load_article(tmp_path, _page(f"{word} - {_LEAD}")).outlet == ""
