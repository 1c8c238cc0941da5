"""A bare day ("Kamis (1/8)", no year) or a day named after "pada" written right after the words with
which a report says where it took a quote is the day of the citing, as a full date there already was
(session 29): the remark may be a day older (fixtures written for kutip: fictional remarks)."""

from __future__ import annotations

from kutip.index.linking.occasions import stated_day


def _said(attribution: str, reference: str = "2024-08-01") -> int:
    text = f'"Kami siaga," {attribution}'
    return stated_day(text, 1, text.index(',"'), reference=reference)


def test_a_bare_day_after_the_citing_words_is_no_stated_day() -> None:
    assert _said("kata Fulan, dikutip dari keterangan tertulis, Kamis (1/8).") == 0
    assert _said("kata Fulan, dilansir kantor berita, Kamis (1/8).") == 0
    assert _said("kata Fulan, dikutip pada 1 Agustus.") == 0


def test_a_bare_day_of_the_remark_itself_stays() -> None:
    assert _said("kata Fulan kepada wartawan, Rabu (31/7).") > 0
    assert _said("kata Fulan saat ditemui pada 31 Juli lalu.") > 0
    assert _said("kata Fulan, Rabu (31/7), sebagaimana dikutip dari Warta.") > 0
    assert _said("kata Fulan kepada wartawan, Rabu (31/7).", reference="") < 0  # no year: kept bare
