"""English bodies: capitalised names of bodies, policies and brands are no persons (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str) -> set[str]:
    return {e.name for e in recognise(body, "en") if e.type is PERSON}


def test_a_watchdog_named_by_its_head_is_an_organisation() -> None:
    body = "Meanwhile, Forest Rights Watch urged the ministry to act, said researcher Dimas Prakoso."
    found = persons(body)
    assert "Dimas Prakoso" in found and "Forest Rights Watch" not in found


def test_a_policy_or_strategy_is_no_person() -> None:
    body = "Laras Wening, a campaigner, said the Coastal Dredging Policy and the National Fishing Strategy failed."
    found = persons(body)
    assert "Laras Wening" in found
    assert not {"Coastal Dredging Policy", "National Fishing Strategy"} & found


def test_brands_with_inner_capitals_are_no_persons() -> None:
    body = "Executives of OrbitLink and CloudNest met President Arman Susilo in Jakarta, officials said."
    found = persons(body)
    assert "Arman Susilo" in found and not {"OrbitLink", "CloudNest"} & found
