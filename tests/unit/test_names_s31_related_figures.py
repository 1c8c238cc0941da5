"""Listed figures in related-article headlines: a full name the nickname list gives, a figure's word
before a headline's verb, a pair written with a hyphen. Headlines written for these tests; the figures
are the list's own (data/people/nicknames.tsv), the other people invented."""

from __future__ import annotations

import pytest

from kutip.index.entities.related import related_persons


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a listed full name at the head of a quoting headline: Title Case hides it from the tagger
        ("Baca juga: Ridwan Kamil: Jembatan Baru Selesai Akhir Tahun", ["Ridwan Kamil"]),
        # a figure's one word before an everyday word (a headline's verb), not another name
        ("Baca Juga: Prabowo Bolehkan Warga Tanam Padi di Lahan Tidur", ["Prabowo Subianto"]),
        # a ticket: each side of the hyphen is a figure
        ("BACA JUGA: Survei Terbaru Soal Duet Prabowo-Jokowi di Desa", ["Prabowo Subianto", "Joko Widodo"]),
    ],
)
def test_listed_figures_in_a_related_headline(line: str, names: list[str]) -> None:
    assert sorted(related_persons([line])) == sorted(names)


@pytest.mark.parametrize(
    "line",
    [
        # a figure's first word before a given name opens another person's name
        "Baca juga: Anies Matta Hadiri Pengajian Akbar di Sukamaju",
        # a nickname after a given name ends another person's name
        "Baca juga: Kasus Perundungan Aulia Risma Diusut, Publik Geram",
        # a pair holding an everyday word is no ticket of figures: "Kuat Ma'ruf" is one person's name
        "BACA JUGA:Penyidik Periksa Ulang Fulanah Sari-Kuat Ma'ruf: Ada Keterangan Baru",
    ],
)
def test_a_figure_word_inside_another_name_is_not_the_figure(line: str) -> None:
    assert related_persons([line]) == []
