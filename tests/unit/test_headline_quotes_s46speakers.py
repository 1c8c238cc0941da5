"""Session 46, speakers (made-up text): a quotation of three words or more that opens the headline
is a statement of the article (no place in the body), by whoever says those words in the body, else
the person the headline names after it (or before it); a quoted word or two inside a headline is no
statement."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_BODY = (
    "Kapolda Sukamaju Bambang Sulistyo menolak usulan itu dan memilih mundur, Senin (3/2).\n"
    '"Kami tetap bekerja," kata Bambang.\n'
)


def _direct(title: str, body: str = _BODY) -> list[tuple[str, str | None, str, int]]:
    found = extract_statements("t", body, "id", recognise(body, "id"), title=title)
    return [(s.id, s.speaker, s.text, s.end) for s in found if s.kind == "direct"]


def test_a_quotation_opening_the_headline_is_the_first_statement() -> None:
    said = _direct("“Lebih Baik Saya Pulang Kampung!” Kapolda Bambang Tolak Usulan Kementerian")
    assert said[0] == ("t:1", "Bambang Sulistyo", "Lebih Baik Saya Pulang Kampung!", 0)
    assert said[1][:3] == ("t:2", "Bambang Sulistyo", "Kami tetap bekerja,")


def test_the_name_after_an_english_headline_quote_speaks() -> None:
    said = _direct("‘If I go, I go with honour,’ Bambang says after meeting the council")
    assert said[0][1:3] == ("Bambang Sulistyo", "If I go, I go with honour,")


def test_a_headline_without_a_name_gives_an_unknown_speaker() -> None:
    said = _direct("‘We were never paid for the work’: students tell of a bogus scheme")
    assert said[0][1:3] == (None, "We were never paid for the work")


def test_a_quoted_label_inside_a_headline_is_no_statement() -> None:
    assert len(_direct("Bambang Sebut Usulan Itu 'Terlalu Berlebihan Sekali'")) == 1
    assert len(_direct("“Berlebihan” Kata Bambang Soal Usulan Itu")) == 1


def test_a_headline_quote_the_body_repeats_counts_on_its_own() -> None:
    said = _direct("“Kami tetap bekerja,” Kapolda Menolak Mundur")
    assert [s[1:] for s in said] == [
        ("Bambang Sulistyo", "Kami tetap bekerja,", 0),
        ("Bambang Sulistyo", "Kami tetap bekerja,", said[1][3]),
    ]


def test_words_taken_from_a_longer_body_quotation_are_its_speakers() -> None:
    body = (
        "Mahasiswi Rina Kusumawati, 22, berangkat magang ke luar negeri tahun lalu.\n"
        "“Di sana saya bukan mahasiswa lagi. Kami bekerja sampai malam tanpa libur, dan gaji tidak "
        "pernah dibayar,” kata Rina.\n"
    )
    said = _direct("‘Kami bekerja sampai malam tanpa libur’: mahasiswa tertipu program magang palsu", body)
    assert said[0][1:3] == ("Rina Kusumawati", "Kami bekerja sampai malam tanpa libur")


def test_an_unattributed_quotation_the_headline_gives_after_a_name_and_colon() -> None:
    body = (
        "“Kalau mereka mulai, kita tidak diam. Tetap tenang dan jaga kampung masing-masing.”\n\n"
        "KABARCONTOH.COM - Bupati Sukamaju, Bambang Sulistyo (Abah), menanggapi dengan tenang razia "
        "yang digelar Bupati Sukamundur, Rudi Hartono, di perbatasan.\n"
    )
    title = "Rudi Gelar Razia di Perbatasan, Abah Bereaksi: Tetap Tenang dan Jaga Kampung"
    said = _direct(title, body)
    assert said[0][1] == "Bambang Sulistyo"


def test_words_after_a_colon_the_body_does_not_quote_name_no_one() -> None:
    body = (
        "“Kalau mereka mulai, kita tidak diam.”\n\n"
        "KABARCONTOH.COM - Bupati Sukamaju, Bambang Sulistyo, menanggapi dengan tenang razia "
        "yang digelar Bupati Sukamundur, Rudi Hartono, di perbatasan.\n"
    )
    said = _direct("Razia di Perbatasan, Bambang Bereaksi: Warga Diminta Tetap Tenang", body)
    assert said[0][1] is None
