"""A pronoun cue before anyone was put forward is the one person the text has named so far: a lead
whose subject the grammar does not read (a passive ``direspons Kepala Desa Fulan``, a photo
caption). Two people named, or none: unknown (made-up articles and names)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


_QUOTE = "\n\n\u201cPertemuan ini digelar untuk mencari jalan keluar atas keluhan para petani,\u201d katanya.\n"


def test_the_pronoun_after_an_unread_lead_is_its_one_person() -> None:
    assert _speakers("Keluhan petani itu direspons Kepala Desa Sukamaju Fulan Hidayat." + _QUOTE) == [
        "Fulan Hidayat"
    ]


def test_the_pronoun_after_a_caption_is_its_one_person() -> None:
    assert _speakers("Fulan Hidayat, seorang petani di Sukamaju. FOTO: Dokumentasi Warga." + _QUOTE) == [
        "Fulan Hidayat"
    ]


def test_two_people_named_before_leave_the_pronoun_unknown() -> None:
    body = (
        "Fulan Hidayat dan Badu Santoso Bahas Nasib Petani Sukamaju\n\n"
        "\u201cPertemuan ini digelar untuk mencari jalan keluar atas keluhan para petani,\u201d katanya.\n"
    )
    assert _speakers(body) == [None]
