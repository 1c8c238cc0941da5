"""A story posted on Instagram ("tulis Fulan di Instastory", "lewat Snapgram") is a post, as the feed is.

Two outlets quoted one athlete's story: one named it "dalam fitur Instastory" after a sentence on
his Instagram, the other only "di Instastory"; the second was read as spoken, and a post and a
spoken remark never share a cluster (session 36). Fixtures are written for kutip (fictional
speaker and words).
"""

from __future__ import annotations

from kutip.index.linking.channels import channel_of


def test_a_story_names_the_social_channel() -> None:
    for attributed in (
        "tulis Fulan di Instastory",
        "tulis Fulan lewat Insta Story-nya",
        "tulis Fulan di IG Story",
        "tulis Fulan melalui Snapgram",
    ):
        body = f'"Oleh-oleh dari sirkuit. Ada yang mau kerikil?," {attributed}.'
        assert channel_of(body, 1, body.index(',"')) == "social", attributed


def test_a_story_told_to_reporters_is_no_channel() -> None:
    body = '"Ceritanya panjang, nanti saja," kata Fulan kepada wartawan.'
    assert channel_of(body, 1, body.index(',"')) == ""
