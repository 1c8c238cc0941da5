"""A site's breadcrumb trail over the headline (`Contoh.com - Internasional - Asia`) opens as a dateline
does, but it is no lead: the headline under it is still found (issue 10, session 44). Every page here is
made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.headline import detect_title
from tests.conftest import load_article

_TITLE = "Menlu Contoh Sebut Perundingan Damai Dua Negara Masih Ditunda"
_LEAD = (
    "contohwarta.com, SUKAMAJU - Menteri Luar Negeri Fulan Hidayat mengatakan perundingan damai antara "
    "kedua negara masih ditunda karena situasi di perbatasan belum membaik."
)
_MORE = "“Semua pembicaraan kami tunda dulu sampai keadaan tenang,” kata Fulan di kantornya."


def _page(*head: str) -> str:
    return "\n\n".join([*head, _LEAD, _MORE]) + "\n"


def test_a_breadcrumb_trail_over_the_headline_is_no_lead(tmp_path: Path) -> None:
    page = _page(
        "ContohWarta.com - Internasional - Asia Tenggara",
        _TITLE,
        "Rabu, 04 Maret 2031 – 19:55 WIB",
        "Fulan Hidayat. Foto: dokumentasi kementerian",
    )
    article = load_article(tmp_path, page)
    assert article.title == _TITLE
    assert article.date == "2031-03-04"
    assert article.body.startswith("contohwarta.com, SUKAMAJU")


def test_a_banner_over_the_trail_does_not_outscore_the_headline(tmp_path: Path) -> None:
    page = _page(
        "Close Banner Apps ContohWarta.com",
        "ContohWarta.com - Internasional - Global",
        _TITLE,
        "Rabu, 04 Maret 2031 – 19:55 WIB",
    )
    assert load_article(tmp_path, page).title == _TITLE


def test_a_site_name_before_a_lead_is_still_a_lead() -> None:
    lead = "ContohWarta.com - Warga tiga desa di Sukamaju mulai memanen jagung lebih awal tahun ini."
    assert parse_dateline(lead) is not None
    title, _ = detect_title([lead, "", _MORE])
    assert title == ""


def test_a_trail_step_written_as_a_sentence_is_a_lead() -> None:
    """A short lead after the site's name (a one-line brief) is still the story, not a trail."""
    brief = "ContohWarta.com - Harga cabai naik lagi."
    title, _ = detect_title(["Harga Cabai di Sukamaju Naik Lagi Jelang Lebaran", "", brief, "", _MORE])
    assert title == "Harga Cabai di Sukamaju Naik Lagi Jelang Lebaran"


_STORY = (
    "SUKAMAJU – Ketua dewan menegaskan bahwa perubahan undang-undang dasar tidak bisa dijadikan jalan pintas "
    "untuk setiap persoalan bangsa."
)


def test_a_caption_closed_by_a_platform_source_in_brackets_is_no_headline() -> None:
    title, _ = detect_title(["Sidang paripurna di gedung dewan.(YouTube Contoh)", "", _STORY, "", _MORE])
    assert title == ""


def test_a_caption_closed_by_a_stop_and_a_credit_s_initials_is_no_headline() -> None:
    caption = "Warga menikmati matahari terbenam di tepi danau Sukamaju pada Juni 2031. - CP"
    title, _ = detect_title([caption, _STORY, _MORE])
    assert title == ""


def test_a_headline_with_a_bracketed_word_after_no_stop_is_still_one() -> None:
    headline = "Dewan Tolak Jalan Pintas Ubah Konstitusi (Video)"
    title, _ = detect_title([headline, "", _STORY, "", _MORE])
    assert title == headline


def test_a_quotation_broken_over_lines_is_no_headline(tmp_path: Path) -> None:
    """The quote's opening line is no title, and the quote stays whole in the body."""
    page = "\n".join(
        [
            "“Kami sudah menunggu sejak pagi di balai desa, tetapi para",
            "petugas belum juga datang",
            "sampai sore,” kata Fulan Hidayat, warga Sukamaju, pada Senin (3/10).",
            "Warga sudah menunggu di balai desa sejak pagi karena petugas berjanji datang membagikan bantuan.",
            "Kepala desa mengatakan petugas tertahan di kantor kecamatan dan baru tiba di balai desa sore hari.",
        ]
    )
    article = load_article(tmp_path, page)
    assert article.title == ""
    assert article.body.startswith("“Kami sudah menunggu")


def test_a_headline_quoting_someone_whole_is_still_one() -> None:
    headline = "“Kami Tidak Akan Mundur”, Kata Warga Sukamaju"
    title, _ = detect_title([headline, "", _STORY, "", _MORE])
    assert title == headline
