"""An outlet quoting a post in two pieces, naming no channel, copies each piece whole: the short piece
is the post's too (:func:`update.copied_unnamed`), so the channel does not keep the split quote out
of the post's cluster. Fixtures written for kutip: a fictional regent's post."""

from __future__ import annotations

from kutip.index.linking.update import channels_differ, copied_unnamed, doc_of

REGENT = "Bima Santosa"
DAY = "2024-09-02"
POST = (
    "The harvest festival has brought new joy to our district, thanks to the farmers of the valley, "
    "our proud rice growers, who won the national prize this year"
)


def test_a_short_piece_of_a_post_is_copied() -> None:
    post = doc_of("a:0", "a", POST, lang="en", speaker=REGENT, date=DAY, channel="social")
    piece = doc_of("b:1", "b", "our proud rice growers.", lang="en", speaker=REGENT, date=DAY)
    assert copied_unnamed(post, piece)
    assert not channels_differ(post, piece)


def test_a_remark_with_other_words_stays_apart_from_the_post() -> None:
    post = doc_of("a:0", "a", POST, lang="en", speaker=REGENT, date=DAY, channel="social")
    said = doc_of("c:1", "c", "our rice growers are proud of the new dam", lang="en", speaker=REGENT, date=DAY)
    assert not copied_unnamed(post, said)
    assert channels_differ(post, said)
