"""The palette lists the app's own commands before archive pages that match a typed word as well
(session 40, by hand: ``cite`` listed an organisation's page, its initials C-I-T-E, first)."""

from __future__ import annotations

from textual.fuzzy import Matcher

from kutip.tui.commands import COMMANDS
from kutip.tui.screens.palette_pages import EntitiesProvider, SpeakersProvider, page_score


def _command(words: str) -> str:
    return next(command.description for command in COMMANDS if words in command.description)


def test_a_command_outranks_a_page_whose_initials_spell_the_word() -> None:
    matcher = Matcher("cite")
    page = EntitiesProvider.PREFIX + "Kantor Communication and Information Technology"
    assert matcher.match(page) > matcher.match(_command("Copy a citation"))  # Textual's own order
    assert page_score(matcher, page) < matcher.match(_command("Copy a citation"))


def test_a_name_typed_still_finds_its_page() -> None:
    matcher = Matcher("zulkar")
    text = SpeakersProvider.PREFIX + "Wiryawan Zulkarnain"
    assert page_score(matcher, text) > 0
    assert not any(matcher.match(command.description) for command in COMMANDS if command.palette)
