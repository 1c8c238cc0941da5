"""English related-article labels ("You might be interested : ...") on Indonesian pages.

Templates and aggregators print English labels over Indonesian headlines; the headline reader is
Indonesian, so those headlines are read only when the lines around them are Indonesian. An English
page's English headlines are left alone. Every line is written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest

from kutip.index.entities.related import related_headlines, related_persons

# Indonesian furniture and story lines around the label, enough for the language to be judged
_INDONESIAN = [
    "Warga kota itu mengatakan bahwa banjir sudah surut pada hari ini dan mereka akan kembali ke rumah.",
    "Menurut dia, bantuan yang dikirim oleh pemerintah daerah belum cukup untuk semua keluarga.",
]
_ENGLISH = [
    "Residents of the town said that the flood had receded on the day and they would return to their homes.",
    "According to him, the aid that was sent by the local government was not enough for all of the families.",
]


@pytest.mark.parametrize(
    "label",
    [
        "You might be interested : ",
        "You may also like: ",
        "Read also: ",
        "Also read : ",
        "Related news: ",
        "Related Articles: ",
    ],
)
def test_english_label_on_indonesian_page(label: str) -> None:
    line = f"{label}Laga Usai, Pelatih Rodrigo Santana Puji Pemain Muda"
    assert related_headlines([*_INDONESIAN, line]) == ["Laga Usai, Pelatih Rodrigo Santana Puji Pemain Muda"]
    assert related_persons([*_INDONESIAN, line]) == ["Rodrigo Santana"]


def test_english_header_alone_on_its_line() -> None:
    lines = [*_INDONESIAN, "You May Also Like", "Pelatih Rodrigo Santana Puji Pemain Muda Usai Laga"]
    assert related_headlines(lines) == ["Pelatih Rodrigo Santana Puji Pemain Muda Usai Laga"]


@pytest.mark.parametrize(
    "lines",
    [
        # an English page: its English headlines are not read by the Indonesian reader
        [*_ENGLISH, "Read also: Rocket Firm Will Conduct Fresh Tests Next Week"],
        [*_ENGLISH, "Related Articles", "Rocket Firm Will Conduct Fresh Tests Next Week"],
        # too few words to judge the language: left alone, as before
        ["Related news: Tycoon Fulan Lands In Town For Launch"],
    ],
)
def test_english_label_elsewhere_reads_nothing(lines: list[str]) -> None:
    assert related_headlines(lines) == []


def test_indonesian_label_unchanged_on_english_page() -> None:
    lines = [*_ENGLISH, "Baca juga: Laga Usai, Pelatih Rodrigo Santana Puji Pemain Muda"]
    assert related_persons(lines) == ["Rodrigo Santana"]


def test_a_labels_whole_list_is_read() -> None:
    """A label alone on its line heads a list of links longer than three: each headline line is read, up
    to the first line that reads as no headline (a sentence of the story)."""
    lines = [
        "Artikel Terkait",
        "Harga Cabai di Pasar Induk Naik Lagi Jelang Akhir Tahun",
        "Banjir Rendam Ratusan Rumah di Lembah Hijau Pagi Ini",
        "Dinas Pendidikan Umumkan Jadwal Libur Sekolah Semester Genap",
        "Warganet Soroti Rodrigo Santana Usai Tampil di Acara Musik",
        "Warga kota itu mengatakan bahwa banjir sudah surut dan mereka akan kembali ke rumah.",
        "Kabar Gembira Soal Tarif Kereta Api Bandara Untuk Pelajar",
    ]
    headlines = related_headlines(lines)
    assert headlines == lines[1:5]
    assert "Rodrigo Santana" in related_persons(lines)
