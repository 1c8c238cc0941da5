"""A press release or a post quoted by several outlets, only one of which says where the words came
from (fixtures written for kutip: a fictional regent and his statements).

One outlet writes "kata Fulan dalam keterangan tertulis"; the others copy the release and credit it
with a bare "kata Fulan". Nothing in their attributions says the remark was spoken, so the words
decide (the bar for a speaker nobody named). A quote whose attribution names reporters in front of
the speaker was said aloud, and stays apart from a post in the same words, as before."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.channels import SAID, TOLD, channels_named, heard, said_or_channel
from kutip.index.linking.update import channels_differ, copied_unnamed, doc_of
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
RELEASE = (
    "Kami sudah menyiapkan dua puluh pompa air di seluruh kecamatan. Warga yang rumahnya tergenang "
    "diminta mengungsi ke balai desa terdekat sampai air surut"
)
# another outlet's copy of the release: one word dropped, one sentence cut
COPY = (
    "Kami sudah menyiapkan dua puluh pompa air di seluruh kecamatan. Warga yang rumahnya tergenang "
    "diminta mengungsi ke balai desa"
)


def _article(aid: str, body: str, as_written: str, text: str, date: str = "2024-01-25") -> Article:
    return quoted_article(aid, body, [(SPEAKER, text, as_written)], date=date)


def test_a_release_copied_without_naming_it_joins_the_report_that_names_it(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    named = f'"{RELEASE}," kata Fulan Hidayat dalam keterangan tertulis, Kamis (25/1/2024).'
    archive.add(_article("satu", named, "kata Fulan Hidayat", RELEASE))
    archive.add(_article("dua", f'"{COPY}," kata Fulan Hidayat.', "kata Fulan Hidayat", COPY))
    assert archive.cluster_of("dua:0") is not None
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0")


def test_the_same_words_said_to_reporters_stay_apart_from_the_release(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    named = f'"{RELEASE}," kata Fulan Hidayat dalam keterangan tertulis, Kamis (25/1/2024).'
    archive.add(_article("satu", named, "kata Fulan Hidayat", RELEASE))
    said = f'"{COPY}," kata Fulan Hidayat kepada wartawan di kantornya.'
    archive.add(_article("dua", said, "kata Fulan Hidayat", COPY))
    assert archive.cluster_of("dua:0") is None or archive.cluster_of("dua:0") != archive.cluster_of("satu:0")


def test_a_spoken_occasion_is_read_as_said_and_heard_as_no_channel() -> None:
    body = f'"{COPY}," kata Fulan Hidayat kepada awak media.'
    named = channels_named(body, 1, len(COPY) + 1)
    assert said_or_channel(named) == TOLD and heard(TOLD) == "" and heard(SAID) == ""
    broadcast = f'"{COPY}," kata Fulan Hidayat dalam tayangan televisi.'
    assert said_or_channel(channels_named(broadcast, 1, len(COPY) + 1)) == SAID
    assert said_or_channel(["social"]) == "social" and said_or_channel([]) == ""


def test_copied_unnamed_asks_for_nothing_named_one_day_and_near_identical_words() -> None:
    release = replace(doc_of("a:0", "a", RELEASE, speaker=SPEAKER, date="2024-01-25"), channel="written")
    copy = doc_of("b:0", "b", COPY, speaker=SPEAKER, date="2024-01-25")
    assert copied_unnamed(release, copy) and copied_unnamed(copy, release)
    assert not channels_differ(release, copy)
    assert not copied_unnamed(release, replace(copy, channel=SAID))  # said to reporters
    assert not copied_unnamed(release, replace(copy, occasion="briefing"))  # a press conference
    assert not copied_unnamed(release, replace(copy, channel="social"))  # another channel
    later = doc_of("b:0", "b", COPY, speaker=SPEAKER, date="2024-01-29")
    assert not copied_unnamed(release, later)  # days apart: the speaker saying it again
    other = doc_of(
        "c:0", "c", "Pompa air sudah kami siapkan di kecamatan", speaker=SPEAKER, date="2024-01-25"
    )
    assert not copied_unnamed(release, other)  # a few shared words are another remark
