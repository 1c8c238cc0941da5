"""An English quote is looked up under every translation of its terms (issue 10, links across
languages): its pivot keeps one translation a term, and a report that renders a term another way
would share no blocking key with it, so the pair was never compared (short quotes since session 40,
every English quote since session 44)."""

from __future__ import annotations

import sqlite3

from kutip.index.linking.shortlist import ranked
from kutip.index.linking.store import LinkDoc, ensure_schema, insert_docs, set_meta

_SPEAKER = frozenset({"rudi", "hartono"})
_MONTH = 24290


def _archive(report: LinkDoc) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    insert_docs(db, [report])
    set_meta(db, "rowid_seen", "1")
    return db


def _english(terms: tuple[str, ...]) -> LinkDoc:
    return LinkDoc("en:0", "en", _MONTH, _SPEAKER, frozenset(), terms, lang="en")


def test_a_short_english_quote_meets_a_report_using_another_translation() -> None:
    # "protect" pivots to its first translation; the Indonesian report says "jaga" (keep, guard)
    report = LinkDoc("id:0", "id", _MONTH, _SPEAKER, frozenset(), ("jaga", "pilih"))
    db = _archive(report)
    assert [doc.statement for doc in ranked(db, _english(("protect", "vote")))] == ["id:0"]


def test_a_longer_english_quote_meets_a_report_using_other_translations() -> None:
    # four terms, none of the report's stored fingerprints a pivot of the quote (session 44: every
    # English quote is looked up under every own translation of its terms)
    report = LinkDoc("id:0", "id", _MONTH, _SPEAKER, frozenset(), ("jaga", "pilih"))
    db = _archive(report)
    longer = _english(("protect", "vote", "village", "election"))
    assert [doc.statement for doc in ranked(db, longer)] == ["id:0"]


def test_an_english_quote_on_another_subject_is_not_shortlisted() -> None:
    report = LinkDoc("id:0", "id", _MONTH, _SPEAKER, frozenset(), ("jaga", "pilih"))
    db = _archive(report)
    other = _english(("harvest", "rice", "price", "market"))
    assert "id:0" not in [doc.statement for doc in ranked(db, other)]
