"""A network that writes its brand in lower case runs it into its channel's name (issue 10): the
channel is the outlet, whatever it is called. Outlet names are general knowledge; the page is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.outlets import is_outlet_name
from tests.conftest import load_article


@pytest.mark.parametrize("name", ["detikHot", "detikSumbagsel", "kumparanNEWS", "kumparanBISNIS"])
def test_a_lower_case_brand_run_into_a_channel_is_an_outlet(name: str) -> None:
    assert is_outlet_name(name)


@pytest.mark.parametrize("name", ["iPhone", "eKTP", "tempoCo", "sukamajuNews"])
def test_other_words_with_inner_capitals_are_not(name: str) -> None:
    assert not is_outlet_name(name)


def test_a_channel_byline_names_the_outlet(tmp_path: Path) -> None:
    page = "\n\n".join(
        [
            "Warga Sukamaju Gotong Royong Bangun Jembatan Desa",
            "Rina Marlina - detikHot",
            "Rabu, 06 Mar 2024 10:15 WIB",
            "Jakarta - Warga desa berkumpul di balai pertemuan untuk membahas rencana pembangunan jembatan "
            "baru yang sudah lama mereka tunggu sejak banjir besar tahun lalu.",
            '"Kami ingin jembatan ini selesai sebelum musim hujan," kata Kepala Desa Fulan Hidayat.',
        ]
    )
    assert load_article(tmp_path, page + "\n").outlet == "detikHot"


@pytest.mark.parametrize("glued", ["detikKemudian", "detikKemarin"])
def test_a_brand_that_is_a_word_glued_to_an_everyday_word_is_no_channel(glued: str) -> None:
    assert not is_outlet_name(glued)
