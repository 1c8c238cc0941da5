"""A clipped given name is the one person whose name it clips, also when that person is named by
one word (``Susi`` of ``Susilawati``) or the clip comes with a form of address (``Mbak Ita`` of
``Hevearita Kumalasari``). Every name and article here is made up."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.prefixes import one_word_owner


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id"))]


def test_the_first_or_last_letters_of_one_single_word_name() -> None:
    assert one_word_owner("Susi", [("Susilawati",), ("Susi",)]) == "Susilawati"
    assert one_word_owner("Wati", [("Susilawati",)]) == "Susilawati"
    assert one_word_owner("Susi", [("Susilawati",), ("Susiana",)]) is None  # two owners
    assert one_word_owner("Susi", [("Susilawati",), ("Susi", "Hidayat")]) is None  # a fuller name's word
    assert one_word_owner("Sus", [("Susanto",)]) is None  # a prefix needs more letters left
    assert one_word_owner("Anto", [("Susanto",)]) == "Susanto"
    assert one_word_owner("Santo", [("Susanto",)]) is None  # two letters left: another name


def test_a_clipped_single_word_name_is_that_person() -> None:
    body = (
        "Partai Maju Siapkan Saksi\n\n"
        "SUKAMAJU, contoh.com - Ketua DPC Partai Maju Kabupaten Sukamaju, Susilawati mengatakan "
        "konsolidasi berlangsung tiga hari.\n\n"
        '"Kami rekrut saksi di setiap tempat pemungutan suara," kata Susi.\n'
    )
    assert _speakers(body) == ["Susilawati", "Susilawati"]


def test_a_form_of_address_and_a_clipped_given_name_is_that_person() -> None:
    body = (
        "Wali Kota Ingatkan Warga\n\n"
        "SUKAMAJU, contoh.com - Wali Kota Sukamaju Hevearita Kumalasari mengingatkan warga soal banjir.\n\n"
        '"Nggak usah khawatir tetapi harus siap," ucap Mbak Ita.\n'
    )
    assert _speakers(body) == ["Hevearita Kumalasari", "Hevearita Kumalasari"]


def test_a_name_of_its_own_is_no_clip() -> None:
    body = (
        "Dua Pedagang Pasar\n\n"
        "SUKAMAJU, contoh.com - Pedagang cabai Susilawati mengeluhkan harga, Senin.\n\n"
        '"Harga naik terus," kata Susilawati.\n\n'
        "Pedagang lain, Susi Hidayat, mengaku pembeli sepi.\n\n"
        '"Sepi sekali hari ini," kata Susi.\n'
    )
    assert _speakers(body)[-1] == "Susi Hidayat"
