"""One word that is a sentence of its own names no one (issue 9, persons session 27; made-up sentences).

Inside a quotation an answer ("... menguat? Yes."), a prayer's close ("Amin..") or a plea ("Kasihani lah
...") is one capitalised word between two sentence ends, and the tagger read each as a person. A name
alone on a line of its own (a byline, a caption's credit) is another matter and is not touched.
A page's share button left under an empty "Editor:" label is no editor either.
"""

from __future__ import annotations

import pytest

from tests.unit.recognised import person_names as _persons


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            '"Apakah harga beras akan turun bulan depan? Yes. Pasokannya cukup, tapi cuaca masih menentukan," '
            "kata Fulan Hidayat di Jakarta.",
            "Yes",
        ),
        (
            '"Mudah-mudahan panen tahun depan lebih baik. Amin..," kata Sari Dewi kepada wartawan di sawahnya.',
            "Amin",
        ),
        (
            '"Kami ingin masalah ini selesai. Kasihani lah keluarganya yang terus diberitakan," kata Fulan Hidayat.',
            "Kasihani",
        ),
    ],
)
def test_a_word_that_is_a_sentence_is_no_person(body: str, word: str) -> None:
    assert word not in _persons(body)


def test_a_name_opening_a_sentence_stays_a_person() -> None:
    body = 'Rapat berlangsung dua jam. Wiradinata mengatakan semua usulan diterima. "Kami puas," kata Wiradinata.'
    assert "Wiradinata" in _persons(body)


def test_a_share_button_under_an_empty_editor_label_is_no_editor() -> None:
    from kutip.index.ingest.credits import credit_line

    assert credit_line("Editor: Bagikan") == []
    assert [c.name for c in credit_line("Editor: Fulan Hidayat")] == ["Fulan Hidayat"]
