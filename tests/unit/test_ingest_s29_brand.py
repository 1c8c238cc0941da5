"""The one brand a page signs with (issue 10, session 29): a brand's shape (a web address, a listed
outlet, a one-word name with an outlet word or a broadcaster's suffix), its position (opening the lead,
a short line at the page's top or foot, a sign-off in brackets, a copyright or source line under the
story, the page's own sight "dilansir X dari …") and one such brand on the page name the outlet where no
dateline, stamp or credit rule did. A brand the page cites as another's source names nothing. Every
fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
QUOTE = '"Pintu air rusak sejak banjir," kata Kepala Dinas Pengairan Budi Santoso'


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        (f"Sukamaju, KabarcontohTV. {LEAD}", "KabarcontohTV"),  # place, broadcaster's name, a full stop
        (f"SUKAMAJU, Kabarcontoh.com I {LEAD}", "Kabarcontoh.com"),  # a capital I drawn as a bar
        (f"Kabarcontoh.net, Sukamaju – {LEAD}", "Kabarcontoh.net"),  # a web address, then its place
    ],
)
def test_a_brand_opening_the_lead_is_the_outlet(tmp_path: Path, lead: str, outlet: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{lead}\n\n{BODY}").outlet == outlet


def test_a_lower_case_sign_off_in_brackets_closing_the_story_is_the_outlet(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY}\nWarga berharap saluran tidak tersumbat lagi.(kabarsukamaju)\n"
    assert load(tmp_path, text).outlet == "kabarsukamaju"


@pytest.mark.parametrize(
    "footer",
    [
        "Sumber | : | Kabarcontoh.com |",
        "Copyright @ 2025 Grup Contoh - Kabarcontoh.com. All Rights Reserved",
    ],
)
def test_a_source_or_copyright_line_under_the_story_names_the_outlet(tmp_path: Path, footer: str) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY}\n{footer}\n"
    assert load(tmp_path, text).outlet == "Kabarcontoh.com"


@pytest.mark.parametrize("verb", ["dilansir", "dikutip", "dilihat"])
def test_the_page_s_own_sight_of_another_source_names_it(tmp_path: Path, verb: str) -> None:
    sight = f"{QUOTE}, {verb} Kabarcontoh.com dari laman resmi pemerintah desa."
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{sight}\n\n{BODY}").outlet == "Kabarcontoh.com"


@pytest.mark.parametrize(
    "cited",
    [
        f"{QUOTE}, dikutip dari Kabarcontoh.com.",  # another site the page reports from
        f"{QUOTE}, seperti dilansir Kabarcontoh.com.",  # no source after it: the page read it there
    ],
)
def test_a_brand_the_page_cites_as_a_source_names_no_outlet(tmp_path: Path, cited: str) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{cited}\n\n{BODY}\nSumber | : | Kabarcontoh.com |\n"
    assert load(tmp_path, text).outlet == ""


def test_two_brands_in_signing_positions_name_no_outlet(tmp_path: Path) -> None:
    text = f"{TITLE}\n\nSukamaju, KabarcontohTV. {LEAD}\n\n{BODY}\nSumber | : | Wartalain.com |\n"
    assert load(tmp_path, text).outlet == ""


@pytest.mark.parametrize(
    "page",
    [
        # a data provider opening the lead as its subject, with a comma
        f"{TITLE}\n\nBloomberg, Senin (5/1/2025), mencatat harga beras naik.\n\n{BODY}",
        # a wire credited for a photo at the top
        f"{TITLE}\n\nPHOTO: REUTERS\n\n{LEAD}\n\n{BODY}",
        # a picture's source under a bare label above the story
        f"{TITLE}\n\nWarga membersihkan saluran\nSumber :\n• kabarlain.co.uk\n\n{LEAD}\n\n{BODY}",
        # a button at the foot of the page
        f"{TITLE}\n\n{LEAD}\n\n{BODY}\nPosting Komentar\n",
    ],
)
def test_furniture_that_is_no_signature_names_no_outlet(tmp_path: Path, page: str) -> None:
    assert load(tmp_path, page).outlet == ""


@pytest.mark.parametrize("section", ["Nasional", "Politik", "Ekonomi"])
def test_a_listed_network_naming_its_section_before_the_lead_s_mark_is_the_outlet(
    tmp_path: Path, section: str
) -> None:
    text = f"{TITLE}\n\nVIVA {section} – {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).outlet.casefold() == "viva"


def test_an_unlisted_name_before_a_section_word_names_no_outlet(tmp_path: Path) -> None:
    text = f"{TITLE}\n\nKabarcontoh Nasional – {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).outlet == ""
