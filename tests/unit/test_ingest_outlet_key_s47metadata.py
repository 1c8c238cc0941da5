"""One folding of an outlet's name for every reader that compares two namings (session 47, review debt): the
brand detector, the own-name opener and the title's own-name trim each kept their own key, and the opener's
kept the site ending, so a lead opening on the domain of an outlet known by its bare name stayed in the
stand-in. Made-up names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kutip.index.ingest.outlets import outlet_key
from kutip.index.ingest.own_name_opener import own_name_opener

_PACKAGE = Path(__file__).resolve().parents[2] / "index" / "ingest"


@pytest.mark.parametrize(
    "spelling", ["Kabarwarta.com", "KABARWARTA.COM", "www.kabarwarta.com", "kabarwarta", "Kabar Warta"]
)
def test_every_spelling_of_a_name_has_one_key(spelling: str) -> None:
    assert outlet_key(spelling) == "kabarwarta"


def test_a_lead_opening_on_the_domain_of_an_outlet_read_by_its_bare_name() -> None:
    opening = "Kabarwarta.com – Warga Sukamaju menanam padi bersama."
    assert own_name_opener(opening, "Kabarwarta") == "Kabarwarta.com –"


def test_no_reader_of_the_package_folds_an_outlet_name_its_own_way() -> None:
    own_keys = [
        path.name
        for path in _PACKAGE.glob("*.py")
        if re.search(r"^def _(?:name_)?key\(", path.read_text(encoding="utf-8"), re.M)
    ]
    assert own_keys == []
