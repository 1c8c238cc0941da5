"""A ministry's or an office's glued short name alone is no person (session 46, names).

Real pages write "Kemen" + a portfolio, "Wamen" + one, a minister's decree ("Kepmen...") or a
director general's office ("Dirjen...") as one word; the rules kept some as one-word persons.
Invented sentences.
"""

from kutip.index.entities.office_compounds import office_compound
from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def test_ministry_words_split_into_office_pieces() -> None:
    for word in ("Kemenpora", "Wamenkomdigi", "Kepmendagri", "Dirjenpas", "Menkopolkam", "Kemensesneg"):
        assert office_compound(word), word
    assert not office_compound("Mendrofa")


def test_glued_office_words_are_no_persons() -> None:
    body = (
        "Rapat digelar di kantor Kemenpora, Senin. Wamenkomdigi menyebut Kepmendagri akan diubah.\n"
        "Fulan Wiratmaja mengatakan Dirjenpas juga datang bersama Kemensesneg."
    )
    persons = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert persons == {"Fulan Wiratmaja"}


def test_a_ministry_credited_for_a_photo_is_no_person() -> None:
    body = "Menteri Contoh Fulan Hadi Wibowo di Jakarta. (Foto: Kemensesneg)\nFulan Hadi Wibowo mengatakan rapat digelar Senin."
    persons = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert persons == {"Fulan Hadi Wibowo"}
