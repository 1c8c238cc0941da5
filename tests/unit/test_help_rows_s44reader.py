"""The help screen names each row once within a group, and lists a page's keys under Pages: the
bookmarks' and the saved searches' Esc both read "Back to the reader" in one group, and the person
page's Esc sat under Statements, where Esc in the statements pane does nothing of the kind."""

from __future__ import annotations

from collections import Counter

from kutip.tui.commands import COMMANDS, GROUPS


def test_no_group_lists_one_description_twice() -> None:
    for group in GROUPS:
        counted = Counter(command.description for command in COMMANDS if command.group == group)
        assert [d for d, n in counted.items() if n > 1] == [], group


def test_a_pages_keys_are_listed_under_pages() -> None:
    assert {command.group for command in COMMANDS if command.scope == "person"} == {"Pages"}
