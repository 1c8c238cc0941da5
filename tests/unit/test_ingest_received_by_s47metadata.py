"""The outlet a source sent its statement to, in English ("a statement received by Contoh"), is the
page's own, as "rilis yang diterima Contoh" was; and "according to the rules" passes on no outlet's work, so it
no longer keeps a listed outlet named once from signing (issue 10, session 47). Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article

_TITLE = "Village Markets To Open Next Month"
_LEAD = (
    "The ministry will open forty village markets next month, a senior official said on Monday, adding that "
    "farmers would rent stalls at half the usual price."
)
_RECEIVED = (
    '"Every stall must follow the plan," Fulan Hidayat said in a statement received by Kontan, '
    "Monday, September 8."
)


def _outlet(tmp_path: Path, *paragraphs: str) -> str:
    return load_article(tmp_path, "\n\n".join([_TITLE, _LEAD, *paragraphs]) + "\n").outlet


@pytest.mark.parametrize(
    "other",
    [
        "The markets will open in Sukamaju first.",
        "According to the applicable rules, each market needs a permit from the regency.",
    ],
)
def test_a_statement_received_by_a_listed_outlet_names_the_page(tmp_path: Path, other: str) -> None:
    assert _outlet(tmp_path, other, _RECEIVED) == "Kontan"


def test_a_page_passing_on_another_outlets_work_names_none_so(tmp_path: Path) -> None:
    other = "According to Tempo, each market needs a permit from the regency."
    assert _outlet(tmp_path, other, _RECEIVED) == ""
