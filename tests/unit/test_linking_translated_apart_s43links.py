"""Two reports in two languages whose days lie three or more apart (session 43, links; fixtures
written for kutip: fictional speaker and remarks).

A translation shares topic words with the speaker's like remark of another briefing as readily as
with the one it renders: an English report of a Friday remark met an Indonesian paraphrase of the
same minister six days earlier on four topic words. Within a language ``published_apart`` already
asks near-identical words of such a pair; across languages the dates an article's lead gives count
too (the Indonesian page's own date is its lead's)."""

from __future__ import annotations

from dataclasses import replace

from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
ENGLISH = "Local investors come first in the new port, though foreign money is welcome too"
INDONESIAN = "Investor lokal didahulukan di pelabuhan baru, meski dana asing juga diterima"


def test_a_translation_days_apart_needs_more_than_topic_words() -> None:
    english = doc_of("en:1", "en", ENGLISH, lang="en", speaker=SPEAKER, date="2024-05-10")
    same_day = doc_of("id:1", "id", INDONESIAN, speaker=SPEAKER, date="2024-05-10")
    # dated by its lead's event date: no publication date of its own
    days_before = replace(doc_of("id:1", "id", INDONESIAN, speaker=SPEAKER, date="2024-05-04"), published=0)
    assert matches(english, same_day)
    assert not matches(english, days_before)
