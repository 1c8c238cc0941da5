"""Session 29 (lead), a name's initial and the name in full in one article (made-up text): "M
Fulanudin" and "Muhammad Fulanudin" were two persons, and each quote took whichever form stood
nearest. The initial is the word shortened: one person, named in full, unless two names of the
article spell the initial out."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from tests.unit.recognised import person_names as _persons


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id"))]


def test_the_initial_and_the_full_name_are_one_person_named_in_full() -> None:
    body = (
        "Bupati Bekasi Muhammad Fulanudin meninjau lokasi banjir, Kamis. Rumah dinasnya ikut tergenang.\n\n"
        '"Air pasang sangat besar hari ini," kata Bupati Bekasi M Fulanudin saat dihubungi.\n\n'
        '"Masyarakat juga terdampak," ujar Fulanudin.\n'
    )
    assert _persons(body) == ["Muhammad Fulanudin"]
    assert _speakers(body) == ["Muhammad Fulanudin", "Muhammad Fulanudin"]


def test_a_dotted_initial_written_first_still_gives_the_full_name() -> None:
    body = (
        "Kepala Basarnas M. Fulanudin menemui keluarga korban, Selasa.\n\n"
        '"Kami bekerja 24 jam," kata Muhammad Fulanudin di dermaga.\n\n'
        '"Mohon doa ibu-ibu," ujar Fulanudin.\n'
    )
    assert _persons(body) == ["Muhammad Fulanudin"]


def test_an_initial_two_names_spell_out_stays_apart() -> None:
    body = 'Warga Mahmud Fulanudin dan Muhammad Fulanudin hadir. "Kami siap," kata M Fulanudin di dermaga.\n'
    assert sorted(_persons(body)) == ["M Fulanudin", "Mahmud Fulanudin", "Muhammad Fulanudin"]
