"""The linker weighs one remark credited to two people across languages (session 39 request 02, landed session 40; issue 10;
:func:`crosslang.miscredited`): a near-complete translation within a day matches, days apart or
another remark of the day does not. Fixtures written for kutip: a fictional governor and harvest."""

from __future__ import annotations

from kutip.index.linking.update import doc_of, matches

GOVERNOR = "Fulan Hartawan"
OFFICIAL = "Budi Nugraha"
INDONESIAN = (
    "Harga beras di pasar akan turun minggu depan karena panen raya sudah dimulai di banyak daerah. "
    "Pemerintah tetap membeli gabah petani dengan harga yang wajar,"
)
ENGLISH = (
    "The price of rice in the markets will fall next week because the harvest has started in many "
    "regions. The government will keep buying the farmers grain at a fair price,"
)
OTHER = "We will give the families of the crew special attention and cover the funeral costs,"


def _pair(english: str, day: str = "2025-06-03") -> tuple[object, object]:
    one = doc_of("e:0", "e", english, lang="en", speaker=OFFICIAL, date=day)
    two = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=GOVERNOR, date="2025-06-03")
    return one, two


def test_one_remark_credited_to_two_people_matches() -> None:
    assert matches(*_pair(ENGLISH))  # type: ignore[arg-type]
    assert matches(*_pair(ENGLISH, day="2025-06-04"))  # type: ignore[arg-type]


def test_days_apart_or_another_remark_stay_apart() -> None:
    assert not matches(*_pair(ENGLISH, day="2025-06-09"))  # type: ignore[arg-type]
    assert not matches(*_pair(OTHER))  # type: ignore[arg-type]
