"""The recogniser names a bare one-word form by a listed figure's spelling (the general
'Soedirman' for 'Sudirman') only when the article ties the two, as the name book does: the
persons list shows other holders of the word as the article writes them. Made-up text."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_suspect_sharing_a_figures_word_is_listed_as_written() -> None:
    body = (
        "Polisi menangkap tiga orang, yaitu Fulan (40), Badu (35), dan Sudirman (30), di sebuah rumah.\n\n"
        '"Saya hanya disuruh mengantar barang," kata Sudirman kepada penyidik.\n'
    )
    persons = _persons(body)
    assert "Sudirman" in persons
    assert "Soedirman" not in persons


def test_a_two_word_name_starting_with_the_figures_word_stays_one_person() -> None:
    body = (
        "JAKARTA - Ketua koperasi Sudirman Hidayat meminta anggota tidak meributkan harga pupuk.\n\n"
        '"Yang harus kita pikirkan adalah panen," tegas Sudirman di Jakarta, Senin.\n\n'
        "Sudirman menjelaskan, koperasi akan memperbaiki pola pembelian.\n"
    )
    persons = _persons(body)
    assert "Sudirman Hidayat" in persons
    assert "Soedirman" not in persons


def test_a_title_of_the_figure_ties_the_bare_word() -> None:
    body = (
        "Warga memperingati perjuangan Jenderal Sudirman di museum kota, Minggu.\n\n"
        "Dalam buku itu tertulis pesan yang sering dikutip warga. "
        '"Kita tidak boleh menyerah," kata Sudirman dalam catatan tersebut.\n'
    )
    assert "Sudirman" in _persons(body)
