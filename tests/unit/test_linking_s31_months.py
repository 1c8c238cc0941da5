"""Session 31 (issue 10): a report is filed in the blocking index under the month of the day its
attribution states for the remark, as the linker weighs that day, not under a date months away
(a lead naming an earlier event). Fixtures written for kutip: fictional speakers and remarks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kutip.index.linking.keys import month_of
from kutip.index.linking.update import filed_month
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
REMARK = (
    "Jadi kami ingin menyampaikan begini, pemeriksaan para saksi di lantai lima belas gedung itu "
    "sudah sesuai prosedur dan terbuka untuk diawasi siapa pun"
)


def _article(aid: str, quote: str, said: str, day: str) -> Article:
    body = 'Lembaga itu menjawab kritik warga.\n\n"'
    start = len(body)
    body += quote
    end = len(body)
    body += f'," {said}'
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=day, lang="id", body=body
    )
    article.statements = [
        Statement(
            id=f"{aid}:0",
            article=aid,
            text=quote,
            kind="direct",
            start=start,
            end=end,
            speaker=SPEAKER,
            speaker_as_written=said.split(",", maxsplit=1)[0],
        )
    ]
    return article


def test_the_stated_day_decides_the_month() -> None:
    september = date(2023, 9, 12).toordinal()
    assert filed_month(month_of("2023-03-05"), september) == month_of("2023-09-12")
    assert filed_month(month_of("2023-03-05"), 0) == month_of("2023-03-05")
    assert filed_month(0, september) == 0  # an undated report meets every month


def test_one_remark_on_one_stated_day_links_whatever_the_dates_say(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    briefing = _article("a", REMARK, "kata Fulan kepada wartawan, Selasa (12/9/2023).", "2023-09-12")
    # the second page carries the date of the hearing its lead recalls, half a year before
    recalled = _article("b", REMARK, "kata Fulan di Jakarta, Selasa (12/9/2023).", "2023-03-05")
    archive.add(briefing, recalled)
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")


def test_stated_days_months_apart_stay_apart(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    march = _article("a", REMARK, "kata Fulan kepada wartawan, Minggu (5/3/2023).", "2023-03-05")
    september = _article(
        "b", REMARK.replace("sudah sesuai", "selalu sesuai"), "kata Fulan, Selasa (12/9/2023).", "2023-09-12"
    )
    archive.add(march, september)
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
