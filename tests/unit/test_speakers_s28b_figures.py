"""Session 28 (b), a listed figure's one-word spelling (made-up text): the general 'Soedirman' of the
nickname list takes a bare 'Sudirman' only when the article ties them (his full name or a form of
his of two words, such as a title); a two-word name that is itself a person is not split in two."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang))]


def test_a_minister_sharing_a_figures_word_keeps_his_own_name() -> None:
    body = (
        "JAKARTA - Menteri Energi Sudirman Said meminta masyarakat tidak meributkan harga bahan bakar.\n\n"
        '"Yang harus kita pikirkan adalah ketahanan energi," tegas Sudirman di Jakarta, Senin.\n\n'
        "Sudirman menjelaskan, pemerintah akan memperbaiki pola penentuan harga.\n\n"
        '"Kita akan terus perbaiki pola itu," katanya.\n'
    )
    speakers = _speakers(body)
    assert speakers and set(speakers) == {"Sudirman Said"}


def test_a_bare_word_is_no_figure_without_a_tie() -> None:
    body = (
        "Polisi menangkap tiga orang, yaitu Fulan (40), Badu (35), dan Sudirman (30), di sebuah rumah.\n\n"
        '"Saya hanya disuruh mengantar barang," kata Sudirman kepada penyidik.\n'
    )
    assert _speakers(body) == ["Sudirman"]


def test_a_title_of_the_figure_ties_the_bare_word() -> None:
    body = (
        "Warga memperingati perjuangan Jenderal Sudirman di museum kota, Minggu.\n\n"
        "Dalam buku itu tertulis pesan yang sering dikutip warga. "
        '"Kita tidak boleh menyerah," kata Sudirman dalam catatan tersebut.\n'
    )
    assert _speakers(body) == ["Sudirman"]  # the encyclopedia title (session 36)
