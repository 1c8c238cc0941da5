"""A quote "in a video going round" came through social media (session 47, issue 10): two outlets
quoted one official's video word for word, one naming the platform and one saying only that the video
went viral, and the channel set them apart. Fixtures written for kutip."""

from __future__ import annotations

from kutip.index.linking.channels import channel_of

QUOTE = "Jadi tenaga honorer itu pengisi sementara, bukan jalur karier,"


def _channel(attribution: str) -> str:
    body = f'"{QUOTE}" {attribution}'
    return channel_of(body, 1, len(QUOTE) + 1)


def test_a_video_going_round_is_a_post() -> None:
    assert _channel("terang Fulan dalam video TikTok.") == "social"
    assert _channel("terang Fulan lewat video yang viral pekan ini.") == "social"
    assert _channel("kata Fulan dalam video yang beredar.") == "social"
    assert _channel("kata Fulan kepada wartawan.") != "social"
