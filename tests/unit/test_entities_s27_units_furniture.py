"""Units and page furniture that read as persons (issue 9, persons session 27; made-up sentences).

A police unit written as one clipped word ("Satlantas", "Satreskrim", "Dirkrimum", "Bareskrim": a
unit's head glued to its field, ``language/unit_words.txt``) names the unit or its office, alone or
before the unit's place. A line opening with a capitalised word that the lower-case words after it
make a furniture label ("Tonton juga '...'", a related video) names no one.
"""

from __future__ import annotations

import pytest

from kutip.index.entities.lexicon import unit_word
from tests.unit.recognised import person_names as _persons


@pytest.mark.parametrize("word", ["satlantas", "satreskrim", "dirkrimum", "bareskrim", "kasatnarkoba"])
def test_a_clipped_unit_name_is_a_unit_word(word: str) -> None:
    assert unit_word(word)


@pytest.mark.parametrize("word", ["satria", "dirgantara", "basuki", "satrio", "dirham"])
def test_names_and_other_words_are_no_unit_words(word: str) -> None:
    assert not unit_word(word)


@pytest.mark.parametrize(
    "body",
    [
        "Kecelakaan itu ditangani Unit Laka Satlantas Polres Contoh. Menurut saksi, anggota Satlantas yang "
        "berjaga segera menolong korban.",
        "Personel gabungan bersama Satreskrim Polresta Contoh meringkus dua pemuda di sebuah warung.",
        '"Bareskrim kan sudah memeriksa berkasnya," kata Fulan Hidayat menjawab wartawan.\n\n'
        '"Kan Bareskrim juga ikut memeriksa," ujarnya.',
        '"Kami sudah bekerja," terang Dirkrimum Polda Contoh Kombes Fulan Hidayat, Senin.',
    ],
)
def test_a_police_unit_is_no_person(body: str) -> None:
    persons = _persons(body)
    assert not any(w in p for p in persons for w in ("Satlantas", "Satreskrim", "Bareskrim", "Dirkrimum"))


def test_a_related_video_label_is_no_person() -> None:
    body = (
        "Warga Kota Contoh berkumpul di alun-alun pada Minggu pagi untuk mengikuti senam bersama.\n\n"
        "Tonton juga 'Festival Layang-layang Ramai Pengunjung':\n\n"
        '"Kami senang sekali," kata Fulan Hidayat, salah satu peserta.'
    )
    assert "Tonton" not in _persons(body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Fulan Hidayat membuka pameran buku bersama menteri dan wakil menteri di Gedung Contoh Raya, "
            "Sukamulya, Jakarta, Kamis (12/9/2024).",
            "Sukamulya",
        ),
        (
            "Sari Dewi menerima penghargaan dari gubernur di Balai Contoh, Sukamulya, Jawa Barat, Jumat (3/5/2024).",
            "Sukamulya",
        ),
    ],
)
def test_a_part_of_an_address_is_a_place(body: str, place: str) -> None:
    assert place not in _persons(body)


def test_a_person_in_a_lower_case_address_stays_a_person() -> None:
    body = 'Jenazah disemayamkan di rumah duka Fulan Hidayat, Bekasi. "Kami berduka," kata Sari Dewi.'
    assert "Fulan Hidayat" in _persons(body)
