"""The outlet a source spoke to or sent its release to, and the one whose reporter watched, read from
the one cue list (issue 10, session 30): "rilis yang diterima Contoh.com" joins "kepada", "dihubungi"
…, "Pemantauan X" joins "Pantauan X"; a listed name that only opens a longer one ("diterima Contoh
Portal Sukamaju") names nothing. Every fixture is invented; the outlets are listed names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.language.wordlists import sections
from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Hal itu tertulis dalam rilis yang diterima Tribunnews.com.", "Tribunnews.com"),
        ("Keterangan tertulis itu diterima Tribunnews.com, Senin (5/1/2025).", "Tribunnews.com"),
        ("Pemantauan Media Indonesia, Selasa (6/1/2025), air sudah surut di tiga dusun.", "Media Indonesia"),
        ("Pantauan Media Indonesia di lokasi, air sudah surut di tiga dusun.", "Media Indonesia"),
    ],
)
def test_the_newsroom_that_received_or_watched_is_the_outlet(tmp_path: Path, line: str, outlet: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}").outlet == outlet


def test_a_listed_name_that_opens_a_longer_one_names_nothing(tmp_path: Path) -> None:
    line = "Hal itu tertulis dalam rilis yang diterima Tribunnews Portal Sukamaju, Senin (5/1/2025)."
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}").outlet == ""


def test_a_listed_name_closing_a_sentence_is_whole(tmp_path: Path) -> None:
    line = "Fulan Hidayat menyampaikan hal itu kepada Tribunnews.com. Warga Sukamaju masih menunggu."
    assert load(tmp_path, f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{BODY}").outlet == "Tribunnews.com"


def test_the_cues_are_data() -> None:
    cues = sections("ingest_brand_cues.txt")
    assert "diterima" in cues["told_any_case"]
    assert {"pantauan", "pemantauan"} <= set(cues["observed"])
    assert {"kepada", "told"} <= set(cues["told"])
