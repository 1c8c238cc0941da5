"""A name the article calls a brand ("minyak goreng merek X") is no person anywhere in it, and a
one-word name described as "salah satu" + an ordinary person's role is a person ("Fulan, salah satu
pedagang"). Invented sentences."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_brand_named_after_merek_is_no_person() -> None:
    body = (
        "Minyak goreng merek Sarimurni kini langka di pasar.\n"
        "Sebungkus Sarimurni dijual sekitar Rp 9 ribu di warung.\n"
        "Suplai Sarimurni tidak tepat waktu lagi, kata pedagang Fulan Wirabata."
    )
    persons = _persons(body)
    assert "Sarimurni" not in persons
    assert "Fulan Wirabata" in persons


def test_an_english_brand_in_quotes_is_no_person() -> None:
    body = (
        'The minister launched a packaged rice under the brand "Berasku" on Monday. '
        "Berasku will be sold in every province, said Jane Fairbrook, a trade official."
    )
    persons = _persons(body, "en")
    assert "Berasku" not in persons
    assert "Jane Fairbrook" in persons


def test_a_capitalised_brand_word_opens_no_brand() -> None:
    body = "Brand Ambassador Kilaumas, Fulan Wirabata, hadir di acara itu. Kata Fulan, acara berjalan lancar."
    assert "Fulan Wirabata" in _persons(body)


def test_one_of_the_traders() -> None:
    body = "Hutapea, salah satu pedagang sayur di los itu menyebut, pasokan mulai seret sejak Senin."
    assert _persons(body) == ["Hutapea"]
