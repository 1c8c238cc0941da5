"""Session 45, name classes seen on unseen pages (made-up text): a prison's name written alone
after the page named it with its head word is the prison, an English ``X Prison`` is a body, a
province governor's one-word title (``Gubsu``) is no part of the holder's name, and a given name
with the person's own initials (``Budi HS``) keeps them as the speaker's name."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements
from kutip.index.statements.name_initials import initials_of_name


def _persons(body: str, lang: str = "id") -> set[str]:
    return {e.name for e in recognise(body, lang) if e.type is EntityType.PERSON}


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang))]


def test_a_prison_named_alone_after_its_head_word_is_no_person() -> None:
    body = (
        "Mantan bendahara itu kini menjalani hukuman di Lapas Kelas IIA Wirabata. "
        "Wirabata dikenal sebagai lapas dengan penjagaan ketat.\n"
    )
    assert "Wirabata" not in _persons(body)


def test_an_english_prison_is_no_person() -> None:
    body = (
        "He was sent to Sukorame Prison in 2019, and later moved. Kalidang Prison holds many "
        "foreigners, his lawyer Fulan Hidayat said. Mirota Penitentiary is old.\n"
    )
    found = _persons(body, "en")
    assert not {"Sukorame Prison", "Kalidang Prison", "Mirota Penitentiary"} & found
    assert "Fulan Hidayat" in found


def test_a_glued_governor_title_is_no_part_of_the_name() -> None:
    body = (
        "Banjir merendam tiga kecamatan di Medan pada Senin. Gubsu Fulan Hidayat meninjau lokasi "
        "pengungsian bersama warga.\n\n"
        '"Kami akan mengirim bantuan pangan hari ini juga," kata Gubsu Fulan Hidayat.\n'
    )
    assert "Gubsu Fulan Hidayat" not in _persons(body)
    assert _speakers(body)[-1] == "Fulan Hidayat"


def test_a_given_name_keeps_its_initials_as_the_speaker() -> None:
    body = (
        "Kepala desa Budi HS meninjau saluran irigasi yang jebol pada Selasa.\n\n"
        '"Kami sudah meminta bantuan alat berat dari kabupaten," kata Budi HS.\n'
    )
    assert _speakers(body)[-1] == "Budi HS"


def test_initials_are_not_degrees_nor_after_longer_names() -> None:
    assert initials_of_name(["Budi", "HS"])
    assert not initials_of_name(["Budi", "SH"])  # a degree
    assert not initials_of_name(["Budi", "Santoso", "HS"])  # a longer name: a code as before
    assert not initials_of_name(["BUDI", "HS"])


def test_a_headline_verb_after_a_name_is_no_part_of_a_person() -> None:
    body = (
        "Wibisono Responds to Critics\n\n"
        "Jakarta - Minister Hartono Wibisono said the harbour would open next year.\n"
    )
    found = _persons(body, "en")
    assert "Wibisono Responds" not in found
    assert "Hartono Wibisono" in found


def test_a_headline_run_into_the_lead_is_no_person() -> None:
    body = (
        "Hartono Announces Harbour Toll Fares Will Increase to IDR 90 Thousand – Transport Minister "
        "Hartono Wibisono will raise the fares for cars and trucks at the new harbour from next month.\n\n"
        "Hartono said the fares were needed to pay for repairs.\n"
    )
    found = _persons(body, "en")
    assert not any("Announces" in name for name in found)
    assert "Hartono Wibisono" in found
