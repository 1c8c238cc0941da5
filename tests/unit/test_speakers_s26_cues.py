"""Cues of session 26 (made-up text): a greeting, a closing line and a curt reply after a
quotation name their speaker (``sapa``, ``tutup``, ``ketus``); a first quotation whose clitic finds
nobody before it takes the speaker the next quotation names; an office then its holder set off
by commas before the verb is that holder; a name set off after an indefinite description of an
ordinary person (``Seorang pedagang …, Larsi,``) is a person who speaks."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.introduced import introduced_persons


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_greeting_a_closing_line_and_a_curt_reply_name_their_speaker() -> None:
    body = (
        "Konser Amal di Sukamaju\n\n"
        "SUKAMAJU, contoh.com - Penyanyi Budi Santoso tampil di konser amal, Sabtu malam.\n\n"
        '"Saya mau memanggil Rina Marlina ke panggung," kata Budi dengan canda.\n\n'
        '"Selamat malam semuanya," sapa Rina yang keluar dari samping panggung.\n\n'
        '"Jangan tanya soal honor," ketus Budi.\n\n'
        '"Terima kasih sudah datang malam ini," tutup Rina.\n'
    )
    assert _direct(body) == ["Budi Santoso", "Rina Marlina", "Budi Santoso", "Rina Marlina"]


OPENING = (
    "Koalisi Partai\n\n"
    "Pertemuan enam ketua umum partai pendukung pemerintah kembali mempertegas arah koalisi.\n\n"
    '"Secara praktis tidak," ucapnya.\n\n'
    '"Pesan besarnya kita harus rukun dan kompak demi negara," jelas Fulan Hidayat.\n'
)


def test_a_first_clitic_with_nobody_before_it_takes_the_next_quotations_speaker() -> None:
    assert _direct(OPENING) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_first_clitic_takes_the_speaker_named_a_paragraph_of_narration_later() -> None:
    # session 39: an excerpt opening on "-nya" before anyone is put forward is the first named
    # speaker's when the narration between puts nobody forward (measured on the read sets)
    body = OPENING.replace('"Pesan besarnya', 'Pertemuan itu berlangsung dua jam.\n\n"Pesan besarnya')
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_first_clitic_stays_unknown_when_much_narration_comes_between() -> None:
    narration = "Pertemuan itu berlangsung dua jam.\n\n" * 4
    body = OPENING.replace('"Pesan besarnya', narration + '"Pesan besarnya')
    assert _direct(body) == [None, "Fulan Hidayat"]


def test_an_office_then_its_holder_set_off_by_commas_before_the_verb_speaks() -> None:
    body = (
        "Government pushes to stop violence\n\n"
        "Jakarta, Contoh News: The government is pushing efforts to stop the violence.\n\n"
        "\u201cThe minister continues to talk with many countries to stop the violence,\u201d spokesperson of "
        "the Foreign Affairs Ministry, Fulan Budi Hidayat, told ANTARA via a short message on Tuesday.\n"
    )
    assert _direct(body, "en") == ["Fulan Budi Hidayat"]


def test_a_name_set_off_after_an_indefinite_description_is_a_person_who_speaks() -> None:
    body = (
        "Harga Cabai Meroket\n\n"
        "JAKARTA, contoh.com - Para pedagang pusing karena harga cabai meroket. Seorang pedagang sayur di "
        "Pasar Jaya Contoh, Larsi, mengatakan, harga cabai rawit kini Rp 150.000 per kilogram.\n\n"
        '"Cabai lagi mahal banget," ujar Larsi di Pasar Jaya Contoh, Kamis.\n\n'
        "Larsi mengatakan, kenaikan harga cabai berdampak pada modalnya.\n\n"
        '"Modalnya jadi besar sekali," ujar Larsi.\n'
    )
    assert _direct(body) == ["Larsi", "Larsi"]


def test_only_a_name_set_off_after_an_indefinite_description_is_introduced() -> None:
    body = (
        "Seorang pedagang di Pasar Contoh, Jakarta Pusat, mengaku rugi. "
        "Salah satu warga, Budi Santoso (45), mengaku. Warga, Rina, datang."
    )
    # a known place after the description is no one; a name with no indefinite before it is left
    # to the recogniser
    assert introduced_persons(body) == {"Budi Santoso"}
