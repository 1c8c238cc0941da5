"""The page's own name where the scrape or the narration leaves it (issue 10, session 31): a domain whose
ending is written in title case ("Contoh.Com") is no seam between two glued paragraphs (read on e1), and
an unlisted newsroom's name closing with an outlet word observes the scene ("Pantauan CONTOH NEWS, …";
read on h1). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.text import unglue
from tests.conftest import load_article
from tests.unit.ingest_pages import PLANNED_BRIDGE_LEAD as _LEAD
from tests.unit.ingest_pages import PLANNED_BRIDGE_MORE as _MORE
from tests.unit.ingest_pages import PLANNED_BRIDGE_TITLE as _TITLE

_STORY = _LEAD + "\n\n" + _MORE


def test_a_domain_with_its_ending_in_title_case_stays_whole() -> None:
    assert unglue("Kabar Terkini Kabarcontoh.Com") == ["Kabar Terkini Kabarcontoh.Com"]
    assert unglue("Baca di Kabarcontoh.Co.Id, Sukamaju") == ["Baca di Kabarcontoh.Co.Id, Sukamaju"]


@pytest.mark.parametrize(
    "glued",
    ["kata dia.Media massa melaporkan hal itu.", "Ia pergi.Net itu rusak.", "Warga datang.Comel sekali."],
)
def test_a_sentence_opening_with_an_endings_word_is_still_a_seam(glued: str) -> None:
    assert len(unglue(glued)) == 2


def test_the_sites_masthead_with_a_title_case_ending_names_it(tmp_path: Path) -> None:
    page = f"Kabar Terkini Kabarcontoh.Com\n\n{_TITLE}\n\n{_STORY}\n"
    assert load_article(tmp_path, page).outlet.casefold() == "kabarcontoh.com"


def test_an_unlisted_newsroom_observing_the_scene_names_the_site(tmp_path: Path) -> None:
    story = _STORY.replace("Pekerjaan dimulai", "Pantauan CONTOH NEWS, pekerjaan dimulai")
    assert load_article(tmp_path, f"{_TITLE}\n\n{story}\n").outlet.casefold() == "contoh news"


@pytest.mark.parametrize("observer", ["BMKG", "Satpol PP", "Radar Cuaca Sukamaju"])
def test_an_offices_monitoring_names_no_site(tmp_path: Path, observer: str) -> None:
    story = _STORY.replace("Pekerjaan dimulai", f"Pantauan {observer}, pekerjaan dimulai")
    assert load_article(tmp_path, f"{_TITLE}\n\n{story}\n").outlet == ""
