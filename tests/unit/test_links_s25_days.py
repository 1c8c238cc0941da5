"""A story published days after a remark says when it was made with a day and a month only
("ujar Fulan saat ditemui pada 13 Agustus lalu"): that is the remark's day, so the report links
with the same day's report by the normal bar, not as a remark repeated a week later (fixtures
written for kutip: a fictional agency head and remarks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
# the day's report and the later one: one remark, reworded by the second outlet
SAID = (
    "Ibarat hujan deras, kita tidak pernah tahu kapan datangnya. Jadi kalau ditanya kapan banjir "
    "berikutnya, itu ibarat ditanya kapan hujan turun lagi"
)
RETOLD = (
    "Ibarat hujan deras, kita tidak bisa tahu kapan datang. Jadi kalau orang bertanya soal banjir, "
    "jawabannya sama dengan kapan hujan lagi"
)


def _on(text: str, reference: str = "2024-08-20") -> str:
    day = stated_day(text, 1, text.index(',"'), reference=reference)
    return date.fromordinal(day).isoformat() if day > 0 else ""


def test_a_day_and_a_month_after_pada_or_on_date_the_remark() -> None:
    assert _on('"Kami siaga," ujar Fulan saat ditemui pada 13 Agustus lalu.') == "2024-08-13"
    assert _on('"Kami siaga," kata Fulan pada Selasa, 13 Agustus.') == "2024-08-13"
    assert _on('"We are ready," Fulan said on Tuesday, August 13.') == "2024-08-13"
    assert _on('"We are ready," Fulan said on 13 August.') == "2024-08-13"
    # a December remark reported in January is last year's
    assert _on('"Kami siaga," kata Fulan pada 30 Desember lalu.', "2025-01-03") == "2024-12-30"


def test_a_day_of_the_subject_is_no_day_of_the_remark() -> None:
    assert _on('"Kami siaga," kata Fulan soal banjir 13 Agustus.') == ""
    assert (
        _on('"Kami siaga," kata Fulan tentang gempa pada 13 Agustus 2018.') == "2018-08-13"
    )  # a year: as before


def _article(aid: str, day: str, body: str, text: str, as_written: str) -> Article:
    return quoted_article(aid, body, [(SPEAKER, text, as_written)], date=day)


def _linked(folder: Path, later: str) -> bool:
    folder.mkdir()
    archive = Archive(folder)
    day = f'"{SAID}," kata Fulan Hidayat di kantornya.'
    archive.add(_article("hari", "2024-08-13", day, SAID, "kata Fulan Hidayat"))
    archive.add(_article("pekan", "2024-08-20", later, RETOLD, "ujar Fulan Hidayat"))
    return bool(archive.cluster_of("pekan:0") == archive.cluster_of("hari:0"))


def test_a_later_story_naming_the_remarks_day_links_with_that_days_report(tmp_path: Path) -> None:
    assert _linked(tmp_path / "named", f'"{RETOLD}," ujar Fulan Hidayat saat ditemui pada 13 Agustus lalu.')
    # the same story without the day: a week apart, the like said again is another remark
    assert not _linked(tmp_path / "bare", f'"{RETOLD}," ujar Fulan Hidayat saat ditemui.')
