"""An undated article's lead date whose weekday belies it (session 39): "Selasa (12/4/2024)" in a
story of a Tuesday in November (12 April 2024 was a Friday) is a mistyped month, and the linker no
longer dates the article's quotes by it: they are undated, as their attributions' stated days
already are (``occasions._as_weekday_says`` gives none for a weekday further than a day off). The
mistyped date had set one outlet's report seven months from the others' near-identical ones.
A weekday a day off is the writer's slip of the weekday (session 37): the date stands. Fixtures
written for kutip: a fictional minister and remarks."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.occasions import weekday_misfits
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Sari Wulandari"
SORRY = "Saya juga minta maaf kepada warga bahwa dari kantor kami ada pegawai yang ikut terlibat dalam jaringan itu"
SORRY_AGAIN = "Saya minta maaf kepada warga bahwa dari kantor kami ada pegawai yang terlibat dalam jaringan itu"


def _article(aid: str, lead: str, quote: str, *, day: str = "", event: str = "") -> Article:
    body = f"{lead}\n\n\""
    start = len(body)
    body += quote
    end = len(body)
    body += '," ujar Sari.'
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=day, lang="id", body=body, event_date=event
    )
    article.statements = [
        Statement(
            id=f"{aid}:0", article=aid, text=quote, kind="direct", start=start, end=end,
            speaker=SPEAKER, speaker_as_written="ujar Sari",
        )
    ]
    return article


def test_a_weekday_more_than_a_day_off_belies_the_date() -> None:
    # 12 April 2024 was a Friday; 12 November 2024 a Tuesday
    assert weekday_misfits("Hal itu disampaikan di kelurahan, Selasa (12/4/2024).", "2024-04-12")
    assert weekday_misfits("Hal itu disampaikan, Senin (14/10/1014).", "1014-10-14")  # the year slipped
    assert not weekday_misfits("Hal itu disampaikan di kelurahan, Jumat (12/4/2024).", "2024-04-12")
    assert not weekday_misfits("Hal itu disampaikan, Sabtu (12/4/2024).", "2024-04-12")  # a day off: a slip
    assert not weekday_misfits("Hal itu disampaikan pada 12 April 2024.", "2024-04-12")  # no weekday written
    assert not weekday_misfits("Hal itu disampaikan, Selasa (12/4/2024).", "2024-11-12")  # another date


def _linked(tmp_path: Path, lead: str) -> bool:
    archive = Archive(tmp_path)
    archive.add(
        _article("a", "Menteri Sari meminta maaf di kantornya, Selasa (12/11/2024).", SORRY, day="2024-11-12"),
        _article("b", lead, SORRY_AGAIN, event="2024-04-12"),
    )
    return archive.cluster_of("a:0") == archive.cluster_of("b:0")


def test_a_lead_date_its_weekday_belies_dates_nothing(tmp_path: Path) -> None:
    assert _linked(tmp_path, "Menteri Sari meminta maaf saat berkunjung ke kelurahan, Selasa (12/4/2024).")


def test_a_lead_date_its_weekday_fits_still_dates_the_story(tmp_path: Path) -> None:
    # the same words seven months earlier, the lead's date standing: another occasion
    assert not _linked(tmp_path, "Menteri Sari meminta maaf saat berkunjung ke kelurahan, Jumat (12/4/2024).")


def test_a_year_no_page_carries_leaves_the_date_as_read(tmp_path: Path) -> None:
    from kutip.index.linking.context import lead_misdated

    archive = Archive(tmp_path)
    archive.add(_article("b", "Menteri Sari bertemu Presiden, Senin (14/10/1014).", SORRY, event="1014-10-14"))
    db = archive.store._db()
    assert not lead_misdated(db, "b", "1014-10-14")  # the year alone slipped: day and month stand
    archive.add(_article("c", "Menteri Sari berkunjung ke kelurahan, Selasa (12/4/2024).", SORRY, event="2024-04-12"))
    assert lead_misdated(db, "c", "2024-04-12")
