"""A rank written with its corps (issue 9, persons session 25; made-up sentences): the corps word is
cut from the run, and the person keeps the rank's cue, so a tagger that doubts a rare name does not
retype it as a body."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def test_a_rank_and_corps_vouch_for_a_rare_name() -> None:
    body = (
        "Siapa Ajudan Presiden? Kapten Infanteri Mat Soni Kasturi saat ini menjabat sebagai "
        "ajudan Presiden Fulan Hidayat."
    )
    types = {e.name: e.type for e in recognise(body, "id")}
    assert types.get("Mat Soni Kasturi") is EntityType.PERSON
