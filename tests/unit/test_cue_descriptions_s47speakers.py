"""Session 47, speakers (made-up text): the cue's phrase names the person who speaks, not a body
or a place inside a description of them.

- ``ujar Sekum <body> itu``: an officer by the short form of the office (``Sekum``, ``Bendum``) is a
  description of a person, so it points back to the person, never to the body or to ``Sekum``.
- ``said the Minister of Fisheries, Fulan``: an office written by its capitals after ``the``
  and before a comma is held by the name after the comma.
- ``kata perwakilan keluarga Badu, Fulan``: a description opening with a common noun is a
  relation of whoever it names; the person after its comma speaks.
- ``"…," Fulan of the X faction was quoted by Kabar Harian as saying``: an outlet may relay the remark.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_an_officer_by_a_short_office_form_is_a_description_of_the_speaker() -> None:
    body = (
        "Menteri Pendidikan Dasar Hendra Wiratama meminta para pembuat konten berhati-hati.\n"
        '"Kami tidak ingin ada kabar yang keliru soal kurikulum baru," kata Hendra di Jakarta.\n'
        "Hendra mengaku sering membaca unggahan warganet tentang sekolah.\n"
        '"Masih ada kekeliruan informasi mengenai kebijakan kami," sambung Sekum DPP PKB itu.\n'
    )
    assert _direct(body) == ["Hendra Wiratama", "Hendra Wiratama"]


def test_the_holder_after_a_capitalised_office_with_the_speaks() -> None:
    body = (
        "SUKAMAJU - Officials want a fish market in every coastal district by next year.\n"
        '"Fishermen will sell their catch closer to home and keep more of the price," said the '
        "Minister of Fisheries, Bambang Sutejo Wirawan.\n"
        "Meanwhile, the head of a farmers' association, Darto said that success depends on governance.\n"
        '"Every cooperative needs a good management system," Darto said.\n'
        "The Minister of Labour Affairs, Rudi Hartanto, also stressed the role of villages.\n"
    )
    assert _direct(body, "en") == ["Bambang Sutejo Wirawan", "Darto"]


def test_the_name_after_a_common_noun_description_speaks() -> None:
    body = (
        "Keluarga Hendra Wiratama meminta polisi membuka kembali berkas kasus itu.\n"
        '"Kami berharap polisi mau membuka kembali berkas kasus itu dan tidak berhenti di tengah '
        'jalan," kata perwakilan keluarga Hendra, Sarwono Adi dalam diskusi di Jakarta, Jumat.\n'
        "Sarwono mengatakan keluarga masih menunggu jawaban.\n"
    )
    assert _direct(body) == ["Sarwono Adi"]


def test_a_remark_quoted_by_an_outlet_is_the_subjects() -> None:
    body = (
        "Consumer groups on Sunday called the planned toll rises unfair.\n"
        '"Drivers pay to save time, not to sit in queues," Dodi Marwan told reporters.\n'
        "Lawmakers also criticised the plan.\n"
        '"Raising the fee now would hurt every family that drives to work," Bagas Pranata\n'
        "of the Unity faction was quoted by Kabar Harian as saying on Sunday.\n"
    )
    assert _direct(body, "en") == ["Dodi Marwan", "Bagas Pranata"]


def test_a_lower_case_title_before_the_name_is_no_description() -> None:
    body = (
        "Doctors warned on Monday that the haze was getting worse in the capital.\n"
        '"Children will suffer the most from this haze," said dr. Ratna Sari, a lung specialist of the '
        "Sukamaju Society of Physicians.\n"
    )
    assert _direct(body, "en") == ["Ratna Sari"]
