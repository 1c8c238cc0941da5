"""One outlet's quote against two neighbouring statements of another that together say it
(fixtures written for kutip: fictional speakers and remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.stitched import stitched
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

WHOLE = "Harga beras akan segera turun karena pasokan dari gudang provinsi sudah ditambah"
FIRST = "harga beras di pasar tradisional akan turun minggu ini"  # reported speech
SECOND = "Kami yakin warga tidak perlu khawatir, karena pasokan dari gudang provinsi sudah kami tambah dua kali lipat"
ASIDE = "Petugas kami berjaga di setiap pintu masuk pasar induk sampai malam"


def _article(aid: str, *said: tuple[str, str]) -> Article:
    """An article whose statements follow one another in the order given."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="2024-05-02", lang="id", body="-")
    article.statements = [
        Statement(
            id=f"{aid}:{n}", article=aid, text=text, kind="direct", start=10 * n, end=10 * n + 5, speaker=speaker
        )
        for n, (speaker, text) in enumerate(said)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_neither_half_alone_reports_the_whole() -> None:
    whole = doc_of("a:0", "a", WHOLE, speaker="Rina Kartika", date="2024-05-02")
    for text in (FIRST, SECOND):
        assert not matches(whole, doc_of("b:0", "b", text, speaker="Rina Kartika", date="2024-05-02"))


def test_two_neighbouring_halves_by_one_speaker_join_the_whole(archive: Archive) -> None:
    archive.add(_article("a", ("Rina Kartika", WHOLE)))
    archive.add(_article("b", ("Rina Kartika", FIRST), ("Rina Kartika", SECOND)))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") == archive.cluster_of("b:1")


def test_the_halves_found_first_still_meet_the_whole(archive: Archive) -> None:
    archive.add(_article("b", ("Rina Kartika", FIRST), ("Rina Kartika", SECOND)))
    archive.add(_article("a", ("Rina Kartika", WHOLE)))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") == archive.cluster_of("b:1")


@pytest.mark.parametrize(
    "halves",
    [
        # in the other order: the whole does not say them that way round
        (("Rina Kartika", SECOND), ("Rina Kartika", FIRST)),
        # another statement between them: not one passage cut in two
        (("Rina Kartika", FIRST), ("Rina Kartika", ASIDE), ("Rina Kartika", SECOND)),
        # two speakers
        (("Rina Kartika", FIRST), ("Bambang Sutrisno", SECOND)),
    ],
)
def test_halves_that_are_not_one_passage_stay_apart(archive: Archive, halves: tuple[tuple[str, str], ...]) -> None:
    archive.add(_article("a", ("Rina Kartika", WHOLE)))
    archive.add(_article("b", *halves))
    whole = archive.cluster_of("a:0")
    assert all(archive.cluster_of(f"b:{n}") != whole for n in range(len(halves)))


def test_the_halves_must_hold_nearly_all_of_the_whole() -> None:
    whole = doc_of("a:0", "a", WHOLE + " dan harga gabah naik di tingkat petani", speaker="Rina Kartika")
    first = doc_of("b:0", "b", FIRST, speaker="Rina Kartika")
    second = doc_of("b:1", "b", SECOND, speaker="Rina Kartika")
    assert not stitched(whole, first, second)
    assert stitched(doc_of("a:0", "a", WHOLE, speaker="Rina Kartika"), first, second)
