"""The day and kind of occasion an attribution gives a quote keep two remarks apart.

A speaker repeating the same figures at the next briefing, or a live interview given the
evening of a press conference, are other remarks however alike the words; an undated
report that matches both must not bridge them. Fixtures are written for kutip
(fictional speaker, remarks and outlets).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.occasions import days_apart, kind_of, stated_day
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

REMARK = (
    "Cadangan air bersih di gudang kabupaten cukup untuk dua puluh hari, jadi warga tidak perlu "
    "membeli air dari pedagang keliling"
)
RETOLD = (
    "Saya sampaikan cadangan air bersih di gudang kabupaten cukup untuk dua puluh hari, tapi warga "
    "tetap tidak perlu membeli air dari pedagang keliling"
)
SPEAKER = "Fulan Hidayat"


def _article(aid: str, date: str, *paragraphs: tuple[str, str], event_date: str = "") -> Article:
    """An article whose body is a lead and one quoted paragraph per (quote, attribution)."""
    body = "Banjir melanda kabupaten itu."
    statements = []
    for n, (quote, said) in enumerate(paragraphs):
        body += '\n\n"'
        start = len(body)
        body += quote
        end = len(body)
        body += f'," {said}' if said else '."'
        statements.append(
            Statement(
                id=f"{aid}:{n}", article=aid, text=quote, kind="direct", start=start, end=end,
                speaker=SPEAKER, speaker_as_written=said.split(",")[0] if said else None,
            )
        )
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=date, lang="id", body=body,
        event_date=event_date,
    )
    article.statements = statements
    return article


def test_the_attribution_dates_the_remark() -> None:
    body = '"Air cukup," kata Fulan dalam jumpa pers di Kota Baru, Senin (6/5/2024).\n\nLain.'
    assert stated_day(body, 1, 10) == stated_day("Senin (6/5/2024)", 0, 0)
    assert kind_of(body, 1, 10) == "briefing"
    bare = '"Air cukup," kata Fulan, Senin (6/5).'
    assert stated_day(bare, 1, 10, reference="2024-05-08") == stated_day("Senin (6/5/2024)", 0, 0)
    assert stated_day(bare, 1, 10) < 0  # no year anywhere: month and day only
    assert not days_apart(stated_day(bare, 1, 10), stated_day(body, 1, 10))
    assert days_apart(stated_day(bare, 1, 10), stated_day("Rabu (8/5/2024)", 0, 0))
    # English writes bare numeric dates either way round: not read
    assert stated_day('"Water," he said on Monday (5/6).', 1, 6, lang="en") == 0
    # a date inside the quote is the speaker's, not the remark's
    assert stated_day('"Air cukup sampai Senin (6/5/2024)," kata Fulan.', 1, 30) == 0


def test_a_date_in_another_sentence_is_not_the_remarks() -> None:
    body = 'Banjir datang pada Minggu (5/5/2024) pukul 03.00. "Air cukup," kata dia.'
    start = body.index("Air")
    assert stated_day(body, start, start + 10) == 0


def test_two_reports_of_like_words_on_two_stated_days_are_two_remarks() -> None:
    first = doc_of("a:0", "a", REMARK, speaker=SPEAKER, date="2024-05-06")
    again = doc_of("b:0", "b", REMARK, speaker=SPEAKER, date="2024-05-08")
    assert matches(first, again)  # two days apart by publication alone: one remark, reported later
    day = stated_day("Senin (6/5/2024)", 0, 0)
    stated_first = doc_of("a:0", "a", REMARK, speaker=SPEAKER)
    stated_again = doc_of("b:0", "b", REMARK, speaker=SPEAKER)
    assert matches(replace(stated_first, stated=day), replace(stated_again, stated=day))
    assert not matches(replace(stated_first, stated=day), replace(stated_again, stated=day + 2))
    assert not matches(replace(stated_first, occasion="interview"), replace(stated_again, occasion="briefing"))
    assert matches(replace(stated_first, occasion="interview"), stated_again)  # none named: compatible


def test_an_undated_report_does_not_bridge_two_stated_days(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    monday = _article("a", "", (REMARK, "kata Fulan dalam jumpa pers, Senin (6/5/2024)."))
    wednesday = _article("b", "", (RETOLD, "kata Fulan dalam jumpa pers, Rabu (8/5/2024)."))
    undated = _article("c", "", (REMARK, "kata Fulan."))
    archive.add(undated, wednesday, monday)
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
    assert archive.cluster_of("c:0") == archive.cluster_of("a:0")  # the closer report, dated first


def test_the_same_stated_day_links_and_an_unattributed_paragraph_takes_it(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    one = _article("a", "", (REMARK, "kata Fulan, Senin (6/5/2024)."))
    two = _article("b", "", ("Warga diminta tenang", ""), (REMARK, "ujar Fulan saat jumpa pers, Senin (6/5)."),
                   event_date="2024-05-07")  # the lead gives the bare date its year
    archive.add(one, two)
    assert archive.cluster_of("b:1") == archive.cluster_of("a:0")
    db = archive.store._db()
    stated = dict(db.execute("SELECT statement, stated FROM link_docs").fetchall())
    assert stated["a:0"] == stated["b:0"] == stated["b:1"] == stated_day("Senin (6/5/2024)", 0, 0)


def test_a_live_interview_is_not_the_press_conference_of_the_same_day(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    briefing = _article("a", "2024-05-06", (REMARK, "kata Fulan dalam konferensi pers, Senin (6/5/2024)."))
    interview = _article(
        "b", "2024-05-06",
        ("Kami masih menunggu laporan dari kecamatan", "kata Fulan saat dihubungi dalam siaran langsung."),
        (REMARK, "kata dia."),  # the scene the first attribution set
    )
    plain = _article("c", "2024-05-06", (REMARK, "kata Fulan."))
    archive.add(briefing, interview, plain)
    assert archive.cluster_of("b:1") != archive.cluster_of("a:0")
    assert archive.cluster_of("c:0") in (archive.cluster_of("a:0"), archive.cluster_of("b:1"))


def test_a_day_apart_is_one_remark_dated_twice() -> None:
    """A wire in another time zone, or an outlet writing past midnight, dates one remark a day
    off; two days apart is the next briefing."""
    monday, tuesday = stated_day("Senin (6/5/2024)", 0, 0), stated_day("Selasa (7/5/2024)", 0, 0)
    assert not days_apart(monday, tuesday)
    assert days_apart(monday, stated_day("Rabu (8/5/2024)", 0, 0))
    new_years_eve = stated_day('"Air cukup," kata Fulan, Selasa (31/12).', 1, 10)
    new_year = stated_day('"Air cukup," kata Fulan, Rabu (1/1).', 1, 10)
    assert new_years_eve < 0 and new_year < 0 and not days_apart(new_years_eve, new_year)
    assert days_apart(new_years_eve, stated_day('"Air cukup," kata Fulan, Kamis (2/1).', 1, 10))
