"""A police or military rank is followed by a name, though the name ends in an office's word; a unit
short form after an office ("Kabag Ops") names no one; a sentence's opening noun before a listed figure is
no part of the figure's name (issue 9, names session 34). Made-up text; the figure is a listed one."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.related import related_persons
from kutip.index.models import EntityType


def _people(body: str) -> set[str]:
    return {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}


def test_a_name_after_a_rank_is_a_person_though_it_ends_in_an_office_word() -> None:
    body = "Rapat itu dihadiri Wadir Reskrim Polda Sukamaju Kombes Pol Fulanto Patria Negara dan pejabat lain."
    assert any(name.startswith("Fulanto Patria") for name in _people(body))


def test_a_body_after_an_office_title_is_still_no_person() -> None:
    body = "Rapat itu dihadiri Direktur Jenderal Pajak Kementerian Keuangan dan pejabat lain."
    assert not _people(body)


def test_a_unit_after_an_office_in_a_related_headline_is_no_person() -> None:
    line = "Baca juga: Di Sukamaju Kabag Ops Berselisih dengan Kasat Reskrim, Warga Resah"
    assert related_persons([line]) == []


def test_the_sentences_opening_noun_is_cut_before_a_listed_figure() -> None:
    body = 'Ia hadir di Sukamaju.\n"Perintah Prabowo kepada kami jelas," kata Fulanto Hidayat.'
    people = _people(body)
    assert "Perintah Prabowo" not in people
    assert any("Prabowo" in name for name in people)


def test_a_given_name_before_the_figures_word_stays() -> None:
    assert "Dimas Prabowo" in _people("Ia hadir. Dimas Prabowo meminta warga bekerja.")
