"""A sourcing phrase's date ("Dilansir dari Contoh.com, Rabu (…)") is the story's only when the story gives
that day to nothing it reports (issue 10: no invented dates). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Fulan Hidayat Sebut Pasar Desa Sukamaju Akan Dibangun Ulang Tahun Depan"
_LEAD = (
    "Dilansir Warta Contoh dari Kabar Contoh, Rabu (5/12/2018), Bupati Fulan Hidayat memastikan pasar "
    "desa yang terbakar pekan lalu akan dibangun ulang dengan dana daerah."
)
_SPEECH = (
    '"Pedagang tidak perlu khawatir, pasar ini akan berdiri lagi," ujar Fulan saat berpidato di balai desa, '
    "Rabu (5/12/2018)."
)
_MORE = [
    "Menurut Fulan, rancangan pasar baru sudah disiapkan oleh dinas pekerjaan umum sejak bulan lalu.",
    "Para pedagang menyambut rencana itu dan berharap pembangunan tidak memakan waktu terlalu lama.",
]


def _page(*paragraphs: str) -> str:
    return "\n\n".join([_TITLE, *paragraphs]) + "\n"


def test_a_sourced_day_the_story_also_gives_its_event_is_no_publication_date(tmp_path: Path) -> None:
    article = load_article(tmp_path, _page(_LEAD, _SPEECH, *_MORE))
    assert article.date == ""


def test_a_sourced_day_given_to_nothing_else_is_the_publication_date(tmp_path: Path) -> None:
    speech = _SPEECH.replace(", Rabu (5/12/2018)", "")
    assert load_article(tmp_path, _page(_LEAD, speech, *_MORE)).date == "2018-12-05"


def test_the_same_day_sourced_twice_is_still_the_publication_date(tmp_path: Path) -> None:
    again = '"Dananya sudah ada," kata Fulan, dikutip Rabu (5/12/2018).'
    assert load_article(tmp_path, _page(_LEAD, again, *_MORE)).date == "2018-12-05"
