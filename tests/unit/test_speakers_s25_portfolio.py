"""An office's portfolio after ``for the`` is no part of the holder's name: ``Coordinating
Minister for the Economy Fulan Hidayat said`` is Fulan Hidayat, not ``Economy Fulan Hidayat``."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def test_a_portfolio_after_for_the_is_no_first_name() -> None:
    body = (
        "Ministers Upbeat on Growth\n\n"
        "JAKARTA (Daily) - Ministers met the President at the palace on Tuesday.\n\n"
        "On the same occasion, Coordinating Minister for the Economy Fulan Hidayat said the meeting "
        "covered several matters.\n\n"
        '"The economy is relatively good and our debt is low," said Coordinating Minister Fulan.\n'
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert {s.speaker for s in found} == {"Fulan Hidayat"}
