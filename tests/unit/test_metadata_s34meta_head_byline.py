"""A writer's name printed alone in the head, straight over the stamp or under the site's name, with no
label (session 34, issue 10: the citation check of p1-p3 found two such pages of two sites with no
author). Only a person's name counts, and only one such line. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.metadata import head_byline
from tests.conftest import load_article

_HEAD = "Warga Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air\n\n"
_STORY = (
    "SUKAMAJU, Kabarcontoh.id – Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air "
    "menjelang musim hujan tahun ini.\n\n“Kami tidak mau banjir seperti tahun lalu terulang lagi,” kata "
    "Fulan Hidayat, ketua RT.\n\nKegiatan itu diikuti warga dari tiga dusun sejak pagi hingga siang hari.\n"
)
_STAMP = "Jum'at, 02 September 2022 | 14:17 WIB\n\n"


@pytest.mark.parametrize(
    "head",
    [
        # over the stamp, under a teaser of the lead the split counts as story
        f"Ratusan warga bergotong royong membersihkan saluran air menjelang musim hujan tahun ini.\n\n"
        f"Rina Wulandari\n{_STAMP}",
        "Kabarcontoh.id\nRina Wulandari\nWarga membersihkan saluran. (Foto: Dok.)\n\n",  # under the site's name
    ],
)
def test_a_name_alone_over_the_stamp_or_under_the_sites_name_is_the_author(tmp_path: Path, head: str) -> None:
    assert load_article(tmp_path, f"{_HEAD}{head}{_STORY}").author == "Rina Wulandari"


@pytest.mark.parametrize(
    "head",
    [
        f"Saluran Air\n{_STAMP}",  # everyday words: a kicker
        f"Kabar Sukamaju\n{_STAMP}",  # an outlet word
    ],
)
def test_no_author_from_a_kicker_an_outlet_or_two_names(tmp_path: Path, head: str) -> None:
    assert load_article(tmp_path, f"{_HEAD}{head}{_STORY}").author == ""


def test_two_names_over_two_stamps_name_no_author() -> None:
    stamp = _STAMP.strip()
    head = ["Rina Wulandari", stamp, "Yohana Marpaung", stamp, _STORY.split("\n", maxsplit=1)[0]]
    assert head_byline(head, 4, "Kabarcontoh.id") == ""
    assert head_byline(head[2:], 2, "Kabarcontoh.id") == "Yohana Marpaung"


def test_a_name_made_mostly_of_everyday_words_is_left_to_the_credit_rules() -> None:
    assert head_byline(["Gempa Bumi", _STAMP.strip(), _STORY.split("\n", maxsplit=1)[0]], 2, "") == ""
