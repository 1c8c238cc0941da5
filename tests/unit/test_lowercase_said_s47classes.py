"""Session 47 (classes, made-up text): a lower-case word before a mention opens no listed figure's
form: '"…," said Aqil' is the page's own Aqil, not the figure the list also writes "Said Aqil"."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def test_a_lowercase_said_before_a_name_names_no_listed_figure() -> None:
    body = (
        "The fair was opened by the chair of the traders' guild, Bayu Aqil Pranata.\n\n"
        '"Every stall here must show its prices," said Aqil at the launch.\n'
    )
    persons = [e.name for e in recognise(body, "en") if e.type is EntityType.PERSON]
    assert persons == ["Bayu Aqil Pranata"]
