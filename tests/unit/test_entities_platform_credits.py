"""A platform or screen credit before a name ("kanal YouTube Fulan") is furniture, not part of the
person's name: the person is the name after it. Fixtures are written for kutip."""

from __future__ import annotations

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.classes import navigation_length


def _persons(text: str) -> list[str]:
    return [e.name for e in recognise(text, "id") if e.type.value == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Fulan Hidayat hadir. Ia menjelaskan itu dalam podcast di kanal Youtube Budi Santoso.",
        "Unggahan di Akun Instagram Budi Santoso ramai dibicarakan. Budi Santoso belum menjawab.",
    ],
)
def test_the_name_after_a_platform_is_the_person(text: str) -> None:
    persons = _persons(text)
    assert "Budi Santoso" in persons
    assert not any(p.split()[0].lower() in {"youtube", "akun", "instagram"} for p in persons)


def test_furniture_may_follow_furniture() -> None:
    assert navigation_length(["tangkapan", "layar", "youtube", "budi", "santoso"]) == 3
    assert navigation_length(["budi", "santoso"]) == 0
    assert navigation_length(["youtube"]) == 1
