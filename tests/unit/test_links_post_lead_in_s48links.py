"""A post named by the sentence introducing its quote, and a page copying the post under "kepada
wartawan" (session 48, issue 10; fixtures written for kutip: a fictional deputy speaker and his post).

Two outlets name the post only in the narration over the quote ("Hal itu disampaikan Fulan lewat
unggahan di akun X miliknya.", then the quote and "ujarnya"); a third gives the post's sentence whole
and writes "kata Fulan kepada wartawan"; that afternoon Fulan told reporters at the parliament the
like in other words. The post's reports are one remark, the doorstop another."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.linking.context import article_context
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Wiratama"
POST = (
    "Presiden sudah meminta Menteri Perhubungan untuk membuka kembali dermaga penyeberangan kecil "
    "bagi perahu nelayan sambil menata izin para pemilik perahu"
)
# the post's first sentence, as a page copying it gives it
COPIED = "Presiden sudah meminta Menteri Perhubungan untuk membuka kembali dermaga penyeberangan kecil bagi perahu nelayan"
# the doorstop that afternoon: the same news in other words
SPOKEN = "Mulai hari ini dermaga kecil itu dibuka lagi dan perahu nelayan boleh menyeberang seperti biasa atas permintaan Presiden"
DATE = "2025-03-11"


def _article(aid: str, body: str, text: str, as_written: str) -> Article:
    return quoted_article(aid, body, [(SPEAKER, text, as_written)], date=DATE)


def _posted(aid: str, lead_in: str) -> Article:
    body = f'Nelayan kembali bisa menyeberang.\n\n{lead_in}\n\n"{POST}," ujarnya.'
    return _article(aid, body, POST, "ujarnya")


def _channel(tmp_path: Path, article: Article) -> str:
    tmp_path.mkdir()
    archive = Archive(tmp_path)
    archive.add(article)
    db: sqlite3.Connection = archive.store._db()
    return article_context(db, [article.id], {article.id: "id"}, {article.id: DATE}).channels[
        f"{article.id}:0"
    ]


def test_the_sentence_introducing_the_quote_names_the_post(tmp_path: Path) -> None:
    lead_in = "Hal itu disampaikan Fulan Wiratama lewat unggahan di akun X miliknya, Selasa (11/3/2025)."
    assert _channel(tmp_path / "a", _posted("satu", lead_in)) == "social"
    lead_in = "Pesan itu disampaikan Fulan Wiratama dalam cuitannya pagi ini:"
    assert _channel(tmp_path / "b", _posted("dua", lead_in)) == "social"


def test_a_sentence_naming_a_platform_for_something_else_names_no_channel(tmp_path: Path) -> None:
    lead_in = "Video antrean nelayan di dermaga sempat viral di media sosial."
    assert _channel(tmp_path / "a", _posted("satu", lead_in)) == ""  # no word of delivering a remark
    spoken = "Hal itu disampaikan Fulan Wiratama kepada wartawan di Gedung Parlemen."
    assert (
        _channel(tmp_path / "b", _posted("dua", spoken)) == ""
    )  # a spoken occasion is the attribution's to name


def test_the_post_and_its_copy_said_to_reporters_are_one_remark_apart_from_the_doorstop(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path)
    lead_in = "Hal itu disampaikan Fulan Wiratama lewat unggahan di akun X miliknya, Selasa (11/3/2025)."
    copy = f'"{COPIED}," kata Fulan Wiratama kepada wartawan, Selasa (11/3/2025).'
    doorstop = f'"{SPOKEN}," kata Fulan Wiratama di Gedung Parlemen, Selasa (11/3/2025).'
    archive.add(
        _posted("satu", lead_in),
        _posted("dua", lead_in.replace("unggahan di akun X miliknya", "cuitan yang ia tulis pagi itu")),
        _article("tiga", copy, COPIED, "kata Fulan Wiratama"),
        _article("empat", doorstop, SPOKEN, "kata Fulan Wiratama"),
    )
    post = archive.cluster_of("satu:0")
    assert post is not None and archive.cluster_of("dua:0") == post
    assert archive.cluster_of("tiga:0") == post
    assert archive.cluster_of("empat:0") != post


def test_a_copy_said_to_reporters_in_few_words_stays_apart_from_the_post(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    lead_in = "Hal itu disampaikan Fulan Wiratama lewat unggahan di akun X miliknya, Selasa (11/3/2025)."
    short = "Presiden sudah meminta Menteri Perhubungan untuk membuka kembali dermaga"  # 7 terms of the post
    said = f'"{short}," kata Fulan Wiratama kepada wartawan, Selasa (11/3/2025).'
    archive.add(_posted("satu", lead_in), _article("dua", said, short, "kata Fulan Wiratama"))
    assert archive.cluster_of("dua:0") is None or archive.cluster_of("dua:0") != archive.cluster_of("satu:0")


def test_remarks_naming_nothing_in_other_words_stay_apart_from_the_post(tmp_path: Path) -> None:
    """A doorstop on the post's news, attributed with a place alone, shares its topic words but no
    run of them: a copy of the post gives its words in a row (``update.COPIED_RUN``)."""
    archive = Archive(tmp_path)
    lead_in = "Hal itu disampaikan Fulan Wiratama lewat unggahan di akun X miliknya, Selasa (11/3/2025)."
    other = (
        "Atas permintaan Presiden, Menteri Perhubungan hari ini membuka dermaga kecil itu kembali "
        "untuk perahu nelayan seperti biasa, sambil izin para pemilik ditata"
    )
    doorstop = f'"{other}," kata Fulan Wiratama di Gedung Parlemen, Selasa (11/3/2025).'
    archive.add(_posted("satu", lead_in), _article("dua", doorstop, other, "kata Fulan Wiratama"))
    assert archive.cluster_of("dua:0") is None or archive.cluster_of("dua:0") != archive.cluster_of("satu:0")


def test_the_post_s_words_said_to_reporters_at_a_named_place_stay_apart(tmp_path: Path) -> None:
    """Reporters at a place the attribution names saw the remark made: the same words as the post are
    the speaker saying it again, not a page copying the post."""
    archive = Archive(tmp_path)
    lead_in = "Hal itu disampaikan Fulan Wiratama lewat unggahan di akun X miliknya, Selasa (11/3/2025)."
    said = f'"{COPIED}," kata Fulan Wiratama kepada wartawan di Gedung Parlemen, Selasa (11/3/2025).'
    archive.add(_posted("satu", lead_in), _article("dua", said, COPIED, "kata Fulan Wiratama"))
    assert archive.cluster_of("dua:0") is None or archive.cluster_of("dua:0") != archive.cluster_of("satu:0")
