"""A name's first word kept (issue 9, persons session 26b; made-up sentences): a given name a root
can be read into ("Tersurya" as ter- + surya) is no headline verb where prose capitalises it before
more name words, and a name after a body keeps the given name before the word the article cues alone."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_given_name_read_as_a_passive_verb_after_an_office() -> None:
    body = (
        "Menteri Contoh (Mencon) Tersurya Budi Santoso menjelaskan kondisi para peserta.\n\n"
        '"Semua peserta sehat," kata Tersurya.\n\n'
        "Tersurya mengatakan pemeriksaan dilakukan setiap hari."
    )
    persons = _persons(body)
    assert "Tersurya Budi Santoso" in persons
    assert "Budi Santoso" not in persons


def test_a_given_name_read_as_a_passive_verb_in_a_list() -> None:
    body = (
        "Rapat itu dihadiri Gubernur Jawa Tengah Diwangsa Hadi Prakoso dan sejumlah kepala dinas.\n\n"
        '"Kami akan mengawasi," ujar Diwangsa.'
    )
    persons = _persons(body)
    assert "Diwangsa Hadi Prakoso" in persons
    assert "Hadi Prakoso" not in persons


def test_a_headline_passive_verb_still_leaves_the_name() -> None:
    body = (
        "Dilaporkan Fulan Hidayat ke Polisi\n\n"
        "Warga melaporkan Fulan Hidayat ke polisi pada Senin. Ia dilaporkan karena utang.\n\n"
        '"Saya tidak bersalah," kata Fulan Hidayat.'
    )
    persons = _persons(body)
    assert "Fulan Hidayat" in persons
    assert not any(p.startswith("Dilaporkan") for p in persons)


def test_a_name_after_a_body_keeps_its_first_given_name() -> None:
    body = (
        "Sebelumnya hal itu sudah disampaikan Ketua Harian DPP Partai Contoh Sulfan Badu Ahmad.\n\n"
        "Badu sepakat dengan pernyataan Wakil Ketua Umum Fulan Hidayat.\n\n"
        '"Saya kira itu hal yang masuk akal," ujar Badu di Jakarta.'
    )
    persons = _persons(body)
    assert "Sulfan Badu Ahmad" in persons
    assert "Badu Ahmad" not in persons


def test_a_place_before_a_cued_name_stays_the_bodys() -> None:
    body = (
        "Kepala BPBD Kabupaten Bekasi Rina Wulandari meninjau lokasi banjir.\n\n"
        '"Air mulai surut," kata Rina.'
    )
    persons = _persons(body)
    assert "Rina Wulandari" in persons
    assert not any("Bekasi" in p for p in persons)


def test_a_body_word_before_a_cued_name_stays_the_bodys() -> None:
    body = (
        "Direktur Yayasan Contoh Sejahtera Rina Wulandari meninjau sekolah itu.\n\n"
        '"Kami membantu," kata Rina.'
    )
    persons = _persons(body)
    assert "Rina Wulandari" in persons
    assert not any("Sejahtera" in p for p in persons)
