"""Across languages: two articles that already share a remark report one occasion, so the rest
of what they quote needs no two dates; an English term the Indonesian renders with a function word
does not count against the English side; a name the gazetteer joins on one side is reached by the
words the other side describes it with (fixtures written for kutip: fictional speaker and remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.bilingual import cross_match, reach_map
from kutip.index.linking.channels import channel_of
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches, undated_only
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Bayu Santoso"
ROAD = (
    "The new toll road will open to traffic next month after the bridge inspection is finished,",
    "Jalan tol baru akan dibuka untuk lalu lintas bulan depan setelah pemeriksaan jembatan selesai,",
)
SEEDS = ("Farmers will receive free seeds,", "Petani akan menerima benih gratis,")
OTHER = (
    "The pitch was wet and the ball kept slipping away from us,",
    "Kami akan memakai sepatu baru untuk pertandingan di kandang lawan,",
)


def _article(aid: str, lang: str, said: tuple[str, ...], uncredited: int = -1) -> Article:
    """An undated article quoting the speaker, one statement after another (``uncredited``: the
    one whose speaker the extractor missed)."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="", lang=lang, body="-")
    article.statements = [
        Statement(
            id=f"{aid}:{n}",
            article=aid,
            text=text,
            kind="direct",
            start=100 * n,
            end=100 * n + 60,
            speaker=None if n == uncredited else SPEAKER,
        )
        for n, text in enumerate(said)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_four_shared_terms_undated_need_company() -> None:
    english = doc_of("e:1", "e", SEEDS[0], lang="en", speaker=SPEAKER)
    indonesian = doc_of("i:1", "i", SEEDS[1], lang="id", speaker=SPEAKER)
    assert undated_only(english, indonesian)
    assert not matches(english, indonesian)
    assert matches(english, indonesian, together=True)


def test_articles_sharing_a_remark_link_the_rest(archive: Archive) -> None:
    archive.add(_article("e", "en", (ROAD[0], SEEDS[0])))
    archive.add(_article("i", "id", (ROAD[1], SEEDS[1])))
    assert archive.cluster_of("e:0") == archive.cluster_of("i:0")
    assert archive.cluster_of("e:1") == archive.cluster_of("i:1")
    assert archive.cluster_of("e:0") != archive.cluster_of("e:1")


def test_the_remark_that_pairs_the_articles_may_come_later(archive: Archive) -> None:
    archive.add(_article("e", "en", (SEEDS[0], ROAD[0])))
    archive.add(_article("i", "id", (SEEDS[1], ROAD[1])))
    assert archive.cluster_of("e:0") == archive.cluster_of("i:0")


def test_an_uncredited_report_keeps_the_unknown_speakers_bar_in_paired_articles(archive: Archive) -> None:
    # lowering it to the named speaker's bar there gained one link on read pages and made wrong ones on unseen
    archive.add(_article("e", "en", (ROAD[0], SEEDS[0]), uncredited=1))
    archive.add(_article("i", "id", (ROAD[1], SEEDS[1])))
    assert archive.cluster_of("e:1") != archive.cluster_of("i:1")


def test_without_a_shared_remark_they_stay_apart(archive: Archive) -> None:
    archive.add(_article("e", "en", (OTHER[0], SEEDS[0])))
    archive.add(_article("i", "id", (OTHER[1], SEEDS[1])))
    assert archive.cluster_of("e:1") != archive.cluster_of("i:1")


def test_a_term_rendered_by_a_function_word_is_not_held_against_english() -> None:
    english = content_terms("No need to worry, the dam is safe", "en")
    indonesian = content_terms("Tidak perlu khawatir, bendungan itu aman", "id")
    assert "need" in english and "perlu" not in indonesian
    assert cross_match(english, indonesian).english_share == 1.0


def test_a_joined_name_is_reached_by_the_words_describing_it() -> None:
    reach = reach_map(["nusantara", "citi", "invest"], ["ibukotanusantara", "investasi"])
    assert reach["nusantara"] == {"ibukotanusantara"}
    assert reach["citi"] == {"ibukotanusantara"}


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("Officers fired warning shots", "Petugas melepaskan tembakan peringatan"),
        ("The spectators entered the pitch", "Para penonton masuk ke lapangan"),
        (
            "In the name of the government we convey our deep condolences",
            "Atas nama pemerintah kami menyampaikan duka mendalam",
        ),
    ],
)
def test_everyday_senses_reach_the_words_reports_use(english: str, indonesian: str) -> None:
    found = cross_match(content_terms(english, "en"), content_terms(indonesian, "id"))
    assert found.english_share >= 0.75


def test_a_phrasal_verb_is_one_term_that_reaches_its_translation() -> None:
    english = content_terms("The ceremony took place after the regent stepped down", "en")
    assert "takeplace" in english and "stepdown" in english
    indonesian = content_terms("Upacara berlangsung setelah bupati mundur", "id")
    assert cross_match(english, indonesian).english_share == 1.0


def test_a_recording_of_a_speech_uploaded_is_the_spoken_remark() -> None:
    body = (
        '"Kami siap," kata Fulan yang disimak dalam tayangan pidato yang diunggah kanal YouTube resmi. Lalu.'
    )
    assert channel_of(body, 0, 12) == ""
    posted = '"Kami siap," tulis Fulan dalam unggahan di akun Instagram-nya.'
    assert channel_of(posted, 0, 12) == "social"


def test_a_spoken_filler_is_dropped() -> None:
    assert content_terms("Presiden boleh, lo, berkampanye", "id") == content_terms(
        "Presiden boleh berkampanye", "id"
    )
