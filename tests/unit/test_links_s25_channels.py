"""A post quoted by several outlets, not all of which say again where it came from (fixtures
written for kutip: a fictional minister and his posts).

One outlet names the post ("tulis Fulan Hidayat di akun Twitternya"); another names it for one
quote and lets the next ones run on ("imbuh Fulan"), or writes the post's chat abbreviations out.
A quote naming no channel in an article that credits the speaker's other quotes to one channel
may be from it, and joins a report of that channel in near-identical words; a post in the same
words as a remark whose article names a spoken occasion, or no channel at all, stays apart."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.channels import MAYBE, channel_of, heard, maybe
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, posted_alike
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
# the post, in its chat abbreviations
POSTED = (
    "Mohon maaf, sy sdg di luar negeri. Tdk etis berkomentar dari luar negeri ttg polemik anggaran "
    "pelabuhan. Stlh sy pulang semua data pelabuhan akan sy jelaskan bhw itu bkn kerugian negara"
)
# another outlet's copy, abbreviations written out
SPELLED = (
    "Mohon maaf, saya sedang di luar negeri. Tidak etis berkomentar dari luar negeri tentang polemik "
    "anggaran pelabuhan. Setelah saya pulang semua data pelabuhan akan saya jelaskan bahwa itu bukan "
    "kerugian negara"
)
OTHER = "Data kami lengkap dan sudah diserahkan kepada kementerian sejak bulan lalu"


def _article(aid: str, body: str, *said: tuple[str, str]) -> Article:
    """An article quoting ``said`` (text, attribution as written) in ``body``, all by ``SPEAKER``."""
    return quoted_article(aid, body, [(SPEAKER, text, as_written) for text, as_written in said])


def test_a_channel_is_found_with_its_owner_written_on_it() -> None:
    for attributed in (
        "tulis Fulan di akun Twitternya",
        "kata Fulan melalui cuitannya",
        "ujar Fulan di Instagramnya",
    ):
        body = f'"Kami bekerja semalaman," {attributed}.'
        assert channel_of(body, 1, body.index(',"')) == "social", attributed
    spoken = '"Kami bekerja semalaman," kata Fulan kepada wartawan.'
    assert channel_of(spoken, 1, spoken.index(',"')) == ""


def test_chat_abbreviations_fold_to_the_words_they_stand_for() -> None:
    assert content_terms(POSTED) == content_terms(SPELLED)


def test_a_quote_that_may_be_the_post_joins_the_post_in_near_identical_words() -> None:
    post = doc_of("a:0", "a", POSTED, speaker=SPEAKER, date="2024-03-04")
    copy = doc_of("b:0", "b", SPELLED, speaker=SPEAKER, date="2024-03-04")
    social = replace(post, channel="social")
    assert posted_alike(social, replace(copy, channel=MAYBE + "social"))
    assert posted_alike(replace(copy, channel=MAYBE + "social"), social)
    assert not posted_alike(social, copy)  # nothing says it may be the post
    assert not posted_alike(social, replace(copy, channel=MAYBE + "written"))  # another channel
    short = doc_of("c:0", "c", "Mohon maaf, saya sedang di luar negeri", speaker=SPEAKER, date="2024-03-04")
    assert not posted_alike(social, replace(short, channel=MAYBE + "social"))  # too few words to tell
    assert heard(MAYBE + "social") == "" and maybe(MAYBE + "social") == "social" and maybe("social") == ""


def test_an_outlet_that_names_the_post_once_links_its_other_quotes_to_it(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    posted = f'"{POSTED}," tulis Fulan Hidayat di akun Twitter pribadinya.'
    archive.add(_article("satu", posted, (POSTED, "tulis Fulan Hidayat")))
    # the post's first sentence credited to Twitter, the rest run on with no channel named
    relayed = (
        f'"{OTHER}," ujar Fulan Hidayat, dikutip dari akun Twitter-nya. '
        f'Ia juga menyinggung polemik itu. "{SPELLED}," imbuh Fulan.'
    )
    archive.add(_article("dua", relayed, (OTHER, "ujar Fulan Hidayat"), (SPELLED, "imbuh Fulan")))
    assert archive.cluster_of("dua:1") == archive.cluster_of("satu:0")


def test_the_same_words_stay_apart_from_the_post_where_the_article_names_a_spoken_occasion(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path)
    posted = f'"{POSTED}," tulis Fulan Hidayat di akun Twitter pribadinya.'
    archive.add(_article("satu", posted, (POSTED, "tulis Fulan Hidayat")))
    # one quote of a post, one from a broadcast of his remarks: the article's quotes are not all posts
    mixed = (
        f'"{OTHER}," ujar Fulan Hidayat, dikutip dari akun Twitter-nya. '
        f'"{SPELLED}," kata Fulan dalam tayangan YouTube kementerian.'
    )
    archive.add(_article("dua", mixed, (OTHER, "ujar Fulan Hidayat"), (SPELLED, "kata Fulan")))
    # and an article naming no channel at all: remarks in a broadcast (a page giving the post whole
    # under "kepada wartawan" copied the post, session 48: test_links_post_lead_in_s48links)
    spoken = f'"{SPELLED}," kata Fulan Hidayat dalam tayangan televisi.'
    archive.add(_article("tiga", spoken, (SPELLED, "kata Fulan Hidayat")))
    assert archive.cluster_of("dua:1") != archive.cluster_of("satu:0")
    assert archive.cluster_of("tiga:0") != archive.cluster_of("satu:0")


def test_a_quote_that_may_be_the_post_does_not_bridge_it_to_remarks_said_to_reporters(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        _article("satu", f'"{POSTED}," tulis Fulan Hidayat di akun Twitter pribadinya.', (POSTED, "tulis"))
    )
    broadcast = f'"{SPELLED}," kata Fulan Hidayat dalam tayangan televisi.'
    archive.add(_article("tiga", broadcast, (SPELLED, "kata Fulan Hidayat")))
    relayed = (
        f'"{OTHER}," ujar Fulan Hidayat, dikutip dari akun Twitter-nya. '
        f'Ia juga menyinggung polemik itu. "{SPELLED}," imbuh Fulan.'
    )
    archive.add(_article("dua", relayed, (OTHER, "ujar Fulan Hidayat"), (SPELLED, "imbuh Fulan")))
    assert archive.cluster_of("tiga:0") != archive.cluster_of("satu:0")
