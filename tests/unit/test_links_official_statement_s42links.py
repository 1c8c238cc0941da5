"""An official statement is a written statement, also when the attribution says where it was posted:
the first channel named decides (``data/linking_channels.tsv``), so another outlet quoting the same
statement as "in a written statement" links with it (fixtures written for kutip)."""

from __future__ import annotations

from kutip.index.linking.channels import channel_of

POSTED = (
    "Kementerian itu membantah kabar tersebut. “Data perjalanan kami menunjukkan yang bersangkutan "
    "sudah lama tidak datang ke negeri ini,” bunyi keterangan resmi kementerian yang diunggah di "
    "laman resminya, Senin."
)
STATED = (
    "“Data perjalanan kami menunjukkan yang bersangkutan sudah lama tidak datang,” demikian "
    "pernyataan resmi kementerian itu, Minggu."
)


def _channel(body: str) -> str:
    start = body.index("“") + 1
    return channel_of(body, start, body.index("”"))


def test_an_official_statement_posted_online_is_written() -> None:
    assert _channel(POSTED) == "written"


def test_an_official_statement_is_written() -> None:
    assert _channel(STATED) == "written"


def test_a_post_stays_a_post() -> None:
    body = "“Kami sudah lama tidak bertemu,” tulisnya dalam unggahan di akun pribadinya."
    assert _channel(body) == "social"
