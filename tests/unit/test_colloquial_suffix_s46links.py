"""A spoken verb with Jakarta speech's ``-in`` for ``-kan``/``-i`` is the verb's root, as its formal
form is (fixtures written for kutip: invented remarks)."""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms


def test_the_colloquial_suffix_gives_the_formal_forms_root() -> None:
    spoken = content_terms("Kirimin laporannya ke kantor, kumpulin semua stafnya")
    written = content_terms("Kirimkan laporannya ke kantor, kumpulkan semua stafnya")
    assert spoken == written


def test_a_root_ending_in_the_same_letters_stays() -> None:
    assert content_terms("Saya yakin kemarin ingin izin") == ["yakin", "kemarin", "ingin", "izin"]
