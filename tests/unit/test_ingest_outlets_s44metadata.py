"""Outlets a page names in shapes no reader took (issue 10, session 44): a party's or a city's own news
site opening the lead (`Berita <party> – …`), a news service that obtained a document it reports on, and an
English outlet shown with or without its article as the page prints it. Every page here is made up;
outlet and party names are general knowledge."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article

_LEAD = (
    "Rancangan undang-undang tentang desa yang tengah dibahas di parlemen menuai kritik dari banyak "
    "kalangan karena dinilai terburu-buru."
)
_MORE = "“Kami masih membuka diri terhadap masukan dari masyarakat,” kata Fulan Hidayat, anggota dewan."
_TITLE = "Fulan Hidayat Sebut RUU Desa Masih Bisa Berubah"


def test_an_outlet_word_before_a_known_party_names_the_party_s_site() -> None:
    dateline = parse_dateline(f"Berita Gerindra – {_LEAD}")
    assert dateline is not None and dateline.outlet == "Berita Gerindra"


def test_an_outlet_word_before_a_known_city_names_the_city_s_site() -> None:
    dateline = parse_dateline(f"Berita Surabaya – {_LEAD}")
    assert dateline is not None and dateline.outlet == "Berita Surabaya"


def test_an_outlet_word_before_an_everyday_word_is_a_label() -> None:
    assert parse_dateline(f"Berita Duka – {_LEAD}") is None


def test_a_party_site_opening_the_lead_names_the_page(tmp_path: Path) -> None:
    page = "\n\n".join([_TITLE, f"Berita Gerindra – {_LEAD}", _MORE])
    assert load_article(tmp_path, page).outlet == "Berita Gerindra"


_EN_TITLE = "Draft village law could curb local radio, critics say"
_EN_LEAD = (
    "A draft law on village broadcasting would let district officials close community radio stations, "
    "according to a copy of the draft obtained by ContohNews."
)
_EN_MORE = (
    "“It hands the district a switch it should never hold,” Fulan Hidayat, who runs a station in "
    "Sukamaju, told ContohNews."
)
# the lead without its passing-on phrase: the tests of desks and articles read no source in it
_EN_UNSOURCED = _EN_LEAD.split(", according", maxsplit=1)[0] + "."


def test_a_document_obtained_by_the_service_it_reports_for_does_not_pass_it_on(tmp_path: Path) -> None:
    page = "\n\n".join([_EN_TITLE, _EN_LEAD, _EN_MORE])
    assert load_article(tmp_path, page).outlet == "ContohNews"


def test_an_outlet_passed_on_is_still_not_the_page(tmp_path: Path) -> None:
    lead = _EN_LEAD.replace(
        "according to a copy of the draft obtained by ContohNews", "according to ContohNews"
    )
    page = "\n\n".join([_EN_TITLE, lead, _EN_MORE])
    assert load_article(tmp_path, page).outlet == ""


def test_an_english_outlet_is_shown_as_the_page_prints_it(tmp_path: Path) -> None:
    lead = f"Ana Lee, Sukamaju – {_EN_UNSOURCED}"
    bare = "\n\n".join([_EN_TITLE, "Straits Times - October 3, 2031", lead, _EN_MORE])
    assert load_article(tmp_path, bare, "a.txt").outlet == "Straits Times"
    full = bare.replace("Straits Times -", "The Straits Times -")
    assert load_article(tmp_path, full, "b.txt").outlet == "The Straits Times"


def test_a_desk_credit_names_its_outlet_not_a_writer(tmp_path: Path) -> None:
    """`Contoh Bulletin / News Desk` under the headline: the desk's outlet signs the page; nobody wrote it
    by that name (session 43 left the outlet taken as the author)."""
    page = "\n\n".join([_EN_TITLE, "Contoh World Bulletin / News Desk", _EN_UNSOURCED, _EN_MORE])
    article = load_article(tmp_path, page)
    assert article.outlet == "Contoh World Bulletin"
    assert article.author == ""
    assert "News Desk" not in article.body


def test_a_person_beside_a_desk_names_no_outlet(tmp_path: Path) -> None:
    page = "\n\n".join([_EN_TITLE, "Ana Lee / News Desk", _EN_UNSOURCED, _EN_MORE])
    assert load_article(tmp_path, page).outlet == ""


_MENU = "Tentang KamiRedaksiPedoman SiberMenulis di tirtoKebijakan PrivasiKarir"
_KAPAL = (
    "Kapal patroli Sukamaju mengusir sebuah kapal ikan asing dari perairan utara pada Senin pagi setelah "
    "menerima laporan dari nelayan setempat."
)
_KAPAL_MORE = "“Kapal itu sudah kami minta keluar dari wilayah kita,” kata Fulan Hidayat, komandan kapal."


def test_a_glued_menu_over_the_story_names_the_site_its_links_name(tmp_path: Path) -> None:
    """A site's menu run together by the scrape is no headline (taken as one, or dropped as a banner, it
    never reached the outlet readers); it stays for them, and the body rules still set it aside."""
    article = load_article(tmp_path, "\n".join([_MENU, _KAPAL, _KAPAL_MORE]))
    assert article.outlet == "Tirto"
    assert "Karir" not in article.body and article.title == ""


_PRESS = (
    "Pimpinan dewan pers dan sejumlah wartawan menolak rancangan undang-undang penyiaran "
    "yang mereka nilai mengekang kebebasan pers."
)


def test_a_known_place_then_the_site_s_domain_with_no_comma_is_a_dateline() -> None:
    dateline = parse_dateline(f"Surabaya kabar Contohwarta.com-{_PRESS}")
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == ("Surabaya", "kabar Contohwarta.com")
    longer = parse_dateline(f"Jakarta Selatan Contohwarta.com – {_PRESS}")
    assert longer is not None and (longer.place, longer.outlet) == ("Jakarta Selatan", "Contohwarta.com")


def test_an_unknown_word_before_a_domain_is_no_place() -> None:
    assert parse_dateline(f"Penolakan kabar Contohwarta.com-{_PRESS}") is None


def test_a_lead_opening_on_place_and_domain_is_no_headline(tmp_path: Path) -> None:
    page = "\n".join([f"Surabaya kabar Contohwarta.com-{_PRESS}", _MORE])
    article = load_article(tmp_path, page)
    assert (article.title, article.outlet) == ("", "kabar Contohwarta.com")


def test_a_desk_beside_the_stamp_is_no_outlet() -> None:
    stamp = read_stamp("News Desk October 3, 2031")
    assert stamp is not None and (stamp.iso, stamp.outlet) == ("2031-10-03", "")


def test_a_two_word_town_ending_on_a_province_s_name_is_no_site(tmp_path: Path) -> None:
    """`BANDAR LAMPUNG – …`: the whole name is one known place; its first word is no site filing from the
    place its last word names."""
    lead = (
        "BANDAR LAMPUNG – Polisi menetapkan seorang pengemudi truk sebagai tersangka setelah kecelakaan di "
        "jalan lintas yang menewaskan dua pengendara motor."
    )
    page = "\n\n".join(["Pengemudi Truk Jadi Tersangka Kecelakaan Maut", lead, _MORE])
    assert load_article(tmp_path, page).outlet == ""
