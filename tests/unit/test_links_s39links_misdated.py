"""An undated article's lead date whose weekday belies it (session 39): a Wednesday written beside a
date that fell on a Monday, in a story of a Wednesday six months later, is a mistyped month, and the
linker no longer dates the article's quotes by it: they are undated, as their attributions' stated
days already are (``occasions._as_weekday_says`` gives none for a weekday further than a day off).
The mistyped date had set one outlet's report months from the others' near-identical ones. A weekday
a day off is the writer's slip of the weekday (session 37): the date stands. Fixtures written for
kutip: a fictional regent, a fictional bridge and made-up dates."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.context import lead_misdated
from kutip.index.linking.keys import day_of, month_of
from kutip.index.linking.occasions import weekday_misfits
from kutip.index.linking.store import load_docs
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Rara Kusumadewi"
BRIDGE = "Jembatan gantung di Dusun Kembang kami ganti dengan jembatan beton sebelum musim tanam supaya petani tidak memutar"
BRIDGE_AGAIN = "Jembatan gantung Dusun Kembang kami ganti dengan jembatan beton sebelum musim tanam agar petani tidak perlu memutar"
SHORT = "Jembatan beton Dusun Kembang selesai sebelum musim tanam tiba"
SHORT_AGAIN = "Jembatan beton Dusun Kembang rampung sebelum musim tanam tiba"
# 5 November 2025 was a Wednesday, 5 May 2025 a Monday
STORY_DAY = "Bupati Rara meninjau dusun itu, Rabu (5/11/2025)."
MISTYPED = "Bupati Rara meninjau dusun itu, Rabu (5/5/2025)."
FITTING = "Bupati Rara meninjau dusun itu, Senin (5/5/2025)."


def _article(aid: str, lead: str, quote: str, *, day: str = "", event: str = "") -> Article:
    body = f"{lead}\n\n\""
    start = len(body)
    body += quote
    end = len(body)
    body += '," kata Rara.'
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=day, lang="id", body=body, event_date=event
    )
    article.statements = [
        Statement(
            id=f"{aid}:0", article=aid, text=quote, kind="direct", start=start, end=end,
            speaker=SPEAKER, speaker_as_written="kata Rara",
        )
    ]
    return article


def test_a_weekday_more_than_a_day_off_belies_the_date() -> None:
    assert weekday_misfits(MISTYPED, "2025-05-05")
    assert weekday_misfits("Acara itu digelar, Jumat (5/11/2052).", "2052-11-05")  # the year slipped
    assert not weekday_misfits(FITTING, "2025-05-05")
    assert not weekday_misfits("Acara itu digelar, Selasa (5/5/2025).", "2025-05-05")  # a day off: a slip
    assert not weekday_misfits("Acara itu digelar pada 5 Mei 2025.", "2025-05-05")  # no weekday written
    assert not weekday_misfits(MISTYPED, "2025-11-05")  # another date


def _linked(tmp_path: Path, lead: str) -> bool:
    """A dated report, an undated outlet's copy of it, and the page whose lead gives ``lead``: the
    misdated page keeps its lead's month for the blocking keys (a page undated only by this rule
    meets no more candidates than before) and reaches the dated report through the undated copy."""
    archive = Archive(tmp_path)
    archive.add(
        _article("a", STORY_DAY, SHORT, day="2025-11-05"),
        _article("c", "Bupati Rara meninjau dusun itu.", SHORT_AGAIN),
        _article("b", lead, SHORT_AGAIN, event="2025-05-05"),
    )
    assert archive.cluster_of("a:0") == archive.cluster_of("c:0")
    return archive.cluster_of("a:0") == archive.cluster_of("b:0")


def test_a_lead_date_its_weekday_belies_dates_nothing(tmp_path: Path) -> None:
    assert _linked(tmp_path, MISTYPED)


def test_a_lead_date_its_weekday_fits_still_dates_the_story(tmp_path: Path) -> None:
    def stored(lead: str, where: Path) -> tuple[int, int]:
        archive = Archive(where)
        archive.add(_article("b", lead, SHORT_AGAIN, event="2025-05-05"))
        doc = load_docs(archive.store._db(), ["b:0"])["b:0"]
        return doc.day, doc.month

    (tmp_path / "fits").mkdir()
    (tmp_path / "belied").mkdir()
    assert stored(FITTING, tmp_path / "fits") == (day_of("2025-05-05"), month_of("2025-05-05"))
    # no day; still filed under the lead's month, so its blocking keys meet what they met before
    assert stored(MISTYPED, tmp_path / "belied") == (0, month_of("2025-05-05"))


def test_a_year_no_page_carries_leaves_the_date_as_read(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("b", "Bupati Rara meninjau dusun itu, Rabu (5/11/1025).", BRIDGE, event="1025-11-05"))
    db = archive.store._db()
    assert not lead_misdated(db, "b", "1025-11-05")  # the year alone slipped: day and month stand
    archive.add(_article("c", MISTYPED, BRIDGE, event="2025-05-05"))
    assert lead_misdated(db, "c", "2025-05-05")
