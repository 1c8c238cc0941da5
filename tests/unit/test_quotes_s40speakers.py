"""Session 40, quotations (made-up text): two single marks typed for one double mark open or
close a quotation, so the cue after them is read and the quotation stops at them."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.marks import quotations


def _direct(body: str, lang: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.text, s.speaker) for s in found if s.kind == "direct"]


def test_two_single_marks_close_a_double_quotation() -> None:
    body = (
        "Harbour master Bartholomew Quenby spoke after the storm.\n\n"
        "\u201cAll the ferries are back on their timetable from today,\u2019\u2019 Quenby said on Monday, "
        "adding that fares would not rise.\n"
    )
    assert _direct(body, "en") == [
        ("All the ferries are back on their timetable from today,", "Bartholomew Quenby")
    ]


def test_two_single_marks_open_and_close() -> None:
    body = "\u2018\u2018Kapal kembali melaut sejak pagi,\u2019\u2019 kata Darmawan Sulistyo di pelabuhan.\n"
    assert _direct(body, "id") == [("Kapal kembali melaut sejak pagi,", "Darmawan Sulistyo")]


def test_straight_pairs_and_an_apostrophe_inside() -> None:
    body = "''Fulan's boat is back,'' he said."
    (q,) = quotations(body, 0, len(body))
    assert body[q.start : q.end] == "Fulan's boat is back,"
    assert body[q.open : q.open + 2] == "''" and body[q.close - 1 : q.close + 1] == "''"


# a relative clause set off by its comma introduces the speaker (English)


def test_name_comma_who_stated_introduces_the_quotation() -> None:
    body = (
        "The verdict was delivered by Chief Justice Bartholomew Quenby, who stated, "
        '"The petition succeeds in full." Quenby noted that the norm is void.\n'
    )
    assert _direct(body, "en") == [("The petition succeeds in full.", "Bartholomew Quenby")]


def test_name_comma_who_said_that_is_their_statement_and_he_follows() -> None:
    body = (
        "Environment Minister Rina Kurniawati slammed the pledge. "
        "\u201cWe will not sign a pledge we cannot keep,\u201d she said.\n\n"
        "The minister was joined by the deputy foreign minister, Darmawan Sulistyo, who on Thursday "
        "said that the target was not part of the pledge.\n\n"
        "\u201cThe declaration does not refer to the target at all,\u201d he said in a statement.\n"
    )
    assert [s for _t, s in _direct(body, "en")] == ["Rina Kurniawati", "Darmawan Sulistyo"]


def test_indonesian_yang_after_a_comma_introduces_no_one() -> None:
    body = (
        "Warga yang ditemui, Darmawan Sulistyo, yang mengatakan hal itu kemarin, tidak hadir. "
        '"Kami belum tahu," kata seorang warga.\n'
    )
    assert "Darmawan Sulistyo" not in [s for _t, s in _direct(body, "id")]


# a statement nested in another person's sentence does not take the floor


def test_a_statement_relayed_inside_anothers_keeps_the_floor() -> None:
    body = (
        "Kader partai Darmawan Sulistyo mengkritik kinerja kementerian.\n\n"
        "Ia menyebut Presiden Bartholomew Quenby pernah mengatakan bahwa kebocoran anggaran "
        "mencapai Rp450 triliun setiap tahun.\n\n"
        "\u201cIni sudah keterlaluan, banyak pelajar yang ikut terjerat,\u201d tukasnya.\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Darmawan Sulistyo"]


def test_a_name_after_an_active_verb_and_yang_is_no_speaker() -> None:
    body = (
        "Kader partai Darmawan Sulistyo mengkritik kinerja kementerian.\n\n"
        "Darmawan menyindir pernyataan Rina Kurniawati yang hanya menyarankan warga saling "
        "mengingatkan, tanpa langkah nyata.\n\n"
        "\u201cMenteri hanya menyarankan, padahal tombolnya ada pada dirinya!\u201d kecamnya.\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert "Rina Kurniawati" not in [s.speaker for s in found]
    assert [s.speaker for s in found if s.kind == "direct"] == ["Darmawan Sulistyo"]


def test_never_said_with_an_adverb_between_is_no_cue() -> None:
    body = (
        "Kepala desa Darmawan Sulistyo hadir dalam rapat itu.\n\n"
        "Rina Kurniawati tidak pernah mengatakan, \u201cwarga harus pindah dari bantaran sungai.\u201d\n"
    )
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert "Rina Kurniawati" not in [s.speaker for s in found]
