"""Kompas-style scrapes: a linked or italic word on a line of its own, hard-wrapped lines, and
academic degrees written after a speaker's name (all text made up)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.text import paragraphs


def _direct(body: str, lang: str = "id") -> list[tuple[str | None, str]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.speaker, " ".join(s.text.split())) for s in found if s.kind == "direct"]


def test_a_linked_word_on_its_own_line_stays_inside_the_quotation() -> None:
    body = (
        "BATAM, KOMPAS.com – Ketua partai Fulan Hidayat menjawab kritik pada Sabtu.\n\n"
        "“Sialnya Pak\n\nRudi\n\nini begini, dia dimaki-maki terus,” ujar Fulan usai rapat.\n\n"
        "“Sanggahan dua minggu, ada keberatan atas dokumen yang di-\n\nupload\n\n"
        "oleh calon bupati,” ucap Fulan.\n"
    )
    assert _direct(body) == [
        ("Fulan Hidayat", "Sialnya Pak Rudi ini begini, dia dimaki-maki terus,"),
        (
            "Fulan Hidayat",
            "Sanggahan dua minggu, ada keberatan atas dokumen yang di- upload oleh calon bupati,",
        ),
    ]


def test_a_hard_wrapped_quotation_is_one() -> None:
    body = (
        "Wali Kota Rina Marlina meninjau tanggul pada Senin.\n\n"
        '"Minggu depan kami rencanakan penandatanganan kerja sama sebagai\n'
        'bentuk kolaborasi penanganan banjir," ungkap Rina.\n'
    )
    assert _direct(body) == [
        (
            "Rina Marlina",
            "Minggu depan kami rencanakan penandatanganan kerja sama sebagai bentuk kolaborasi penanganan banjir,",
        )
    ]


def test_lines_that_end_a_sentence_or_open_a_paragraph_stay_apart() -> None:
    body = "Judul Berita Hari Ini\n\ndr. Fulan memeriksa pasien.\n\nIa pulang.\n\niPhone baru dijual\n\nmulai besok.\n"
    starts = [body[s:e].split(maxsplit=1)[0] for s, e in paragraphs(body)]
    assert starts == ["Judul", "dr.", "Ia", "iPhone"]  # "mulai besok." carries on the line before it


def test_a_degree_after_the_name_is_no_part_of_it() -> None:
    body = (
        "Juru Bicara PN Kota Baru, Rina Marlina S.H., M.H., menepis isu itu.\n\n"
        '"Tidak benar hakim pergi," kata Rina dalam keterangan pers.\n\n'
        '"Sidang ditutup sesuai aturan," kata Budi Santoso SH MH.\n\n'
        '"Saya pamit dulu," kata Jack Ma.\n'
    )
    assert [speaker for speaker, _text in _direct(body)] == ["Rina Marlina", "Budi Santoso", "Jack Ma"]


def test_a_province_short_form_glued_before_a_one_word_name_comes_off() -> None:
    body = (
        "Kasus demam berdarah naik tajam di Kalsel bulan ini.\n\n"
        "Kepala Dinas Kesehatan Kalsel Fulanuddin mengatakan, sebanyak 82 orang terjangkit.\n\n"
        '"Dua orang di antaranya meninggal dunia," ujar Fulanuddin, Jumat (19/1/2024).\n'
    )
    assert [speaker for speaker, _text in _direct(body)] == ["Fulanuddin"]
