"""State firms, public bodies and makers in the organisation gazetteer (issue 9, names session 35): their
short form after an office no longer glues to the holder's name, and alone or after a common noun it is
no person ("Gudang Bulog", "motor Harley Davidson"). Made-up sentences."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


def test_a_state_firms_short_form_after_an_office() -> None:
    body = "Kepala Bulog Fulan Badu mengatakan stok beras aman. Ia meninjau Gudang Bulog di Sukamaju bersama Sari Dewi."
    assert _persons(body) == ["Fulan Badu", "Sari Dewi"]


def test_a_bodys_name_of_everyday_words_after_an_office() -> None:
    body = "Petugas Bea dan Cukai menyita onderdil motor Harley Davidson milik Fulan Badu, kata Kasubdit Humas Bea dan Cukai Sari Dewi."
    assert _persons(body) == ["Fulan Badu", "Sari Dewi"]


def test_a_city_bus_firm_and_vehicle_makers() -> None:
    body = "Direktur Utama Transjakarta Fulan Badu meninjau halte. Menurut Fulan, bus Mercedes-Benz dan Toyota dipakai."
    assert _persons(body) == ["Fulan Badu"]
    organisations = {e.name for e in recognise(body, "id") if e.type is EntityType.ORGANIZATION}
    assert {"Transjakarta", "Mercedes-Benz", "Toyota"} <= organisations
