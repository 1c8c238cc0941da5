"""Title and outlet forms of real pages (issue 10, session 26): a source who spoke to a brand that opens in
lower case or to a listed outlet's regional edition ("saat dikonfirmasi contohJatim"), writers sharing a
byline beside the outlet ("Ana Lee , Budi Santoso - detikNews"), a banner inviting the reader to join the
site's paid tier ("Gabung Contoh.com+"), a headline trailing off in an ellipsis, a site's topic tag over
a headline that shares none of its words, and a section label of menu words over a sentence-case
headline. Every fixture is invented (the story's paragraphs are those of
test_ingest_unseen_site_furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, EN_BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
CONFIRMED = (
    '"Pintu air rusak sejak banjir," kata Kepala Dinas Pengairan Budi Santoso saat {verb} {name}, '
    "Senin (5/1/2025)."
)


@pytest.mark.parametrize(
    ("verb", "name"),
    [
        ("dikonfirmasi", "detikJatim"),  # a listed outlet's regional edition, named once
        ("dihubungi", "detikcom"),  # a listed brand that opens in lower case
    ],
)
def test_the_outlet_a_source_spoke_to_is_the_page_s_own(tmp_path: Path, verb: str, name: str) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{CONFIRMED.format(verb=verb, name=name)}\n\n{BODY}"
    assert load(tmp_path, text).outlet == name


@pytest.mark.parametrize("name", ["wartawan", "media", "tempo"])
def test_lower_case_words_after_the_verb_name_no_outlet(tmp_path: Path, name: str) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{CONFIRMED.format(verb='dikonfirmasi', name=name)}\n\n{BODY}"
    assert load(tmp_path, text).outlet == ""


@pytest.mark.parametrize(
    "byline",
    [
        "Fulan Hidayat , Budi Santoso - detikNews",
        "Fulan Hidayat, Budi Santoso - detikNews",
        "Fulan Hidayat dan Budi Santoso - detikNews",
    ],
)
def test_writers_sharing_a_byline_beside_the_outlet_name_it(tmp_path: Path, byline: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{byline}\n\n{LEAD}\n\n{BODY}").outlet == "detikNews"


@pytest.mark.parametrize(
    "banner", ["Baca berita tanpa iklan. Gabung Suara.com+", "Join Suara.com Premium today"]
)
def test_a_banner_for_the_site_s_paid_tier_names_the_site(tmp_path: Path, banner: str) -> None:
    article = load(tmp_path, f"{banner}\n\n{TITLE}\n\n{LEAD}\n\n{BODY}")
    assert article.outlet == "Suara.com"
    assert article.title == TITLE


ELLIPSIS_TITLE = (
    "Kades Sukamaju Minta Dana Desa Segera Cair ke Bupati: Jangan Tunggu Sawah Kering Lagi, Pak..."
)


def test_a_long_headline_trailing_off_in_an_ellipsis_is_no_lead(tmp_path: Path) -> None:
    assert load(tmp_path, f"{ELLIPSIS_TITLE}\n\n{LEAD}\n\n{BODY}").title == ELLIPSIS_TITLE


def test_a_sentence_case_paragraph_ending_in_an_ellipsis_is_still_the_lead(tmp_path: Path) -> None:
    lead = (
        "Warga desa itu masih menunggu kabar dari dinas soal perbaikan pintu air yang rusak sejak banjir..."
    )
    assert load(tmp_path, f"{lead}\n\n{BODY}").title == ""


TOPIC_TITLE = "Bicara di Balai Desa, Kades Fulan Hidayat Sebut Pintu Air Baru Selesai Bulan Depan"


def test_a_topic_tag_over_a_longer_headline_is_no_title(tmp_path: Path) -> None:
    text = f"Saluran Irigasi Tersumbat\n{TOPIC_TITLE}\nPenulis: Budi Santoso | Editor: Ana Lestari\n{LEAD}\n{BODY}"
    assert load(tmp_path, text).title == TOPIC_TITLE


def test_a_three_word_headline_over_a_sentence_case_dek_stays_the_title(tmp_path: Path) -> None:
    dek = "Warga desa membersihkan saluran irigasi yang tersumbat lumpur sejak banjir pekan lalu bersama"
    text = f"Sukamaju Bersihkan Irigasi\n{dek}\n\n{LEAD}\n\n{BODY}"
    assert load(tmp_path, text).title == "Sukamaju Bersihkan Irigasi"


EN_TITLE = "Villagers clear a canal blocked by mud a week after the flood"


def test_a_section_label_of_menu_words_does_not_bury_a_sentence_case_headline(tmp_path: Path) -> None:
    lead = "Villagers in Sukamaju cleared a canal blocked with mud since the flood, the village head said."
    text = f" date 2025-05-26 Nation & World News\n{EN_TITLE}\n\n{lead}\n\n{EN_BODY}"
    assert load(tmp_path, text).title == EN_TITLE


EN_BLOCK_TITLE = "Villagers clear canal blocked by mud after flood"


@pytest.mark.parametrize(
    "head",
    [
        "News > Asia > Indonesia",  # a breadcrumb trail over the headline
        "World | Asia Pacific",  # a section trail
        "Most Popular\nFloods hit three provinces\nPresident visits Sukamaju dam",  # teasers over it
    ],
)
def test_a_sentence_case_headline_over_its_byline_and_stamp_is_the_title(tmp_path: Path, head: str) -> None:
    lead = "Villagers in Sukamaju cleared a canal blocked with mud since the flood, the village head said."
    text = f"{head}\n{EN_BLOCK_TITLE}\nBy Ana Lee\nMay 19, 2024\n{lead}\n{EN_BODY}"
    assert load(tmp_path, text).title == EN_BLOCK_TITLE
