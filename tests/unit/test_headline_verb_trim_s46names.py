"""A headline's listed verb ends the person's run; the name before it stays a mention of the
person (session 46, names: one mechanism with the passive verbs' trim). Invented text."""

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def _persons(body: str, lang: str) -> dict[str, list[int]]:
    return {
        e.name: [m.start for m in e.mentions] for e in recognise(body, lang) if e.type is EntityType.PERSON
    }


def test_an_english_headline_verb_is_cut_and_the_name_kept() -> None:
    body = "Badu Santoso Responds to Harbour Critics – Badu Santoso said the harbour plan was sound. Badu added more."
    assert _persons(body, "en") == {"Badu Santoso": [0, 43, 89]}


def test_an_indonesian_headline_verb_is_cut_and_the_name_kept() -> None:
    body = (
        "Bupati Badu Santoso Usut Dana Desa Contohsari\n\n"
        "Bupati Badu Santoso mengatakan dana itu diperiksa. Menurut Badu, kasus itu serius."
    )
    assert _persons(body, "id") == {"Badu Santoso": [7, 54, 106]}


def test_a_currency_before_an_amount_is_no_name_word() -> None:
    body = (
        "Visitors pay a ticket to Contohsari Rp. 50,000 each, Badu Santoso said. "
        "Badu Santoso added that Contohsari Rp. 20,000 applies to pupils."
    )
    assert not any("Rp" in name for name in _persons(body, "en"))
