"""A remark the narration recalls as earlier ("Sebelumnya, ...") is not the article's own occasion.

Two outlets covering a speaker's remarks of one day also recall what he said the day before on
the same subject, in other words; the speaker's one stated day in each article is the day it
covers, not the recalled remark's. The recalled quotes of the two outlets are one remark; they
must not join the day's cluster (session 34). Fixtures are written for kutip (fictional speaker,
remarks and outlets).
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.context import recalled_quotes
from kutip.index.linking.occasions import RECALLED, kinds_conflict, recalled_before, stated_day
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
TODAY = (
    "Informasi yang kami dapat, beberapa calon yang maju di pemilihan kepala daerah tahun ini akan "
    "menjadi tersangka, dan namanya kami umumkan sebelum pemungutan suara"
)
TODAY_AGAIN = (
    "Informasi yang kami dapat, beberapa calon yang maju pada pemilihan kepala daerah tahun ini akan "
    "menjadi tersangka, namanya kami umumkan sebelum pemungutan suara"
)
EARLIER = (
    "Calon yang maju di pemilihan kepala daerah dan jelas akan menjadi tersangka lebih baik kami "
    "umumkan sebelum pemungutan suara, supaya warga tahu"
)


def _article(aid: str, date: str, *paragraphs: tuple[str, str, str]) -> Article:
    """An article of (narration, quote, attribution) paragraphs, each narration its own paragraph."""
    body = "Komisi antikorupsi bicara soal pemilihan kepala daerah."
    statements = []
    for n, (narration, quote, said) in enumerate(paragraphs):
        if narration:
            body += "\n\n" + narration
        body += '\n\n"'
        start = len(body)
        body += quote
        end = len(body)
        body += f'," {said}'
        statements.append(
            Statement(
                id=f"{aid}:{n}", article=aid, text=quote, kind="direct", start=start, end=end,
                speaker=SPEAKER, speaker_as_written=said.split(",")[0].split(" di ")[0],
            )
        )
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=date, lang="id", body=body,
    )
    article.statements = statements
    return article


def _with_recalled(aid: str) -> Article:
    return _article(
        aid, "2024-05-07",
        ("", TODAY, "kata Fulan di gedung komisi, Selasa (7/5/2024)."),
        ("Sebelumnya, saat berada di Kota Lain sehari sebelumnya, Fulan menegaskan hal serupa.", EARLIER,
         "kata Fulan usai membuka pelatihan di Kota Lain."),
    )


def test_recalled_quotes_open_with_the_marker_in_their_paragraph_and_run_on() -> None:
    body = (
        'Lead.\n\n"Satu dua tiga," kata Fulan, Selasa (7/5/2024).\n\nSebelumnya, Fulan menegaskan, '
        '"Empat lima enam," kata dia.\n\n"Tujuh delapan," ujarnya.\n\nSebelumnya, hujan turun.\n\n'
        'Jalan tergenang.\n\n"Sembilan," kata Fulan.\n\nSebelumnya, Fulan bicara lagi.\n\n"Sepuluh," kata Fulan.'
    )
    quotes = ("Satu", "Empat", "Tujuh", "Sembilan", "Sepuluh")
    spans = [(body.index(q), body.index(q) + len(q)) for q in quotes]
    rows = [(f"s{n}", SPEAKER, "kata", start, end) for n, (start, end) in enumerate(spans)]
    found = recalled_quotes(body, rows, [end for _, end in spans])
    # the second opens its paragraph's lead-in with the marker, the third runs on from it; the
    # fourth has the marker two paragraphs up only; the fifth opens the paragraph under it
    assert found == {"s1", "s2", "s4"}


def test_a_word_inside_a_sentence_is_no_marker() -> None:
    body = 'Lead.\n\nFulan menyebut sebelumnya, "Empat lima enam," kata dia.'
    start = body.index("Empat")
    assert recalled_quotes(body, [("s0", SPEAKER, "kata", start, start + 14)], [start + 14]) == set()


def test_a_day_on_or_after_the_recalling_article_is_not_the_recalled_remark() -> None:
    tuesday = stated_day("Selasa (7/5/2024)", 0, 0)
    assert recalled_before(tuesday, tuesday)
    assert recalled_before(tuesday, tuesday + 2)
    assert not recalled_before(tuesday, tuesday - 1)  # the day before: may be the recalled one
    assert recalled_before(tuesday, -(5 * 100 + 7))  # a bare 7/5 read in the article's year
    assert not recalled_before(tuesday, 0) and not recalled_before(0, tuesday)
    # the marker does not change the kind of occasion
    assert not kinds_conflict(RECALLED + "briefing", "briefing")
    assert kinds_conflict(RECALLED + "briefing", "interview")
    assert not kinds_conflict(RECALLED, "interview")


def test_two_outlets_recalled_remark_stays_out_of_the_days_cluster(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_with_recalled("a"), _with_recalled("b"))
    archive.add(_article("c", "2024-05-07", ("", TODAY_AGAIN, "ujar Fulan, Selasa (7/5/2024).")))
    day = archive.cluster_of("a:0")
    assert archive.cluster_of("b:0") == archive.cluster_of("c:0") == day
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1") != day


def test_the_recalled_remark_still_links_to_its_own_days_report(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_with_recalled("a"))
    archive.add(_article("d", "2024-05-06", ("", EARLIER, "kata Fulan di Kota Lain, Senin (6/5/2024).")))
    assert archive.cluster_of("a:1") == archive.cluster_of("d:0")
