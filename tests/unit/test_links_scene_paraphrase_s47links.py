"""A paraphrase amid the article's own scene keeps no recalled day (session 47, issue 10; fixtures
written for kutip: a fictional minister). A story of an apology on its own day recalls, further down,
the dated remark apologised for; the speaker's one stated day reached the paraphrases between the
apology's quotes, and set them (and the apology's cluster) days from the other outlets' reports. A
paraphrase after an undated quote of the scene now keeps none, as that quote does; the lead's
paraphrase before every quote still takes the day (session 35's rule)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.linking.context import article_context
from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
APOLOGY = "Sekali lagi saya minta maaf kepada warga atas kelakar yang keliru itu"
AMID = "ucapannya bisa membuat warga salah paham"
EARLIER = "Kalau lahannya dibiarkan kosong, ya nanti kita ambil saja semuanya"


def _article(date: str) -> Article:
    parts: list[tuple[str, str, str]] = [
        ("pernyataannya tempo hari memang keliru", "indirect", ""),
        (APOLOGY, "direct", "ujarnya."),
        (AMID, "indirect", ""),
        (EARLIER, "direct", "kata Fulan di Balai Kota, Rabu (14/5/2025)."),
    ]
    body = "Menteri Fulan Hidayat meminta maaf."
    statements = []
    for n, (text, kind, said) in enumerate(parts):
        if kind == "indirect":
            body += f"\n\nFulan Hidayat mengakui {text}."
            start = body.index(text)
        else:
            if n == 3:
                body += "\n\nSebelumnya, Fulan bicara soal lahan kosong."
            body += '\n\n"'
            start = len(body)
            body += f'{text}," {said}'
        statements.append(
            Statement(
                id=f"a:{n}",
                article="a",
                text=text,
                kind=kind,
                start=start,
                end=start + len(text),
                speaker=SPEAKER,
                speaker_as_written=said.split(" ")[0] if said else "mengakui",
            )
        )
    article = Article(id="a", source="/corpus/a.txt", outlet="Warta", date=date, lang="id", body=body)
    article.statements = statements
    return article


def test_a_paraphrase_amid_the_scene_keeps_no_recalled_day(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("2025-05-20"))
    db: sqlite3.Connection = archive.store._db()
    stated = article_context(db, ["a"], {"a": "id"}, {"a": "2025-05-20"}).stated
    day = stated_day("Rabu (14/5/2025)", 0, 0)
    assert not stated.get("a:1")  # the apology of the article's day
    assert not stated.get("a:2")  # the paraphrase between the scene's quotes
    assert stated.get("a:0") == day  # the lead's paraphrase, as before
