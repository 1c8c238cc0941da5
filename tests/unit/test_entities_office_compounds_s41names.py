"""A ministry's or a regulation's glued short name is no person (issue 9, names session 41).

"Permendikbudristek", "Dirjen Diktiristek", "Pegawai Kemendiktisaintek Fulan": the sentences are
written for the tests.
"""

from __future__ import annotations

from kutip.index.entities.office_compounds import office_compound, office_run
from kutip.index.people.names import key_of, office_free
from tests.unit.recognised import person_names as _persons


def test_a_word_made_wholly_of_office_pieces_is_a_compound() -> None:
    for word in ("Permendikbudristek", "Diktiristek", "Kemendiktisaintek", "Dikti", "Saintek"):
        assert office_compound(word), word
    for word in ("Permen", "Kemen", "Suwitno", "Darsono", "Dikdik", "Menteri"):
        assert not office_compound(word), word  # a head alone, or letters left over
    assert office_run(["Ditjen", "Dikti"]) and office_run(["Permendikbud", "Ristek"])
    assert not office_run(["Ditjen"])


def test_a_compound_after_a_title_is_no_office_holder() -> None:
    body = (
        "Kampus diminta menyesuaikan aturan baru itu. "
        '"Soal Permendikbudristek itu, Dirjen Diktiristek nanti memberi penjelasan," '
        "kata Fulan Hidayat di Jakarta, Selasa."
    )
    assert _persons(body) == ["Fulan Hidayat"]


def test_a_compound_glued_before_a_name_is_cut_off() -> None:
    body = (
        "Ratusan pegawai berkumpul di halaman kantor pada Senin pagi. Juru bicara Forum Staf "
        "Kemendiktisaintek Darsono Wirapati berkata, mereka hanya ingin didengar."
    )
    assert _persons(body) == ["Darsono Wirapati"]


def test_the_people_layer_keys_a_name_after_the_compound() -> None:
    assert key_of("Forum Staf Kemendiktisaintek Darsono") == "darsono"
    assert office_free("Kemendiktisaintek Darsono") == "Darsono"
