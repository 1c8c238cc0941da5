"""Short remarks translated whole, without two dates, link when the quotes beside them match too: an
outlet translating another's report keeps the order of its quotes (fixtures written for kutip:
fictional speaker and remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches, undated_translation
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

COACH = "Bayu Santoso"
ENGLISH = (
    "Tonight we are happy and proud. It was a great night,",
    "Yet I still have mixed feelings about the result. It is hard for me,",
    "One side had to lose, and we gave everything we had for these supporters because they waited so long,",
)
INDONESIAN = (
    "Malam ini kami senang dan bangga. Ini malam yang hebat,",
    "Namun perasaan saya masih campur aduk soal hasilnya. Ini sulit bagi saya,",
    "Satu pihak harus kalah, dan kami memberikan segalanya untuk para pendukung ini karena mereka menunggu begitu lama,",
)


def _article(aid: str, lang: str, said: tuple[str, ...]) -> Article:
    """An undated article quoting the coach, one statement after another."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="", lang=lang, body="-")
    article.statements = [
        Statement(id=f"{aid}:{n}", article=aid, text=text, kind="direct", start=100 * n, end=100 * n + 60, speaker=COACH)
        for n, text in enumerate(said)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_alone_a_short_undated_translation_does_not_link() -> None:
    english = doc_of("e:0", "e", ENGLISH[0], lang="en", speaker=COACH)
    indonesian = doc_of("i:0", "i", INDONESIAN[0], lang="id", speaker=COACH)
    assert not matches(english, indonesian)
    assert undated_translation(english, indonesian)


def test_short_remarks_in_the_same_order_link_one_by_one(archive: Archive) -> None:
    archive.add(_article("e", "en", ENGLISH))
    archive.add(_article("i", "id", INDONESIAN))
    for n in range(3):
        assert archive.cluster_of(f"e:{n}") == archive.cluster_of(f"i:{n}")
    assert len({archive.cluster_of(f"e:{n}") for n in range(3)}) == 3


def test_one_short_remark_beside_unrelated_quotes_stays_apart(archive: Archive) -> None:
    # the coach is happy and proud after every win: the quotes around it tell another match
    archive.add(_article("e", "en", (ENGLISH[0], "The pitch was wet and the ball kept slipping away from us,")))
    archive.add(_article("i", "id", (INDONESIAN[0], "Kami akan memakai sepatu baru untuk pertandingan di kandang lawan,")))
    assert archive.cluster_of("e:0") != archive.cluster_of("i:0")
