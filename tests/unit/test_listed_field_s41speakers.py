"""Session 41, speakers (made-up text): a capitalised word set off by commas inside a list that
closes with "dan"/"and" (``Kementerian Kelautan, Perikanan, dan Pariwisata``) is an item of the
list, not a person named in apposition, so it never becomes the narration's subject or a speaker."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def test_a_listed_field_of_a_ministry_speaks_for_no_one() -> None:
    body = (
        "Ratusan karyawan Kementerian Kelautan, Antariksa, dan Pariwisata (Kemenkelsapar) berunjuk "
        "rasa di kantornya, Senin.\n\n"
        "\u201cKami bekerja untuk negara, bukan untuk keluarga pejabat,\u201d\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == [None]


def test_a_name_in_apposition_still_is_the_subject() -> None:
    body = (
        "Ketua paguyuban nelayan, Darmawan Sulistyo, menggelar jumpa pers di pelabuhan, Senin.\n\n"
        "\u201cKami menolak kenaikan tarif sandar kapal tahun ini,\u201d\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Darmawan Sulistyo"]
