"""A title word that is also a name's last word closes the name (issue 9, names session 41).

"Hakim" is a judge before a name and the last word of many Indonesian names after one. The
sentences are written for the tests.
"""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_hakim_after_name_words_is_the_names_last_word() -> None:
    assert _persons("Menurut Darsono Arifin Hakim, program itu berjalan baik.") == ["Darsono Arifin Hakim"]
    body = (
        '"Semua biaya akan kami tagih," tutur Kepala Bagian Umum Badan Pengelola Dana Darsono '
        "Arifin Hakim kepada wartawan, Kamis.\n\nArifin menyebut sebagian penerima belum pulang."
    )
    assert _persons(body) == ["Darsono Arifin Hakim"]


def test_hakim_before_a_name_or_after_a_body_word_is_still_a_title() -> None:
    assert _persons("Jaksa meminta Hakim Fulan menolak eksepsi itu.") == ["Fulan"]
    assert _persons("Putusan dibacakan oleh Majelis Hakim pada Senin.") == []
