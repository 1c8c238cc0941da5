"""A question word closed up with "pun" ("siapapun") is the function words it stands for ("siapa pun"):
two outlets spelling one remark either way give it the same terms (made-up sentences)."""

from __future__ import annotations

import pytest

from kutip.index.linking.normalise import content_terms


@pytest.mark.parametrize(
    ("closed", "open_form"),
    [
        (
            "Kami tidak pernah meminta bantuan kepada siapapun",
            "Kami tidak pernah meminta bantuan kepada siapa pun",
        ),
        ("Warga boleh datang kapanpun ke posko", "Warga boleh datang kapan pun ke posko"),
        ("Petugas siap berjaga dimanapun banjir datang", "Petugas siap berjaga di mana pun banjir datang"),
        ("Tidak ada sedikitpun keraguan dari kami", "Tidak ada sedikit pun keraguan dari kami"),
    ],
)
def test_closed_and_open_spellings_give_one_set_of_terms(closed: str, open_form: str) -> None:
    assert content_terms(closed, "id") == content_terms(open_form, "id")
