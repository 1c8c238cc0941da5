"""Persons that are people, and one entry per person (issue 9, names session 35): an acting office
written "Pjs." before a company's name, a company's name closed by a comma before the officer's, a
word of address before the name a person is called by ("Bang X" for "Y X"), and a listed figure's
name written with a slip ("Seri Mulyani"). Made-up sentences; the listed figures are the list's own."""

from __future__ import annotations

from kutip.index.entities.figures import near_figure
from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


def _organisations(body: str) -> list[str]:
    return [e.name for e in recognise(body, "id") if e.type is EntityType.ORGANIZATION]


def test_an_acting_office_written_pjs_names_no_one() -> None:
    body = "Harga naik sejak awal tahun, ucap Pjs. Corporate Secretary PT Pertamina Wiradarma Sentosa, Fulan Badu dalam keterangan resmi, Rabu."
    assert _persons(body) == ["Fulan Badu"]


def test_a_comma_closes_the_companys_name_before_the_officers() -> None:
    body = "Harga naik sejak awal tahun, ucap Pjs. Corporate Secretary PT Pertamina Wiradarma Sentosa, Fulan Badu dalam keterangan resmi, Rabu."
    assert "PT Pertamina Wiradarma Sentosa" in _organisations(body)


def test_an_officer_named_before_the_office_leaves_the_company_whole() -> None:
    body = "Harga naik, kata Fulan Badu, Pjs. Corporate Secretary PT Pertamina Wiradarma Sentosa melalui laman resmi."
    assert _persons(body) == ["Fulan Badu"]
    assert "PT Pertamina Wiradarma Sentosa" in _organisations(body)


def test_a_list_of_names_after_an_office_still_splits_its_body() -> None:
    body = "Kepala Dinas Pertanian Kabupaten Bekasi Sari Wulandari, Fulan Badu dan Rina hadir di lokasi."
    assert _persons(body)[:2] == ["Sari Wulandari", "Fulan Badu"]


def test_a_word_of_address_before_the_name_a_person_is_called_by() -> None:
    body = "Wakil Ketua DPR, Sulfan Dasco, hadir. Saya dibantu Bang Dasco selama ini, ujarnya. Bang Dasco punya terobosan."
    assert _persons(body) == ["Sulfan Dasco"]


def test_a_word_of_address_before_a_name_two_persons_end_with_joins_neither() -> None:
    body = "Wakil Ketua DPR, Sulfan Badu, hadir. Saya dibantu Bang Badu, ujarnya. Ketua panitia Fulan Badu juga hadir."
    persons = {e.name: e for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert "Bang Badu" not in persons["Sulfan Badu"].aliases
    assert "Bang Badu" not in persons["Fulan Badu"].aliases


def test_a_listed_figure_written_with_a_slip() -> None:
    assert near_figure("Seri Mulyani") == "Sri Mulyani Indrawati"  # an "e" put in
    assert near_figure("Shri Muliani") == "Sri Mulyani Indrawati"  # "sh" for "s", "i" for "y"
    assert near_figure("Sri Mulian") == "Sri Mulyani Indrawati"  # the last letter lost
    assert near_figure("Prabowo Subiyanto") == "Prabowo Subianto"  # a vowel beside another
    assert near_figure("Bamsot") == "Bambang Soesatyo"  # a listed nickname a vowel short


def test_another_name_near_a_listed_figure_is_no_slip() -> None:
    assert near_figure("Sari Mulyani") is None  # "Sari" is a name of its own, not "Sri"
    assert near_figure("Sri Mulyati") is None  # a consonant changed
    assert near_figure("Sri Mulyani") is None  # listed as written: full_name's, not a slip
    assert near_figure("Budi Santosa") is None


def test_a_slip_of_a_listed_figure_is_named_by_the_list() -> None:
    body = "Menteri Keuangan Seri Mulyani hadir dalam rapat itu. Sri Mulyani Indrawati lalu berbicara."
    assert _persons(body) == ["Sri Mulyani Indrawati"]
