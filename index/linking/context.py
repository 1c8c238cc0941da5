"""What an article says around its statements, read once per article for the linker.

Each statement's channel (:mod:`channels`), the day and kind of occasion its attribution
names (:mod:`occasions`) and the names its speaker is called by anywhere in the article:
the evidence beside the words that says which remark a quote reports.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import NamedTuple

from kutip.index.docstore import read_body
from kutip.index.ingest.dates import find_dates
from kutip.index.language import lines
from kutip.index.linking.channels import (
    MAYBE,
    attribution,
    channel_among,
    channels_in,
    channels_named,
    said_or_channel,
    spoken,
)
from kutip.index.linking.occasions import (
    RECALLED,
    SAME_REMARK_SLACK_DAYS,
    calendar_gap,
    day_written,
    kind_of,
    stated_day,
    weekday_misfits,
    without_weekday,
)
from kutip.index.linking.speakers import speaker_names
from kutip.index.linking.weekdays import weekday_led
from kutip.index.statements.lexicon import verbs_of

__all__ = ["Context", "article_context", "lead_misdated", "narrated_days", "recalled_quotes"]

# Characters before an undated quote, back to the statement before it, read for a day the narration
# gives ("Usai rapat terbatas, Selasa, 9 September 2025, X meminta maaf." then the quote).
_LEAD_IN = 400
# The earliest year a news page's date may carry; an earlier one is a mistyped year (:func:`lead_misdated`).
_FIRST_YEAR = 1900


class Context(NamedTuple):
    """What an article says around its statements, by statement id (aliases by article and speaker)."""

    channels: dict[str, str]
    aliases: dict[tuple[str, str | None], frozenset[str]]
    stated: dict[str, int]
    occasions: dict[str, str]


def article_context(
    db: sqlite3.Connection,
    articles: Sequence[str],
    langs: dict[str, str],
    dates: dict[str, str],
    published: dict[str, str] | None = None,
    *,
    bodies: dict[str, str] | None = None,
) -> Context:
    """What the article says around its statements: each statement's channel, the day and kind
    of occasion its attribution names, and the names each speaker is called by anywhere in the
    article (``Emil, sapaan Ridwan Kamil`` names every remark of that speaker, not only the one
    whose attribution says so). ``dates`` holds each article's date (else its lead's event date),
    which gives a bare ``Kamis (22/4)`` its year; ``published`` each article's own date, never the
    lead's (:func:`occasions.stated_day`); ``bodies`` the articles' bodies the caller has read already.

    A quote with no attribution of its own (a run of quoted paragraphs attributed once, at
    the end) takes the channel and day of the next attributed quote by the same speaker. A
    speaker whose quotes in one article name one kind of occasion spoke on that occasion in
    all of them ("kata dia" continues the scene the first attribution set); likewise a speaker
    whose attributions in one article state one day (``ucap X, Minggu (28/4)`` then ``ujarnya``)
    spoke all of them that day. Two stated days leave the undated quotes undated: the article
    may recall an earlier remark; so does another day the narration just before a quote gives
    (:func:`narrated_days`), and so does the article's own date for a direct quote before the
    speaker's dated one when the day lies more than a day from it: the story's own scene comes
    first, and the dated quote further down may be one the story recalls (a remark three weeks
    older under its own heading); a paraphrase in the lead, the story's summary, still takes it.
    A quote credited by a pronoun (``ujarnya``, ``kata dia``) goes on from
    the speaker's quote before it, and takes its day (:func:`_continue_days`). A quote without a
    channel, of a speaker whose attributions in the article name one channel and never a spoken
    one or a kind of occasion, may have come through it (:data:`channels.MAYBE`): "..., imbuh X"
    in a story of X's posts.
    """
    found = Context({}, {}, {}, {})
    for article in articles:
        body = (bodies or {}).get(article)
        if body is None:
            body = read_body(db, article)
        reference = dates.get(article, "")
        own = (published or {}).get(article, "")
        rows = db.execute(
            "SELECT id, speaker, speaker_as_written, start, end FROM statements WHERE article = ? "
            "ORDER BY start DESC",
            (article,),
        ).fetchall()
        ends = sorted(int(r[4]) for r in rows)
        carried: dict[str | None, tuple[str, int]] = {}
        kinds: dict[str | None, set[str]] = {}
        named_by: dict[str | None, set[str]] = {}  # the channels each speaker's attributions name
        for sid, speaker, as_written, start, end in rows:
            listed = channels_named(body, start, end) or _lead_in_channels(body, start, ends)
            named_by.setdefault(speaker, set()).update(listed)
            kind = kind_of(body, start, end)
            if kind:
                found.occasions[sid] = kind
                kinds.setdefault(speaker, set()).add(kind)
            if as_written:
                day = stated_day(
                    body, start, end, lang=langs.get(article, "id"), reference=reference, published=own
                )
                carried[speaker] = (said_or_channel(listed, attribution(body, start, end)), day)
                found.channels[sid], found.stated[sid] = carried[speaker]
                key = (article, speaker)
                names = speaker_names(speaker, as_written).written
                found.aliases[key] = found.aliases.get(key, frozenset()) | names
            else:
                heard_as = said_or_channel(listed, attribution(body, start, end))
                found.channels[sid] = heard_as or carried.get(speaker, ("", 0))[0]
                found.stated[sid] = carried.get(speaker, ("", 0))[1]
        for sid, speaker, *_ in rows:
            channels = named_by.get(speaker, set())
            alone = len(channels) == 1 and not spoken(channels) and not kinds.get(speaker)
            if alone and not found.channels.get(sid):
                found.channels[sid] = MAYBE + next(iter(channels))
        recalled = recalled_quotes(body, rows, ends)
        sql = "SELECT id FROM statements WHERE article = ? AND kind = 'direct'"
        quoted = {str(r[0]) for r in db.execute(sql, (article,))}
        _continue_days(body, rows, ends, found.stated, recalled)
        lang = langs.get(article, "id")
        _lead_in_days(body, rows, ends, found.stated, recalled, read=(lang, reference, own))
        days: dict[str | None, dict[int, int]] = {}  # by the day without its written weekday
        for sid, speaker, *_ in rows:
            if found.stated.get(sid):
                days.setdefault(speaker, {}).setdefault(without_weekday(found.stated[sid]), found.stated[sid])
        scene = _scene_quotes(rows, quoted, found.stated, recalled)
        for sid, speaker, *_ in rows:
            named = kinds.get(speaker, set())
            if sid not in found.occasions and len(named) == 1:
                found.occasions[sid] = next(iter(named))
            dated = days.get(speaker, {})
            if not found.stated.get(sid) and len(dated) == 1 and sid not in recalled:
                start = next(int(r[3]) for r in rows if r[0] == sid)
                first = min(int(r[3]) for r in rows if r[1] == speaker and found.stated.get(r[0]))
                day = next(iter(dated.values()))
                amid = sid in quoted or any(at < start for at in scene.get(speaker, ()))
                if start < first and amid and _off_the_article_day(day, reference):
                    continue  # the article's own scene comes first; the later day may be recalled
                if not narrated_days(body, start, ends) - set(dated):
                    found.stated[sid] = day
        if lang == "en":
            _lead_weekday(body, rows, found.stated, recalled)
        for sid in recalled:
            found.occasions[sid] = RECALLED + found.occasions.get(sid, "")
    return found


def _lead_weekday(body: str, rows: Sequence[_Row], stated: dict[str, int], recalled: set[str]) -> None:
    """Gives an English page's statements with no day of their own the weekday its lead gives the
    remark ("The deputy minister said Tuesday the ...": :func:`weekdays.weekday_led`, read before the
    first statement), as a weekday alone: it sets a report stating a day two weekdays or more away
    apart (the minister's Friday speech is not his Tuesday doorstop) and confirms no day. A weekday
    in a dated page's attribution is left as before: a release's Monday there, beside an Indonesian
    page dating the release by its own edition three days on, is one text."""
    if not rows:
        return
    led = weekday_led(body[: min(int(row[3]) for row in rows)], verbs_of("en"))
    for sid, *_ in rows:
        if led and not stated.get(sid) and sid not in recalled:
            stated[sid] = led


def _scene_quotes(
    rows: Sequence[_Row], quoted: set[str], stated: dict[str, int], recalled: set[str]
) -> dict[str | None, list[int]]:
    """Where each speaker's direct quotes with no day of their own begin: the story's own scene. A
    paraphrase after one of them, before a quote the article dates off its own day (a remark it
    recalls), belongs to that scene as the quotes around it do, not to the recalled day; one before
    them all (the lead's summary) may still take it."""
    scene: dict[str | None, list[int]] = {}
    for sid, speaker, _, start, _ in rows:
        if sid in quoted and not stated.get(sid) and sid not in recalled:
            scene.setdefault(speaker, []).append(int(start))
    return scene


def lead_misdated(db: sqlite3.Connection, article: str, event_date: str, body: str | None = None) -> bool:
    """Whether the date an undated article is known by (its lead's event date, ``YYYY-MM-DD``) is
    written in its body with a weekday more than a day off (:func:`occasions.weekday_misfits`):
    "Rabu (5/5/2025)" (a Monday) in a story of a Wednesday in November. The month or the year slipped, and the
    date would set the story's quotes months from the other outlets' reports of the same remarks;
    the article is better read as undated, as its attributions' stated days already are (``update``
    still files it under that date's month: its blocking keys meet what they met before). A year no
    news page carries (before ``_FIRST_YEAR``: "Rabu (5/11/1025)") says the year alone slipped, the
    day and month standing: the date is left as read, as it was (it keeps the story from every other).
    ``body``: the article's body when the caller has read it."""
    if not event_date or not event_date[:4].isdigit() or int(event_date[:4]) < _FIRST_YEAR:
        return False
    return weekday_misfits(read_body(db, article) if body is None else body, event_date)


def _off_the_article_day(day: int, reference: str) -> bool:
    """Whether a stated day lies more than a day from the article's own date (``YYYY-MM-DD``;
    a bare day by month and day); False when either is unknown."""
    try:
        own = date.fromisoformat(reference[:10]).toordinal()
    except ValueError:
        return False
    return calendar_gap(day, own) > SAME_REMARK_SLACK_DAYS


@cache
def _recall_opening() -> re.Pattern[str]:
    """A phrase of ``linking_recalled.txt`` opening a paragraph or a sentence, before a comma."""
    phrases = sorted({" ".join(p.casefold().split()) for p in lines("linking_recalled.txt")}, key=len)[::-1]
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?:\n|[.!?][\"”’']?[ \t]+)[ \t]*(?:{alternatives})[ \t]*,", re.I)


def _paragraph_before(body: str, start: int) -> int:
    """Where the lead-in of the quote at ``start`` may open: its own paragraph, or the paragraph
    just before it when the quote opens its own ("Sebelumnya, Fulan menegaskan hal serupa." over
    the quoted paragraph)."""
    opening = body.rfind("\n", 0, start) + 1
    if body[opening:start].strip(" \t\"'“”‘’«»"):
        return opening
    above = body[:opening].rstrip()
    return above.rfind("\n") + 1


def _runs_on(gap: str) -> bool:
    """Whether the narration between two quotes of one speaker keeps to one scene: it crosses at
    most one paragraph break (the end of an attribution, "Ia menambahkan,") and writes no day."""
    paragraphs = [line for line in gap.split("\n") if line.strip()]
    return len(paragraphs) <= 2 and next(find_dates(gap), None) is None


def recalled_quotes(body: str, rows: Sequence[_Row], ends: Sequence[int]) -> set[str]:
    """The statements the narration recalls from before the article's own day: one whose lead-in
    (back to the statement before it, at most ``_LEAD_IN`` characters) opens a paragraph or a
    sentence with "Sebelumnya," ("Previously,": ``linking_recalled.txt``), and the quotes of the
    same speaker that follow it with no other statement, no paragraph of narration and no day
    written between (the recalled
    scene goes on: "..., kata Fulan di Kota Lain." after "Sebelumnya, Fulan menegaskan ...").
    News puts the occasion it covers first and such background after it; the speaker's one stated
    day in the article is that occasion's, not the recalled remark's."""
    found: set[str] = set()
    previous: tuple[str, str | None, int] | None = None
    for sid, speaker, _, start, end in sorted(rows, key=lambda row: int(row[3])):
        before = [stop for stop in ends if stop <= start]
        opening = max(0, start - _LEAD_IN, _paragraph_before(body, start), *before[-1:])
        lead = ("\n" if opening == 0 or body[opening - 1 : opening] == "\n" else "") + body[opening:start]
        if _recall_opening().search(lead):
            found.add(sid)
        elif previous is not None and previous[0] in found and previous[1] == speaker:
            found.update([sid] if _runs_on(body[previous[2] : start]) else [])
        previous = (sid, speaker, int(end))
    return found


def narrated_days(body: str, start: int, ends: Sequence[int]) -> set[int]:
    """The days (``date.toordinal``) written in the narration before the quote at ``start``: back to
    the end of the statement before it (``ends``: every statement's end), at most ``_LEAD_IN``
    characters. A quote after "On Tuesday, after the cabinet meeting, she apologised." is Tuesday's,
    not the day another attribution of the article gives the speaker's other remark."""
    before = [end for end in ends if end <= start]
    opening = max([start - _LEAD_IN, *before[-1:]], default=0)
    return {date.fromisoformat(found.iso).toordinal() for found in find_dates(body[max(0, opening) : start])}


def _lead_in_days(
    body: str,
    rows: Sequence[_Row],
    ends: Sequence[int],
    stated: dict[str, int],
    recalled: set[str],
    *,
    read: tuple[str, str, str],
) -> None:
    """Gives a quote with no day of its own the day its paragraph's narration just before it writes
    (after the statement before it, at most ``_LEAD_IN`` characters) in a sentence saying when the
    remark was delivered (:func:`_delivered`): "The remarks were made at the opening of the
    seminar, Thursday (19/12). "...," said X." dates the remark as an attribution would; a caption,
    a plan or the event the remark is about dates nothing. ``read``: the article's language, its
    date (for a bare day's year) and its own date."""
    lang, reference, own = read
    for sid, _, _, start, _ in rows:
        if stated.get(sid) or sid in recalled:
            continue
        before = [end for end in ends if end <= start]
        opening = max([int(start) - _LEAD_IN, body.rfind("\n", 0, int(start)) + 1, *before[-1:]])
        sentences = [s for s in _SENTENCE.split(body[opening:start]) if _delivered().search(s.casefold())]
        day = day_written(sentences[-1], lang=lang, reference=reference, published=own) if sentences else 0
        if day:
            stated[sid] = day


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_QUOTE_MARKS = " \t\n\"'“”‘’«»"


def _lead_in_channels(body: str, start: int, ends: Sequence[int]) -> list[str]:
    """The channels named by the narration's sentence that introduces the quote at ``start``, when
    that sentence (the last before the quote, back to the statement before it, in the quote's
    paragraph or the one above it when the quote opens its own) says how the remark was delivered
    (:func:`_delivered`) and names a channel: "Hal itu disampaikan X lewat akun Instagram-nya." over
    a quote attributed by "ujarnya" reports the post, as "..., tulis X di Instagram" would. A
    sentence naming the platform for anything else (a video of the scene gone viral) says nothing
    of the quote; one naming only a spoken occasion is left to the attribution."""
    before = [stop for stop in ends if stop <= start]
    opening = max(0, start - _LEAD_IN, _paragraph_before(body, start), *before[-1:])
    sentences = _SENTENCE.split(body[opening:start].strip(_QUOTE_MARKS))
    last = sentences[-1] if sentences else ""
    if not _delivered().search(last.casefold()):
        return []
    named = channels_in(last)
    return named if channel_among(named) else []


@cache
def _delivered() -> re.Pattern[str]:
    """The words with which narration says when a remark was delivered (``linking_delivered.txt``)."""
    phrases = sorted({" ".join(p.casefold().split()) for p in lines("linking_delivered.txt")}, key=len)[::-1]
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _pronoun(as_written: str) -> bool:
    """Whether an attribution credits its speaker without a name (``ujarnya``, ``kata dia``, ``he said``)."""
    return not any(word[:1].isupper() for word in as_written.split())


_Row = tuple[str, str | None, str | None, int, int]  # id, speaker, as written, start, end


def _continue_days(
    body: str, rows: Sequence[_Row], ends: Sequence[int], stated: dict[str, int], recalled: set[str]
) -> None:
    """Gives a quote credited by a pronoun, with no day of its own, the day the speaker's quote
    before it states (``"...," kata Faisal, Sabtu (13/1/2024).`` then ``"...," ujarnya.``): the
    pronoun goes on from that attribution's scene, whatever other day the article gives the
    speaker's later remarks. Another day written in the narration between them stops it."""
    before: dict[str | None, int] = {}
    for sid, speaker, as_written, start, _ in sorted(rows, key=lambda row: int(row[3])):
        day = stated.get(sid, 0)
        pronoun = bool(as_written) and _pronoun(str(as_written)) and sid not in recalled
        going_on = not day and pronoun and before.get(speaker)
        if going_on and not narrated_days(body, int(start), ends) - {before[speaker]}:
            day = stated[sid] = before[speaker]
        before[speaker] = day
