"""One sentence of a longer remark, and the halves of a split quote, still link (original sentences)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking import same_utterance
from kutip.index.linking.normalise import content_terms, sentence_terms
from kutip.index.linking.similarity import same_report
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive


def _report(text: str, lang: str = "en") -> list[list[str]]:
    return sentence_terms(text, lang)


def test_sentence_terms_split_at_sentence_ends_only() -> None:
    parts = _report("Dredging starts in June. The channel will be twelve metres deep, Mr. Ortiz said.")
    assert len(parts) == 2
    assert [t for p in parts for t in p] == content_terms(
        "Dredging starts in June. The channel will be twelve metres deep, Mr. Ortiz said.", "en"
    )


def test_one_sentence_of_a_longer_quote_matches_its_paraphrase() -> None:
    direct = _report(
        "Salt water in the wells is the worst damage from this storm. "
        "Bridges, school roofs and the coastal road can all wait until the dry season comes."
    )
    indirect = _report(
        "salt water seeping into village wells was the worst single damage from the storm, and fishermen "
        "had lost most of their boats, nets and engines"
    )
    flat_direct = [t for p in direct for t in p]
    flat_indirect = [t for p in indirect for t in p]
    assert not same_utterance(flat_direct, flat_indirect)  # the whole texts differ too much
    assert same_report(direct, indirect)
    assert same_report(indirect, direct)


def test_a_shared_sentence_needs_four_terms() -> None:
    a = _report("The harbour reopens on Monday. Tugs will guide every tanker through the narrows.")
    b = _report("The harbour will stay shut for repairs until the dredgers finish their work next spring.")
    assert not same_report(a, b)


def test_same_speaker_other_remark_in_indonesian_stays_apart() -> None:
    a = _report("Tanggul di Desa Sukamaju kami perbaiki pekan ini. Warga tidak perlu mengungsi lagi.", "id")
    b = _report("Anggaran tanggul di Desa Sukamaju berasal dari dana darurat provinsi tahun ini.", "id")
    assert not same_report(a, b)


def _article(aid: str, outlet: str, *said: tuple[str, str, int]) -> Article:
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=outlet, date="2024-09-04", lang="en", body="-"
    )
    article.statements = [
        Statement(
            id=f"{aid}:{n}",
            article=aid,
            text=text,
            kind="direct",
            start=at,
            end=at + len(text),
            speaker=speaker,
        )
        for n, (speaker, text, at) in enumerate(said)
    ]
    return article


WHOLE = "We will not raise tolls this year. We will only ask hauliers to register their trucks online."
FIRST_HALF = "We are not raising the tolls this year,"
SECOND_HALF = "we are only asking hauliers to register their trucks online."


def test_halves_of_a_split_quote_join_the_whole_quote_of_another_outlet(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    one = _article("one", "Daily One", ("Ramon Ilagan", WHOLE, 100))
    # '"We are not raising the tolls this year," he said, "we are only asking …"'
    two = _article(
        "two",
        "Daily Two",
        ("Ramon Ilagan", FIRST_HALF, 100),
        ("Ramon Ilagan", SECOND_HALF, 100 + len(FIRST_HALF) + 12),
    )
    archive.add(one, two)
    cluster = archive.cluster_of("one:0")
    assert cluster is not None
    assert archive.cluster_of("two:0") == cluster
    assert archive.cluster_of("two:1") == cluster


def test_quotes_far_apart_or_by_another_speaker_are_not_halves(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    one = _article("one", "Daily One", ("Ramon Ilagan", WHOLE, 100))
    two = _article(
        "two",
        "Daily Two",
        ("Ramon Ilagan", "We were never told about the new fees,", 100),
        ("Ramon Ilagan", SECOND_HALF, 400),  # a later paragraph
        ("Lito Bernal", "and nobody asked the drivers either.", 120),
    )
    archive.add(one, two)
    assert archive.cluster_of("two:1") == archive.cluster_of("one:0")
    assert archive.cluster_of("two:0") != archive.cluster_of("one:0")
    assert archive.cluster_of("two:2") != archive.cluster_of("one:0")
