"""The narration just before a quote saying when the remark was delivered dates it (session 43,
links; fixtures written for kutip: fictional speaker, events and remarks).

"Hal itu disampaikan saat membuka seminar, Selasa (3/9). "...," kata X." states the remark's day
as an attribution would; left undated, the quote of an undated page matched the same speaker's
like words of another occasion nine days later. A date in other narration before a quote (a
caption, a plan, the event the remark is about) dates nothing."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"


def _article(aid: str, narration: str) -> Article:
    body = "Seminar itu dihadiri ratusan peserta.\n\n" + narration + ' "'
    start = len(body)
    quote = "Kerukunan warga harus kita jaga bersama setiap hari"
    body += quote + '," kata Fulan.'
    statement = Statement(
        id=f"{aid}:0", article=aid, text=quote, kind="direct", start=start, end=start + len(quote),
        speaker=SPEAKER, speaker_as_written="Fulan",
    )
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date="", lang="id", body=body)
    article.statements = [statement]
    return article


def test_a_sentence_saying_when_the_remark_was_delivered_dates_it(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        _article("a", "Hal itu disampaikan Fulan saat membuka seminar di Kota Baru, Selasa (3/9/2024)."),
        _article("b", "Seminar berikutnya akan digelar di Kota Lama pada Selasa (3/9/2024)."),
        _article("c", "Foto: peserta seminar di Kota Baru, Selasa (3/9/2024)."),
    )
    stated = dict(archive.store._db().execute("SELECT statement, stated FROM link_docs").fetchall())
    assert stated["a:0"] == stated_day("Selasa (3/9/2024)", 0, 0)
    assert stated["b:0"] == stated["c:0"] == 0
