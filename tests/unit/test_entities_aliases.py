"""Nicknames an article defines: "X (Y)", "X, akrab disapa Y", "Y, sapaan akrab X", "Y, sapaan akrabnya".

"Y, sapaan akrabnya" names no one: it points back to a person named earlier, and that is
not always the nearest name. A nickname is made from its owner's name, so the earlier
name it shares a piece with wins over one mentioned in passing. (Made-up text.)
"""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.models import Entity, EntityType


def _owner(body: str, alias: str) -> str | None:
    persons: list[Entity] = [e for e in recognise(body, "id") if e.type is EntityType.PERSON]
    return next((p.name for p in persons if alias in p.aliases or p.name == alias), None)


@pytest.mark.parametrize(
    ("body", "alias", "owner"),
    [
        pytest.param(
            "Wali Kota Bogor Hendra Kusnadi meninjau posko banjir pada Senin pagi. Ia didampingi "
            "Kapolresta Bogor AKBP Bambang Irawan dan Dandim Letkol Yosef Tampubolon. "
            '"Kami siapkan tenda dan dapur umum untuk warga," kata Adi, sapaan akrabnya.',
            "Adi",
            "Hendra Kusnadi",
            id="nickname-from-surname-beats-nearer-names",
        ),
        pytest.param(
            "Bupati Lembah Hijau Marlina Sutrisnawati membuka pasar murah di alun-alun. Camat Teguh Prasetyo "
            'ikut hadir. "Harga beras kami tekan," ujar Tris, sapaan akrabnya.',
            "Tris",
            "Marlina Sutrisnawati",
            id="nickname-inside-a-name-word",
        ),
        pytest.param(
            "Kepala desa Slamet Riyadi menyambut rombongan. "
            '"Kami senang sekali," kata Pak Kades, lalu Joyo, sapaan akrabnya, mengajak tamu berkeliling.',
            "Joyo",
            "Slamet Riyadi",
            id="no-shared-piece-nearest-name",
        ),
        pytest.param(
            "Gubernur Maluku Yohanes Matulessy meresmikan jembatan. Jembatan itu dibangun sejak 2019. "
            '"Ini untuk warga," kata Anes, sapaan akrab Yohanes Matulessy.',
            "Anes",
            "Yohanes Matulessy",
            id="sapaan-akrab-names-the-owner",
        ),
    ],
)
def test_sapaan_akrab_attaches_the_nickname_to_its_owner(body: str, alias: str, owner: str) -> None:
    assert _owner(body, alias) == owner
