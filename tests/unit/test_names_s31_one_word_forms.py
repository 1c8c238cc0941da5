"""One entry per person: a one-word form of a person the same article names in full (the given name's
start, a clitic glued, a one-letter slip) joins that person. Made-up passages and names."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _persons(body: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in recognise(body, "id") if e.type is EntityType.PERSON}


NICKNAME = """Ketua panitia Fulandika Rahardjo membuka pasar baru di Kecamatan Tanjung, Senin.
"Pasar ini untuk pedagang kecil," kata Fulan dalam sambutannya.
Fulan menambahkan pemerintah daerah akan menata parkir di sekitar pasar.
"""


def test_the_start_of_the_given_name_is_the_same_person() -> None:
    persons = _persons(NICKNAME)
    assert "Fulan" not in persons
    assert "Fulan" in persons["Fulandika Rahardjo"]


CLITIC = """Ketua panitia Badrul Santoso mengatakan acara akan digelar di alun-alun kota pada Sabtu.
"Kami mengundang Pak Badrulnya, bukan karena takut," ujar Dodi Pramana.
"""


def test_a_name_with_a_clitic_glued_is_the_same_person() -> None:
    persons = _persons(CLITIC)
    assert "Badrulnya" not in persons
    assert "Badrulnya" in persons["Badrul Santoso"]
    assert "Dodi Pramana" in persons


SLIP = """Camat Ahmad Wirdanto meninjau tanggul yang jebol di Desa Karanganyar, Selasa.
Wirdanto meminta warga mengungsi sementara. Menurut Wildanto, bantuan beras tiba besok pagi.
"""


def test_a_one_letter_slip_of_a_name_word_is_the_same_person() -> None:
    persons = _persons(SLIP)
    assert "Wildanto" not in persons
    assert "Wildanto" in persons["Ahmad Wirdanto"]


OTHER_ENDING = """Kata Yanti, acara itu ramai sejak sore. Pemain kendang Yanto Prasetyo tampil di panggung utama.
"""


def test_a_name_with_its_last_vowel_changed_is_another_person() -> None:
    persons = _persons(OTHER_ENDING)
    assert "Yanti" in persons
    assert "Yanto Prasetyo" in persons


def test_a_given_name_of_its_own_is_not_the_start_of_a_longer_one() -> None:
    # "Andi" is a given name the tagger's list knows: another person beside "Andika X"
    persons = _persons('Andika Pratama hadir di lokasi. "Kami siap," kata Andi.')
    assert "Andi" in persons
    assert "Andika Pratama" in persons
