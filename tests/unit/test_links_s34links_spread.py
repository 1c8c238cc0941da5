"""A speaker's one stated day does not reach back over a day written before its own quote.

"Pada Rabu (14/5), dalam acara lain, ia menyebut ..." opens another scene: the quotes the article
gives before it, from the day it covers, are not that Wednesday's. Spread to them, the day filed
them weeks from the other outlets' reports of the same words (session 34). Fixtures are written
for kutip (fictional speaker, remarks and outlets).
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_links_s34links_recalled import SPEAKER, _article

TODAY = "Kami dijamu minum air kelapa sampai dua gelas di ruang rapat kantor gubernur"
EARLIER = "Lelaki yang celananya lebih besar dari ukuran tiga puluh dua mudah kena penyakit jantung"


def _two_scenes() -> Article:
    """Today's quote, then a paragraph whose lead-in writes another day before the speaker's quote."""
    body = 'Usai rapat, Fulan bercanda soal jamuan.\n\n"'
    first = len(body)
    body += TODAY + '," ujar Fulan menanggapi isu itu.\n\nPada Rabu (14/5/2025), dalam peluncuran layanan, '
    body += 'Fulan menyebut, "'
    second = len(body)
    body += EARLIER + '."'
    statements = [
        Statement(id="a:0", article="a", text=TODAY, kind="direct", start=first, end=first + len(TODAY),
                  speaker=SPEAKER, speaker_as_written="Fulan"),
        Statement(id="a:1", article="a", text=EARLIER, kind="direct", start=second,
                  end=second + len(EARLIER), speaker=SPEAKER, speaker_as_written="Fulan"),
    ]
    article = Article(id="a", source="/corpus/a.txt", outlet="Warta a", date="2025-06-03", lang="id", body=body)
    article.statements = statements
    return article


def test_the_day_of_a_later_scene_stays_there(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    a = _two_scenes()
    archive.add(a, _article("b", "2025-06-03", ("", TODAY, "kata Fulan di kantor gubernur, Selasa (3/6/2025).")))
    stated = dict(archive.store._db().execute("SELECT statement, stated FROM link_docs").fetchall())
    assert stated["a:1"] == stated_day("Rabu (14/5/2025)", 0, 0)
    assert stated["a:0"] == 0  # not the Wednesday written between it and the dated quote
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")


def test_a_day_at_the_end_of_the_dated_quote_still_reaches_back(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    a = _article(
        "a", "2025-06-03",
        ("Usai rapat, Fulan bercanda soal jamuan.", TODAY, "ujar Fulan."),
        ("", EARLIER, "kata Fulan di kantor gubernur, Selasa (3/6/2025)."),
    )
    archive.add(a)
    stated = dict(archive.store._db().execute("SELECT statement, stated FROM link_docs").fetchall())
    assert stated["a:0"] == stated["a:1"] == stated_day("Selasa (3/6/2025)", 0, 0)
