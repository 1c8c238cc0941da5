"""Session 33 (issue 10): two outlets reporting one occasion quote different sentences of the
speaker's answer; once the two articles share a remark of that speaker, the sentences each quotes
apart join one cluster though their words share nothing (:meth:`update._Linker.one_occasion`).
An undated report, another speaker, a paraphrase, another day, and a remark both outlets already
quote apart stay apart (made-up speakers and remarks)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article
from tests.unit.quoted import Said, quoted_article
from tests.unit.test_linking_incremental import Archive

# the remark both outlets quote, in near-identical words
SHARED_A = "Tanggul sungai di Kampung Melayu kami tinggikan satu meter sebelum musim hujan tiba bulan depan"
SHARED_B = "Tanggul sungai di Kampung Melayu kami tinggikan satu meter sebelum musim hujan tiba"
# one more sentence of the answer each outlet quotes alone: no content word in common
ONLY_A = "Pompa air juga ditambah enam unit di pintu air Manggarai"
ONLY_B = "Warga bantaran akan dipindahkan ke rumah susun Cakung dengan bus gratis"


def _article(aid: str, said: list[Said], date: str = "2024-03-04") -> Article:
    body = " ".join(f'"{text}," kata {speaker}.' for speaker, text, _ in said)
    return quoted_article(aid, body, said, date=date)


def _fulan(text: str) -> Said:
    return ("Fulan Hidayat", text, "kata Fulan Hidayat")


def test_the_premise_the_two_sentences_share_nothing() -> None:
    one = doc_of("a:1", "a", ONLY_A, speaker="Fulan Hidayat", date="2024-03-04")
    two = doc_of("b:1", "b", ONLY_B, speaker="Fulan Hidayat", date="2024-03-04")
    assert not matches(one, two)
    shared = doc_of("a:0", "a", SHARED_A, speaker="Fulan Hidayat", date="2024-03-04")
    other = doc_of("b:0", "b", SHARED_B, speaker="Fulan Hidayat", date="2024-03-04")
    assert matches(shared, other)


def test_sentences_quoted_apart_on_one_occasion_join(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", [_fulan(SHARED_A), _fulan(ONLY_A)]))
    archive.add(_article("b", [_fulan(SHARED_B), _fulan(ONLY_B)]))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1")


def test_one_batch_or_two_give_the_same_clusters(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        _article("a", [_fulan(SHARED_A), _fulan(ONLY_A)]), _article("b", [_fulan(SHARED_B), _fulan(ONLY_B)])
    )
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1")


def test_without_a_shared_remark_the_sentences_stay_apart(tmp_path: Path) -> None:
    # one speaker, one day, but nothing says the two articles report one occasion
    archive = Archive(tmp_path)
    archive.add(_article("a", [_fulan(ONLY_A)]))
    archive.add(_article("b", [_fulan(ONLY_B)]))
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")


def test_an_undated_report_does_not_join_by_the_occasion(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", [_fulan(SHARED_A), _fulan(ONLY_A)]))
    archive.add(_article("b", [_fulan(SHARED_B), _fulan(ONLY_B)], date=""))
    assert archive.cluster_of("a:1") != archive.cluster_of("b:1")


def test_another_speakers_quote_does_not_join(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", [_fulan(SHARED_A), _fulan(ONLY_A)]))
    archive.add(_article("b", [_fulan(SHARED_B), ("Gusti Ramadhan", ONLY_B, "kata Gusti Ramadhan")]))
    assert archive.cluster_of("a:1") != archive.cluster_of("b:1")


def test_a_paraphrase_does_not_join_by_the_occasion(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("a", [_fulan(SHARED_A), _fulan(ONLY_A)]))
    article = _article("b", [_fulan(SHARED_B), _fulan(ONLY_B)])
    first, second = article.statements
    article.statements = [first, replace(second, kind="indirect")]
    archive.add(article)
    assert archive.cluster_of("a:1") != archive.cluster_of("b:1")


def test_two_remarks_both_outlets_quote_stay_two_clusters(tmp_path: Path) -> None:
    # each outlet quotes both remarks: the outlets themselves say they are two
    archive = Archive(tmp_path)
    second_a = "Pompa air juga ditambah enam unit di pintu air Manggarai dan Karet minggu ini"
    second_b = "Pompa air juga ditambah enam unit di pintu air Manggarai dan Karet"
    archive.add(_article("a", [_fulan(SHARED_A), _fulan(second_a)]))
    archive.add(_article("b", [_fulan(SHARED_B), _fulan(second_b)]))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1")
    assert archive.cluster_of("a:0") != archive.cluster_of("a:1")


def test_the_larger_clusters_lead_stays_after_an_occasion_join(tmp_path: Path) -> None:
    # outlets b and c quote one sentence; a quotes the shared remark and a longer sentence of its
    # own; a later outlet quoting b's sentence must still meet that sentence as the cluster's lead
    longer = (
        "Pompa air juga ditambah enam unit di pintu air Manggarai, Karet dan Pluit, "
        "dengan genset cadangan dan petugas jaga siang malam selama musim hujan"
    )
    archive = Archive(tmp_path)
    archive.add(
        _article("a", [_fulan(SHARED_A), _fulan(longer)]),
        _article("b", [_fulan(SHARED_B), _fulan(ONLY_B)]),
        _article("c", [_fulan(ONLY_B + " tahun ini")]),
    )
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1") == archive.cluster_of("c:0")
    archive.add(_article("d", [_fulan("Warga bantaran akan dipindahkan ke rumah susun Cakung")]))
    assert archive.cluster_of("d:0") == archive.cluster_of("b:1")
