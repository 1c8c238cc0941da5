"""Session 41, speakers (made-up text): a cue's speaker phrase ends at a preposition of time or
direction (``selepas``, ``seusai``, ``sesudah``, ``ke``), so a name in the clause after it (the
person met, the car shouted at) is not the speaker."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


def test_role_then_after_meeting_someone_is_the_role_holder() -> None:
    body = (
        "Menteri Perhubungan Darmawan Sulistyo menyampaikan bahwa tarif kapal tidak naik.\n\n"
        "\u201cSaya sudah melapor kepada Bapak Presiden dan beliau setuju,\u201d kata Menhub "
        "selepas bertemu Presiden Bartholomew Quenby di Istana, Senin.\n\n"
        "\u201cRinciannya akan diumumkan pekan depan,\u201d tambahnya.\n"
    )
    assert [s for _t, s in _direct(body, "id")] == ["Darmawan Sulistyo", "Darmawan Sulistyo"]


def test_seusai_ends_the_phrase() -> None:
    body = (
        "\u201cKami siap membantu,\u201d ujar Rina Kurniawati seusai menemui Bartholomew Quenby di kantornya.\n"
    )
    assert _direct(body, "id") == [("Kami siap membantu,", "Rina Kurniawati")]


def test_a_crowd_shouting_towards_a_named_car_is_not_that_person() -> None:
    body = (
        "Menteri Darmawan Sulistyo tiba di kantor pagi itu.\n\n"
        "\u201cPergi, pergi,\u201d teriak puluhan staf ke arah mobil Darmawan.\n"
    )
    assert [s for _t, s in _direct(body, "id")] != ["Darmawan Sulistyo"]


# an office whose fields are listed with commas up to "and" is one office before the name


def test_office_listing_its_fields_with_commas_is_the_role_a_description_finds() -> None:
    body = (
        "Lagoon students marched again this week.\n\n"
        "After the talks, Ruritania's Minister of Transport, Harbours, Fisheries and Tourism "
        "Bartholomew Quenby agreed to drop the fee.\n\n"
        "Student leader Rina Kurniawati welcomed the news at the campus.\n\n"
        "The minister said the fee would be reviewed. \u201cNo student will pay more this year,\u201d he said.\n\n"
        "\u201cWe cannot pay twice,\u201d said Darmawan Sulistyo, president of the student council.\n"
    )
    assert [s for _t, s in _direct(body, "en")] == [
        "Bartholomew Quenby",
        "Darmawan Sulistyo",
    ]


def test_indonesian_office_with_listed_fields() -> None:
    body = (
        "Menteri Kelautan, Perikanan, dan Pariwisata Darmawan Sulistyo meninjau pelabuhan.\n\n"
        "Pedagang ikan Rina Kurniawati mengeluhkan harga solar.\n\n"
        "\u201cTarif tidak akan naik tahun ini,\u201d kata menteri tersebut.\n"
    )
    assert [s for _t, s in _direct(body, "id")] == ["Darmawan Sulistyo"]
