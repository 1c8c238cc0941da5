"""One list of a news site's web address endings (issue 10, session 29): every expression of the
ingest package that reads a domain takes its endings from ``data/ingest_site_endings.txt``, so a site
whose address ends in an ending one reader lacked ("Contoh.media", "CONTOH.ONLINE") is a domain to all
of them. Every fixture is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kutip.index.ingest.outlets import display_outlet, is_outlet_name, outlet_of_url
from kutip.index.ingest.site_endings import SITE_ENDING, SITE_ENDING_BEHIND, SITE_ENDINGS
from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"
INGEST = Path(__file__).resolve().parents[2] / "index" / "ingest"


def test_the_endings_are_read_longest_first_from_the_list() -> None:
    assert {"com", "co.id", "id", "media", "online", "news"} <= set(SITE_ENDINGS)
    assert SITE_ENDINGS.index("co.id") < SITE_ENDINGS.index("co")
    assert re.fullmatch(rf"contoh\.{SITE_ENDING}", "contoh.co.id")
    assert re.search(rf"(?:{SITE_ENDING_BEHIND})-", "CONTOH.MEDIA-Warga")


@pytest.mark.parametrize("ending", ["media", "online", "co.id", "news"])
def test_every_reader_of_a_domain_knows_every_ending(ending: str) -> None:
    site = f"kabarcontoh.{ending}"
    assert is_outlet_name(site)
    assert outlet_of_url(f"https://www.{site}/berita/2025/01/05/warga") == display_outlet(site)
    assert display_outlet(site.upper()).casefold() == display_outlet(site).casefold()


@pytest.mark.parametrize("site", ["Kabarcontoh.media", "KABARCONTOH.ONLINE", "Kabarcontoh.today"])
def test_a_site_on_a_newer_ending_opening_the_lead_is_the_outlet(tmp_path: Path, site: str) -> None:
    text = f"{TITLE}\n\n{site} – {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).outlet.casefold() == site.casefold()


def test_a_site_on_a_newer_ending_glued_to_its_dash_is_the_outlet(tmp_path: Path) -> None:
    text = f"{TITLE}\n\nSUKAMAJU, KABARCONTOH.MEDIA- {LEAD}\n\n{BODY}"
    assert load(tmp_path, text).outlet.casefold() == "kabarcontoh.media"


def test_no_ingest_expression_spells_its_own_endings() -> None:
    """A domain's endings are spelled only in the list: no reader keeps an alternation of its own."""
    own = re.compile(r"(?:com|net|org)\|(?:co\\\\\.id|id|net|org|com)|(?<![a-z])id\|(?:net|com)")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(INGEST.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if own.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
