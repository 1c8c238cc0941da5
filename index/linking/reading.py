"""Reading new statements as the linker sees them (:class:`store.LinkDoc`): the quote's terms cut into
sentences and clauses, an editor's gloss left out (:func:`quoted_terms`), the speaker's names, and
what the article says around each statement (:func:`context.article_context`: its channel, the day
and kind of occasion its attribution states, the names the speaker goes by). An undated article is
known by its lead's event date unless the weekday written beside that date belies it
(:func:`context.lead_misdated`); a stated day files the report under its own month
(:func:`filed_month`). Split from :mod:`update` (session 40), which links what this reads.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date as calendar_date
from itertools import accumulate

from kutip.index.docstore import read_body
from kutip.index.linking.context import article_context, lead_misdated
from kutip.index.linking.keys import day_of, month_of
from kutip.index.linking.normalise import clause_terms, language_of
from kutip.index.linking.speakers import speaker_names
from kutip.index.linking.store import LinkDoc
from kutip.index.sqlin import select_in

__all__ = ["doc_of", "filed_month", "quoted_terms", "read_docs", "unglossed", "year_slip"]

# An editor's gloss inside a quote, two words or more: "Bu Fulan (Menteri Keuangan)". One word in
# parentheses is often the short form the other outlet writes ("Bidang Profesi dan Pengamanan (Propam)").
_GLOSS = re.compile(r"\s*\((?:[^()\s]+\s+){1,8}[^()\s]+\)")


def unglossed(text: str) -> str:
    """The quote without the words an editor put in parentheses to explain it: another outlet quoting
    the same remark glosses other words, or none."""
    return _GLOSS.sub("", text)


def quoted_terms(text: str, lang: str) -> list[list[list[str]]]:
    """The quote's terms cut into sentences and clauses, an editor's gloss left out
    (:func:`unglossed`) unless the speaker's own words then hold no content term: a bare answer
    ("Semua (turis asing, tanpa kecuali)", "Iya (soal kurs)") says what it says only through the
    gloss the outlet gave it, and outlets copying the answer copy the gloss with it."""
    sentences = clause_terms(unglossed(text), lang)
    if any(term for sentence in sentences for clause in sentence for term in clause):
        return sentences
    return clause_terms(text, lang)


def doc_of(
    statement: str,
    article: str,
    text: str,
    *,
    lang: str = "id",
    speaker: str | None = None,
    as_written: str | None = None,
    date: str = "",
    channel: str = "",
) -> LinkDoc:
    """A statement as the linker sees it: speaker name words, terms cut into sentences and clauses."""
    lang = language_of(text, lang)
    names = speaker_names(speaker, as_written)
    sentences = quoted_terms(text, lang)
    clauses = [clause for sentence in sentences for clause in sentence]
    terms = tuple(t for clause in clauses for t in clause)
    breaks = tuple(accumulate(sum(len(c) for c in sentence) for sentence in sentences[:-1]))
    clause_breaks = tuple(accumulate(len(c) for c in clauses[:-1]))
    return LinkDoc(
        statement,
        article,
        month_of(date),
        names.canonical,
        names.written,
        terms,
        breaks,
        lang,
        clause_breaks,
        channel,
        day_of(date),
        published=day_of(date),  # the batch reader passes the article's own date apart (see _read_docs)
    )


# the statement's date, else the date of the occasion the article's lead names (``Minggu (19/5)``)
_DATE = (
    "coalesce(nullif(s.date, ''), CASE WHEN json_valid(a.extra) "
    "THEN json_extract(a.extra, '$.event_date') END, '')"
)


def read_docs(db: sqlite3.Connection, ids: Sequence[str]) -> list[LinkDoc]:
    docs = []
    rows = list(
        select_in(
            db,
            "SELECT s.id, s.article, s.speaker, s.speaker_as_written, s.text, "
            f"{_DATE}, a.lang, s.date FROM statements s LEFT JOIN articles a ON a.id = s.article "
            "WHERE s.id IN ({marks})",
            ids,
        )
    )
    langs = {r[1]: r[6] or "id" for r in rows}
    dates = {r[1]: r[5] or "" for r in rows}  # one article's statements all carry its date
    published = {r[1]: r[7] or "" for r in rows}  # never the lead's event date
    misdated: dict[str, int] = {}  # lead dates their weekday belies: no day, filed under the month still
    bodies: dict[str, str] = {}  # read once here, for article_context too
    for article, day in dates.items():
        if day and not published[article]:
            bodies[article] = read_body(db, article)
            if lead_misdated(db, article, day, bodies[article]):
                misdated[article] = month_of(day)
                dates[article] = ""  # a lead's date its weekday belies dates nothing
    context = article_context(db, sorted(langs), langs, dates, published, bodies=bodies)
    for sid, article, speaker, as_written, text, date, written_lang, published in rows:
        extra = context.aliases.get((article, speaker), frozenset())
        doc = doc_of(
            sid,
            article,
            text,
            lang=written_lang or "id",
            speaker=speaker,
            as_written=as_written,
            date=(date or "") if dates[article] else "",
        )
        stated = year_slip(context.stated.get(sid, 0), day_of(published or ""))
        docs.append(
            replace(
                doc,
                written=doc.written | (extra - doc.names),
                channel=context.channels.get(sid, ""),
                stated=stated,
                day=stated if stated > 0 else doc.day,  # the remark's own day beats the article's
                month=filed_month(misdated.get(article, doc.month), stated),
                occasion=context.occasions.get(sid, ""),
                published=day_of(published or ""),
            )
        )
    return docs


def filed_month(month: int, stated: int) -> int:
    """The month a dated report is filed and looked up under: the month of the day its attribution
    states for the remark, as its ``day`` is, else its date's. A lead naming another event's date
    (a hearing months before the briefing) filed two reports of one remark on one stated day in
    months apart, and the blocking keys never met them. An undated report stays undated (month 0:
    it meets every month, and a bare stated day may lack its year)."""
    if not month or stated <= 0:
        return month
    said = calendar_date.fromordinal(stated)
    return said.year * 12 + said.month


def year_slip(stated: int, published: int) -> int:
    """The day a report states for its remark, its year mended when the article is published on the
    same day and month of the next year: a reporter writing in January types last year's number
    ("Selasa, 17 Januari 2022" in a story of 17 January 2023); a remark a year old is not reported
    as that day's news."""
    if stated <= 0 or published <= 0 or stated == published:
        return stated
    said, out = calendar_date.fromordinal(stated), calendar_date.fromordinal(published)
    if (said.month, said.day) == (out.month, out.day) and out.year - said.year == 1:
        return published
    return stated
