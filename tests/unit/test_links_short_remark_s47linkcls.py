"""A remark of two or three words, one content term among them, reported by several outlets of one
speaker on one day: spoken variants folded ("udah"/"sudah", "aja"/"saja") and a repeat said once,
the shorter given whole as one run of the other is one remark (:func:`verbatim.short_whole`); on
other days, with a negation added, or against a longer remark sharing its word, it is not.
Fixtures written for kutip (fictional speaker and remarks)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.verbatim import all_words, said_once, short_whole, verbatim
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Larasati Wibisono"
PLAIN = "Dijemur aja"
FULLER = "Udah dijemur aja"
REPEATED = "Sudah dijemur saja, sudah dijemur saja"


def _w(text: str) -> tuple[str, ...]:
    return all_words(text, "id")


def test_a_repeat_is_said_once() -> None:
    assert said_once(_w(REPEATED)) == _w(FULLER)
    assert said_once(_w("dijemur saja sekarang")) == _w("dijemur saja sekarang")


def test_one_short_remark_in_its_spoken_forms() -> None:
    assert short_whole(_w(PLAIN), _w(FULLER))
    assert short_whole(_w(PLAIN), _w(REPEATED))
    assert verbatim(_w(PLAIN), _w(REPEATED), dated=True)
    assert not verbatim(_w(PLAIN), _w(REPEATED), dated=False)  # a short remark is said on other days


def test_other_short_remarks_stay_apart() -> None:
    assert not short_whole(_w("Dijemur"), _w("Jangan dijemur"))  # a negation says the opposite
    assert not short_whole(_w(PLAIN), _w("Dijemur aja nanti sore di lapangan"))  # a longer remark
    assert not short_whole(_w("Dijemur aja"), _w("Dicuci aja"))


def _article(aid: str, text: str, date: str) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang="id", body="-")
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=text, kind="direct", start=0, end=40, speaker=SPEAKER)
    ]
    return article


def test_outlets_reporting_one_short_remark_link(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", PLAIN, "2025-04-17"))
    archive.add(_article("b", FULLER, "2025-04-17"))
    archive.add(_article("c", REPEATED, "2025-04-17"))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") == archive.cluster_of("c:0")


def test_the_remark_on_another_day_stays_apart(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", PLAIN, "2025-04-17"))
    archive.add(_article("b", FULLER, "2025-06-02"))
    archive.add(_article("c", "Dijemur aja di halaman kantor kalau sudah kering besok", "2025-04-17"))
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
    assert archive.cluster_of("a:0") != archive.cluster_of("c:0")
