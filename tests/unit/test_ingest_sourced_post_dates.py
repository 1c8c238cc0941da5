"""A sourcing phrase's date beside a quoted post or broadcast ("kata Fulan dalam unggahan di akun
Instagram-nya, dikutip Jumat (…)") is the day the post was read, not the story's (issue 10: no invented
dates); a date quoting a column stays the story's, one after words said aloud is the quoting's (session
46: the read sets' golds date none of eleven such pages). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Bupati Fulan Hidayat Kirim Siswa ke Barak untuk Dibina"
_MORE = [
    "Menurut Fulan, program itu akan berjalan selama dua pekan dengan pendampingan guru dan orang tua.",
    "Para orang tua menyambut rencana itu dan berharap anak-anak mereka kembali dengan disiplin baru.",
]


def _page(sourcing: str) -> str:
    lead = (
        "SUKAMAJU - Bupati Sukamaju Fulan Hidayat mengirim puluhan siswa ke barak untuk mengikuti "
        "pembinaan selama dua pekan."
    )
    quote = f'"Mereka akan belajar disiplin dan kembali ke sekolah dengan semangat baru," {sourcing}.'
    return "\n\n".join([_TITLE, lead, quote, *_MORE]) + "\n"


def test_a_date_beside_a_quoted_instagram_post_is_no_publication_date(tmp_path: Path) -> None:
    page = _page("kata Fulan dalam unggahannya di akun Instagram pribadinya, dikutip Jumat (2/5/2025)")
    assert load_article(tmp_path, page).date == ""


def test_a_date_beside_a_quoted_video_channel_is_no_publication_date(tmp_path: Path) -> None:
    page = _page("kata Fulan di kanal YouTube Contoh TV dikutip Senin (18/4/2022)")
    assert load_article(tmp_path, page).date == ""


def test_a_date_beside_a_quoted_column_stays_the_publication_date(tmp_path: Path) -> None:
    page = _page("tulis Fulan dalam kolomnya di Harian Contoh dikutip Jumat (15/11/2024)")
    assert load_article(tmp_path, page).date == "2024-11-15"


def test_a_date_beside_words_said_aloud_is_no_publication_date(tmp_path: Path) -> None:
    page = _page("kata Fulan kepada wartawan, dikutip Selasa (22/7/2025)")
    article = load_article(tmp_path, page)
    assert (article.date, article.event_date) == ("", "2025-07-22")


def test_a_platform_named_inside_the_quote_says_nothing_of_the_date(tmp_path: Path) -> None:
    page = _page("kata Fulan soal akun Instagram sekolah, dikutip Selasa (22/7/2025)").replace(
        "semangat baru", "semangat baru, bukan main Instagram"
    )
    # the attribution after the quotation names the post, so the date is the post's
    assert load_article(tmp_path, page).date == ""
    inside = _page("tulis Fulan dalam kolomnya, dikutip Selasa (22/7/2025)").replace(
        "semangat baru", "semangat baru di YouTube"
    )
    assert load_article(tmp_path, inside).date == "2025-07-22"
