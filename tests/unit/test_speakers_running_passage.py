"""Pronoun cues after a person named only inside the running speaker's report: the agent of a
passive that is no speech verb, someone who will speak later, and an English ``conveyed by``
that names the speaker; a description written before anyone holds its role; nicknames cut from one name (all text made up)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.prefixes import prefix_owner, tail_owner


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_an_agent_inside_the_speakers_report_does_not_take_the_pronoun() -> None:
    body = (
        "Menteri Kesehatan Fulan Hidayat meninjau rumah sakit di Bekasi, Senin.\n\n"
        "Menurut dia, saat ini ada 32 rumah sakit yang sedang dibangun. "
        "Anggarannya juga sudah disetujui oleh Presiden Rudi Santoso.\n\n"
        '"Cuma ada sedikit realokasi anggaran yang butuh persetujuan beliau," ucap dia.\n'
    )
    assert _direct(body) == ["Fulan Hidayat"]


def test_a_passive_agent_still_leads_a_paragraph_of_narration() -> None:
    body = (
        "Warga memadati balai desa sejak pagi.\n\n"
        "Bantuan itu akhirnya diserahkan oleh Bupati Rina Marlina kepada warga.\n\n"
        '"Semoga bantuan ini meringankan beban," ujarnya.\n'
    )
    assert _direct(body) == ["Rina Marlina"]


def test_someone_who_will_speak_later_has_said_nothing() -> None:
    body = (
        "Juru bicara istana Fulan Hidayat menyebut Rudi hanya akan menyampaikan keterangan resmi.\n\n"
        '"Nanti presiden tidak setiap waktu bisa diakses," kata dia.\n'
    )
    assert _direct(body) == ["Fulan Hidayat"]


def test_conveyed_by_names_who_goes_on_speaking() -> None:
    body = (
        "Jakarta - President Rudi Santoso has instructed his negotiation team to reach a tariff deal.\n\n"
        "This was conveyed by Coordinating Minister for Economic Affairs Fulan Hidayat on Tuesday.\n\n"
        '"The President instructed us to negotiate in the best possible way," he said.\n'
    )
    assert _direct(body, "en") == ["Fulan Hidayat"]


def test_a_description_before_anyone_holds_the_role_means_the_one_named_later() -> None:
    body = (
        "Warga memblokade jalan desa yang rusak parah, Senin.\n\n"
        "Bupati pun sempat marah karena aksi warga itu mengganggu perjalanan rombongannya.\n\n"
        '"Maumu apa? Jangan kurang ajar," kata sang bupati.\n\n'
        "Akhirnya Bupati Bekasi Fulan Hidayat angkat bicara menanggapi video tersebut.\n"
    )
    assert _direct(body) == ["Fulan Hidayat"]


def test_two_later_holders_of_the_role_leave_the_description_unknown() -> None:
    body = (
        "Warga memblokade jalan desa yang rusak parah, Senin.\n\n"
        '"Maumu apa? Jangan kurang ajar," kata sang bupati.\n\n'
        "Bupati Bekasi Fulan Hidayat dan Bupati Bogor Rina Marlina kemudian bertemu warga.\n"
    )
    assert _direct(body) == [None]


def test_a_body_is_not_the_person_named_later_with_its_role_word() -> None:
    body = (
        "Jakarta - Sukamaju announced its plan to join the bloc, the Ministry of Foreign Affairs "
        "said in a statement.\n\n"
        '"Sukamaju expressed a desire to join the bloc," the statement reads.\n\n'
        '"Joining serves our independent foreign policy," Foreign Minister Fulan Hidayat said.\n'
    )
    assert _direct(body, "en")[-1] == "Fulan Hidayat"
    assert _direct(body, "en")[0] != "Fulan Hidayat"


def test_a_nickname_from_the_last_or_first_letters_of_one_name_is_that_person() -> None:
    body = (
        "Bupati Sampang Fulan Junaidi pulang ke rumahnya, Senin.\n\n"
        '"Saya merasa terharu melihat warga," ucap abah Idi.\n\n'
        "Kepala balai Dwikorita Santoso membantah kabar itu.\n\n"
        '"Itu bukan pencabutan," kata Dwi di Jakarta.\n'
    )
    assert _direct(body) == ["Fulan Junaidi", "Dwikorita Santoso"]


def test_a_short_name_of_its_own_stays_apart() -> None:
    assert tail_owner("Idi", [("Fulan", "Junaidi"), ("Rina", "Marlina")]) == "Fulan Junaidi"
    assert tail_owner("Idi", [("Fulan", "Junaidi"), ("Budi", "Wahidi")]) is None  # two owners
    assert tail_owner("Adi", [("Adi", "Santoso"), ("Fulan", "Hariadi")]) is None  # a name of its own
    assert prefix_owner("Ari", [("Arianto", "Wibowo")]) is None  # too little left of the word
    assert prefix_owner("Dwi", [("Dwikorita", "Santoso")]) == "Dwikorita Santoso"
