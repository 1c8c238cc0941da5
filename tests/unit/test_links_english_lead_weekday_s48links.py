"""An English lead's weekday dates the page's quotes (session 48, issue 10; fixtures written for kutip:
a fictional minister). An English report whose lead says the minister spoke "on Friday" at a forum
joined two Indonesian reports of his doorstop stated "Selasa (22/7/2025)": the page's quote named no
day, so nothing set them apart. A weekday written in the lead ("said on Friday", "said Monday") is now
a weekday alone, as an undated Indonesian page's "..., ujar X, Rabu" has been since session 47."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.linking.context import article_context
from kutip.index.linking.occasions import days_apart, stated_day
from kutip.index.linking.weekdays import weekday_day, weekday_led
from kutip.index.models import Article, Statement
from kutip.index.statements.lexicon import verbs_of
from tests.unit.test_linking_incremental import Archive

QUOTE = "We will keep the price of diesel where it is until the end of the year"
DATE = "2025-07-26"  # a Saturday
TUESDAY = stated_day("kata Menteri Fulan Hadi di Kota Baru, Selasa (22/7/2025).", 0, 0)


def _english(lead: str) -> Article:
    body = f"Diesel Price Stays\n\nBalikpapan. {lead}\n\n“{QUOTE},” Hadi told the forum."
    start = body.index(QUOTE)
    article = Article(id="en", source="/corpus/en.txt", outlet="Daily", date=DATE, lang="en", body=body)
    article.statements = [
        Statement(
            id="en:0",
            article="en",
            text=QUOTE,
            kind="direct",
            start=start,
            end=start + len(QUOTE),
            speaker="Fulan Hadi",
            speaker_as_written="Hadi told",
        )
    ]
    return article


def _stated(tmp_path: Path, lead: str) -> int:
    archive = Archive(tmp_path)
    archive.add(_english(lead))
    db: sqlite3.Connection = archive.store._db()
    return article_context(db, ["en"], {"en": "en"}, {"en": DATE}).stated.get("en:0", 0)


def test_the_lead_s_weekday_dates_the_quote(tmp_path: Path) -> None:
    day = _stated(tmp_path, "Energy Minister Fulan Hadi said on Friday that diesel prices would not rise.")
    assert day == weekday_day(4)
    assert days_apart(day, TUESDAY)  # Friday's forum is not Tuesday's doorstop


def test_a_weekday_straight_after_the_verb_counts() -> None:
    verbs = verbs_of("en")
    assert weekday_led("A senior minister said Monday that the fuel quota stays.", verbs) == weekday_day(0)
    assert weekday_led(
        "Prices Hold\n\nThe minister told a forum on Tuesday that prices hold.", verbs
    ) == weekday_day(1)


def test_no_weekday_or_two_say_nothing() -> None:
    verbs = verbs_of("en")
    assert weekday_led("The minister said prices would hold.", verbs) == 0
    assert weekday_led("The minister said on Friday what he had told MPs on Monday.", verbs) == 0
    # a sentence without a speech verb (a caption, a headline) is not the lead
    assert weekday_led("Queues at a depot on Friday.\n\nThe minister said prices hold.", verbs) == 0
