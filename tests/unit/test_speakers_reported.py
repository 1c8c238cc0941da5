"""Statements the linker needs that carry no quotation marks: unlabelled interview answers,
a cue set off by commas before what was said, verbs of conviction (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.models import Statement
from kutip.index.statements import extract_statements


def run(body: str, lang: str = "id") -> list[Statement]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    for s in found:
        assert body[s.start : s.end] == s.text
    return found


def said(found: list[Statement]) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in found if s.kind == "indirect"]


INTERVIEW = (
    "Menteri Pertanian Lestari Handayani mengunjungi sawah yang gagal panen di Kabupaten Indramayu.\n\n"
    "Berikut petikan wawancara dengan Lestari Handayani di kantornya, Senin:\n\n"
    "Apa yang sudah dilakukan pemerintah?\n"
    "Kami sudah mengirim benih tahan kering ke sepuluh kecamatan. Petani juga mendapat pupuk gratis.\n\n"
    "Kapan panen berikutnya?\n"
    "Kalau hujan turun bulan depan, panen bisa dimulai pada bulan Juni\n"
)


def test_unlabelled_interview_answers_are_the_interviewees_statements() -> None:
    found = run(INTERVIEW)
    assert said(found) == [
        ("Kami sudah mengirim benih tahan kering ke sepuluh kecamatan", "Lestari Handayani"),
        ("Petani juga mendapat pupuk gratis", "Lestari Handayani"),
        ("Kalau hujan turun bulan depan, panen bisa dimulai pada bulan Juni", "Lestari Handayani"),
    ]
    assert not [s for s in found if s.kind == "direct"]  # no marks, so no quotation
    assert not any("?" in s.text for s in found)  # the questions are nobody's statement


def test_a_lone_question_line_in_a_story_is_no_interview() -> None:
    body = (
        "Apa yang terjadi di pasar itu?\n"
        "Warga menemukan puluhan karung beras basah di gudang belakang pasar pada Selasa pagi.\n"
        "Polisi masih menyelidiki pemilik gudang tersebut.\n"
    )
    assert said(run(body)) == []


def test_cue_between_commas_after_a_short_lead_reports_what_follows() -> None:
    body = (
        "Rudi Santoso sempat ragu menerima jabatan itu. "
        "Alasannya, kata Rudi, dalam rapat itu dia harus mengambil keputusan sendiri."
    )
    assert said(run(body)) == [("dalam rapat itu dia harus mengambil keputusan sendiri", "Rudi Santoso")]


def test_verb_of_conviction_with_a_pronoun_subject() -> None:
    body = (
        "Rudi Santoso mengatakan, ketika itu dia tidak tahu cara menyelesaikan masalah tersebut. "
        "Namun demikian, ia meyakini persoalan nelayan yang ia bahas harus diselesaikan bersama."
    )
    assert said(run(body))[-1] == ("persoalan nelayan yang ia bahas harus diselesaikan bersama", "Rudi Santoso")


def test_a_place_after_the_object_is_not_what_was_said() -> None:
    body = "Rudi Santoso menyampaikan rasa dukanya kepada korban banjir di Kampung Melayu, Jakarta Timur."
    assert all(s.text != "Jakarta Timur" for s in run(body))


def test_outlet_glued_to_a_name_is_not_part_of_it() -> None:
    body = (
        "KOMPAS.comMenteri Kelautan Rudi Santoso mengatakan kuota tangkap tidak berubah.\n"
        '"Nelayan kecil tetap mendapat prioritas," kata Rudi.'
    )
    assert {s.speaker for s in run(body)} == {"Rudi Santoso"}


def test_a_verb_the_lists_lack_still_introduces_a_quotation() -> None:
    body = (
        "Menteri Kelautan Rudi Santoso berbicara di depan nelayan Muara Baru.\n"
        'Rudi mempertanyakan, "Mengapa kapal asing masih bebas mencuri ikan di laut kita?"'
    )
    direct = [s for s in run(body) if s.kind == "direct"]
    assert [(s.text, s.speaker) for s in direct] == [
        ("Mengapa kapal asing masih bebas mencuri ikan di laut kita?", "Rudi Santoso")
    ]


def test_a_verb_shape_after_no_person_introduces_nothing() -> None:
    body = 'Papan di gerbang desa menampilkan, "Awas, jalan ke air terjun licin saat hujan."'
    assert [s for s in run(body) if s.kind == "direct"] == []


def test_an_institution_of_the_republic_is_no_speaker() -> None:
    body = (
        "Anggota Komnas RI Indra Gunawan menerima laporan itu.\n"
        "Laporan itu, menurut Komnas, sudah diteruskan ke kepolisian."
    )
    assert all(s.speaker != "Komnas" for s in run(body))


def test_an_explainers_questions_are_no_interview() -> None:
    body = (
        "Apa itu gelombang panas?\n"
        "Gelombang panas adalah suhu udara yang jauh di atas rata-rata selama beberapa hari.\n"
        "Bagaimana dampaknya bagi petani?\n"
        "Tanaman padi bisa gagal berbunga dan hasil panen turun tajam.\n"
    )
    assert run(body) == []


def test_first_person_answers_make_an_interview_without_announcement() -> None:
    body = (
        "Lestari Handayani baru sepekan menjabat kepala sekolah.\n"
        "Apa rencana pertama Anda?\n"
        "Saya akan memperbaiki perpustakaan yang rusak.\n"
        "Bagaimana dengan guru honorer?\n"
        "Kami sedang mengusulkan tambahan gaji kepada dinas.\n"
    )
    assert said(run(body)) == [
        ("Saya akan memperbaiki perpustakaan yang rusak", "Lestari Handayani"),
        ("Kami sedang mengusulkan tambahan gaji kepada dinas", "Lestari Handayani"),
    ]
