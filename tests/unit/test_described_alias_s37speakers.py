"""Session 37, speakers (made-up names and text): a description that gives its person's short name
(``ujar pria yang akrab disapa Ulan ini``) names the speaker by it; a description cue before
anyone was put forward is the one person named so far."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


_LEAD = "Bupati Sukamaju Fulan Hidayat, hadir dalam peresmian pasar baru di Sukamaju pada Rabu.\n\n"


def test_the_short_name_a_description_gives_is_the_speaker() -> None:
    body = (
        _LEAD + "\u201cPasar ini kami bangun untuk para pedagang kecil,\u201d ujar pria yang akrab "
        "disapa Ulan ini.\n\n"
        "\u201cKami ingin pasar ini ramai setiap hari,\u201d tegasnya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_description_before_anyone_spoke_is_the_one_person_named() -> None:
    body = _LEAD + "\u201cPasar ini kami bangun untuk para pedagang kecil,\u201d ujar pria itu.\n"
    assert _speakers(body) == ["Fulan Hidayat"]


def test_a_description_with_two_persons_named_stays_unknown() -> None:
    body = (
        "Bupati Sukamaju Fulan Hidayat, hadir bersama Camat Badu Santoso dalam peresmian pasar "
        "baru pada Rabu.\n\n"
        "\u201cPasar ini kami bangun untuk para pedagang kecil,\u201d ujar pria itu.\n"
    )
    assert _speakers(body) == [None]
