"""Session 45, a listed figure whose full name opens with a word the people keys read as a title: the
archive's person is named by the list's full name, title word and all, whichever form a page writes."""

from __future__ import annotations

from kutip.index.people.groups import listed
from kutip.index.people.names import key_of


def test_a_titled_full_name_is_found_by_its_key() -> None:
    full = "Sultan Bachtiar Najamudin"  # listed in data/people/nicknames.tsv with its title word
    assert key_of(full) != " ".join(full.casefold().split())
    assert listed(key_of(full)) == full
    assert listed(key_of("Sultan B Najamudin")) == full


def test_a_one_word_key_names_no_listed_figure() -> None:
    # the list's "Sultan Najamudin" keys to one word, a surname anyone may carry
    assert listed(key_of("Sultan Najamudin")) is None
