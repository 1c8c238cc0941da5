"""A direct quote before the only dated one of its speaker, in an article dated weeks later, is the
article's own scene, not the day the later quote recalls (fixtures written for kutip: a fictional
minister and remarks).

A story of a minister's remark after a meeting on the article's day goes on to recall, under its own
heading, a remark he made three weeks before, dated. The speaker's one stated day used to reach
every undated quote of his, the meeting's too, and filed it three weeks from the other outlets'
reports of the meeting. A quote before the dated one keeps no stated day when that day lies more
than a day from the article's date; a paraphrase in the lead (the article's summary of the remark)
and the quotes after the dated one still take it, as does a quote before it on the article's day."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.linking.context import article_context
from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
MEETING = "Kami cuma disuguhi teh hangat dua cangkir, tidak ada yang lain"
EARLIER = "Pokoknya kalau ukuran sepatunya di atas empat puluh, harus lebih rajin jalan kaki"
LATER = "Itu cuma perumpamaan supaya warga mau bergerak"


def _article(date: str) -> Article:
    parts: list[tuple[str, str, str]] = [
        ("Menteri mengatakan pertemuan itu membahas anggaran", "indirect", ""),
        (MEETING, "direct", "ujarnya menanggapi pertanyaan wartawan."),
        (EARLIER, "direct", "kata Fulan di Balai Kota, Rabu (14/5/2025)."),
        (LATER, "direct", "ujarnya."),
    ]
    body = "Menteri Fulan Hidayat menemui Presiden di Istana."
    statements = []
    for n, (text, kind, said) in enumerate(parts):
        if kind == "indirect":
            body += f"\n\nFulan Hidayat mengatakan {text}."
            start = body.index(text)
        else:
            if n == 2:
                body += "\n\nPernyataan Sebelumnya Disorot"
            body += '\n\n"'
            start = len(body)
            body += f'{text}," {said}'
        statements.append(
            Statement(
                id=f"a:{n}", article="a", text=text, kind=kind, start=start, end=start + len(text),
                speaker=SPEAKER, speaker_as_written=said.split(" ")[0] if said else "mengatakan",
            )
        )
    article = Article(id="a", source="/corpus/a.txt", outlet="Warta", date=date, lang="id", body=body)
    article.statements = statements
    return article


def _stated(tmp_path: Path, date: str) -> dict[str, int]:
    archive = Archive(tmp_path)
    archive.add(_article(date))
    db: sqlite3.Connection = archive.store._db()
    return article_context(db, ["a"], {"a": "id"}, {"a": date}).stated


def test_a_quote_before_a_day_weeks_from_the_article_keeps_none(tmp_path: Path) -> None:
    day = stated_day("Rabu (14/5/2025)", 0, 0)
    stated = _stated(tmp_path, "2025-06-03")
    assert stated.get("a:2") == day
    assert not stated.get("a:1")  # the meeting of the article's day
    assert stated.get("a:0") == day  # the lead's paraphrase still takes the speaker's day
    assert stated.get("a:3") == day  # a quote after the dated one goes on from it


def test_on_the_article_day_the_quote_before_still_takes_it(tmp_path: Path) -> None:
    day = stated_day("Rabu (14/5/2025)", 0, 0)
    stated = _stated(tmp_path, "2025-05-14")
    assert stated.get("a:1") == day
