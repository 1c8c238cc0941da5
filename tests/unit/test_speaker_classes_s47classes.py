"""Session 47, classes seen on unseen pages (made-up text): the speaker is the passage's subject,
not a person named in object position, inside an according-to clause or after a government word;
an office, ``di`` and its seat, then a comma: the name after the comma speaks; ``politikus X``
points back to the person introduced with party X in their office."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def test_the_name_after_an_office_and_its_seat_speaks() -> None:
    body = (
        "PALU - Petugas memeriksa 30 sampel jajanan di pasar, Senin (3/3/2025).\n\n"
        '"Tidak ada sampel yang memakai pewarna," kata Kepala Balai Karantina di Palu, Yunus Saragih.\n\n'
        "Yunus Saragih menambahkan pemeriksaan akan diulang pekan depan.\n"
    )
    said = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in said if s.kind == "direct"] == ["Yunus Saragih"]


def _speakers(body: str, lang: str, kind: str = "direct") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == kind]


def test_he_said_is_the_subject_not_the_person_thanked_after_a_town_dateline() -> None:
    body = (
        "Surabaya - Gilang Mahesa, head of the city's taxi drivers' union, praised Governor Sari Dewanti "
        "for the new fare rule on Monday.\n\n"
        '"It took us a year of talks to get here," he said.\n'
    )
    assert _speakers(body, "en") == ["Gilang Mahesa"]


def test_according_to_him_the_clause_is_his_and_its_verb_cues_nobody() -> None:
    body = (
        "Gilang Mahesa, head of the city's taxi drivers' union, praised Governor Sari Dewanti for the "
        "new fare rule. According to him, Sari had asked for the rule in March.\n\n"
        '"It took us a year of talks to get here," he said.\n'
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [(s.kind, s.speaker) for s in found] == [
        ("indirect", "Gilang Mahesa"),
        ("direct", "Gilang Mahesa"),
    ]
    assert found[0].text.startswith("Sari had asked")


def test_a_government_named_after_its_head_puts_no_person_forward() -> None:
    body = (
        "JAKARTA - Juru bicara Ratna Kirana menanggapi laporan itu.\n\n"
        '"Kami sedang memeriksa," kata Ratna.\n\n'
        "Ratna juga meminta warga tenang. Pemerintah Hadi Santosa menjamin bantuan tetap berjalan.\n\n"
        '"Tidak ada bantuan yang ditunda," kata dia.\n'
    )
    assert _speakers(body, "id") == ["Ratna Kirana", "Ratna Kirana"]


def test_an_office_word_after_a_government_word_keeps_its_holder() -> None:
    body = (
        "JAKARTA - Juru bicara Ratna Kirana menanggapi laporan itu.\n\n"
        '"Kami sedang memeriksa," kata Ratna.\n\n'
        "Kabinet Sekretaris Hadi Santosa menjamin bantuan tetap berjalan.\n\n"
        '"Tidak ada bantuan yang ditunda," kata dia.\n'
    )
    assert _speakers(body, "id") == ["Ratna Kirana", "Hadi Santosa"]


def test_a_party_member_description_points_back_to_the_party_office() -> None:
    body = (
        "JAKARTA - Wakil Ketua Bidang Pertanian Dewan Pengurus Pusat (DPP) Partai Contoh Raya (PCR) "
        "Laksmi Handayani meminta harga gabah dinaikkan.\n\n"
        '"Petani sudah lama menunggu," ucap Laksmi.\n\n'
        '"Harga pupuk juga naik setiap musim," tutur politikus PCR.\n'
    )
    assert _speakers(body, "id") == ["Laksmi Handayani", "Laksmi Handayani"]
