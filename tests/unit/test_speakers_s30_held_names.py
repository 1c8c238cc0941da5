"""A name inside a noun phrase headed by something else does not take the floor. A description
closed by a determiner that holds someone else's name points back to the running person: a
relative of the named person (``Putri Ketua Umum Fulanah itu menekankan``) or a person a relative
clause describes through them (``Penyanyi yang dibesarkan grup OM Sukamaju ini mengatakan``). A
sentence whose subject is a thing made from a verb and qualified by a name (``Kunjungan Fulan
sendiri bertepatan …``, ``Pembicaraan antara Fulan dan Badu …``) puts no one forward. Every name
and article here is made up."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _all(body: str) -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [(s.kind, s.speaker) for s in found]


def test_a_relative_of_a_named_person_is_the_running_person() -> None:
    body = (
        "Kader Partai Maju Padati Stadion\n\n"
        "SUKAMAJU, contoh.com - Puluhan ribu kader Partai Maju memadati stadion Sukamaju, Minggu.\n\n"
        "Rina Kumalasari hadir langsung untuk mengobarkan semangat kader yang hadir.\n\n"
        "Putri Ketua Umum Partai Maju Fulanah Wirasatya itu menekankan soliditas kader di semua tingkatan.\n\n"
        '"Kami ingin kepemimpinan daerah ke depan diteruskan dari partai ini," jelas dia.\n'
    )
    assert _all(body) == [("indirect", "Rina Kumalasari"), ("direct", "Rina Kumalasari")]


def test_a_person_described_through_a_name_in_a_relative_clause_is_the_running_person() -> None:
    body = (
        "Penyanyi Dipukul Saat Manggung\n\n"
        "SUKAMAJU, contoh.com - Seorang penyanyi dangdut, Rina Kumalasari, dipukul warga saat manggung.\n\n"
        '"Saya kok dipukul, saya salah apa?" ujar Rina.\n\n'
        "Penyanyi yang dibesarkan grup musik OM Sukamaju ini mengatakan, dirinya selalu berusaha profesional.\n"
    )
    assert _all(body) == [("direct", "Rina Kumalasari"), ("indirect", "Rina Kumalasari")]


def test_an_office_before_the_name_and_the_determiner_still_names_that_person() -> None:
    body = (
        "Gubernur Tinjau Banjir\n\n"
        "SUKAMAJU, contoh.com - Gubernur Sukamaju Fulan Hidayat meninjau banjir di Desa Pojok, Senin.\n\n"
        "Gubernur Fulan Hidayat itu mengatakan bantuan segera dikirim.\n"
    )
    assert _all(body) == [("indirect", "Fulan Hidayat")]


def test_a_relative_named_after_the_kin_word_without_a_determiner_is_unchanged() -> None:
    body = (
        "Warga Desa Pojok Mengungsi\n\n"
        "SUKAMAJU, contoh.com - Banjir merendam Desa Pojok sejak Senin.\n\n"
        "Istri Fulan Hidayat, Rina Kumalasari, mengatakan air naik sejak subuh.\n"
    )
    assert _all(body) == [("indirect", "Rina Kumalasari")]


def test_a_visit_named_after_a_guest_leaves_the_floor_to_the_host() -> None:
    body = (
        "Presiden Terima Tamu Negara\n\n"
        "SUKAMAJU, contoh.com - Presiden Budi Santoso menerima Presiden Fulan Wirasatya di istana, Rabu.\n\n"
        '"Kunjungan ini adalah babak baru kemitraan kita," ujar Budi di istana.\n\n'
        "Kunjungan Wirasatya sendiri bertepatan dengan 75 tahun hubungan kedua negara.\n\n"
        '"Kemitraan ini untuk kemakmuran rakyat kedua negara," jelas dia.\n'
    )
    assert _all(body) == [("direct", "Budi Santoso"), ("direct", "Budi Santoso")]


def test_a_talk_between_two_named_people_leaves_the_floor_to_the_one_who_told_of_it() -> None:
    body = (
        "Menteri Dipanggil ke Istana\n\n"
        "SUKAMAJU, contoh.com - Fulan Hidayat datang ke istana untuk memenuhi panggilan Presiden Budi Santoso.\n\n"
        "Fulan mengungkapkan pembicaraannya dengan presiden berlangsung cukup lama.\n\n"
        "Pembicaraan antara Budi Santoso dan Fulan makin lengkap karena diiringi musik.\n\n"
        '"Bonus makan siang sambil mendengarkan lagu kesukaan," katanya di istana.\n'
    )
    assert _all(body)[-1] == ("direct", "Fulan Hidayat")


def test_a_person_noun_shaped_like_a_nominalisation_still_leads_to_the_name() -> None:
    body = (
        "Warga Mengungsi\n\n"
        "SUKAMAJU, contoh.com - Banjir merendam Desa Pojok sejak Senin.\n\n"
        "Perempuan Rina Kumalasari mengatakan air naik sejak subuh.\n"
    )
    assert _all(body) == [("indirect", "Rina Kumalasari")]
