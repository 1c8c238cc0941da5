"""Persons credited inside the story's text: a caption's photographer after its outlet, and a
writer's name in brackets closing the story. Texts are made up for these tests."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType


def _persons(text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions] for e in recognise(text, "id") if e.type is EntityType.PERSON
    }


def test_a_caption_credit_in_the_body_names_its_photographer() -> None:
    body = (
        "Fulan Hidayat meninjau banjir di Sukamaju, Senin (3/5/2021). (TEMPO/RINA MARLINA SARI)\n\n"
        '"Kami siap membantu," kata Fulan.'
    )
    persons = _persons(body)
    assert persons["Rina Marlina Sari"] == ["RINA MARLINA SARI"]
    assert "Tempo" not in persons


def test_a_closing_name_in_brackets_is_the_writer() -> None:
    persons = _persons("Harga cabai naik lagi di pasar Sukamaju pekan ini.\n\nPedagang mengeluh. (Wiranata)")
    assert "Wiranata" in persons


def test_closing_brackets_of_words_and_bodies_are_no_writers() -> None:
    for closing in ("(Bisnis)", "(Redaksi)", "(Red)", "(KPK)", "(Kompas)"):
        persons = _persons(f"Harga cabai naik lagi di pasar Sukamaju pekan ini. {closing}")
        assert not any(name in closing for name in persons), closing


def test_a_closing_bracket_before_the_last_line_is_not_read() -> None:
    persons = _persons("Harga cabai naik lagi. (Wiranata)\n\nPedagang mengeluh soal harga.")
    assert "Wiranata" not in persons


def test_a_sum_of_money_is_no_person() -> None:
    text = 'Kerugian senilai Rp300 triliun belum terbukti. "Itu belum jelas," ujarnya.'
    assert not any(any(ch.isdigit() for ch in name) for name in _persons(text))


def test_a_label_left_below_the_closing_name_does_not_hide_it() -> None:
    persons = _persons("Harga cabai naik lagi di pasar Sukamaju.\n\n(Wiranata)\n\nArtikel ini ditulis oleh:")
    assert "Wiranata" in persons
