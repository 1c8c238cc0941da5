"""A platform written as its name in a caption's source ("(YouTube Contoh)") is read from the one list of
platforms in ``data/ingest_outlet_words.txt``, as its host is (session 44 review). Names are general
knowledge; nothing here is from a measured page."""

from __future__ import annotations

from kutip.index.ingest.site_domain import is_platform, is_platform_name


def test_a_platform_s_name_is_its_listed_host_s() -> None:
    assert is_platform("youtube.com")
    assert is_platform_name("YouTube")
    assert is_platform_name("instagram")


def test_a_site_s_name_is_no_platform_s() -> None:
    assert not is_platform_name("Contohwarta")
    assert not is_platform_name("Foto")
