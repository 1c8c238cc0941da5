"""A pronoun cue after a sentence about someone else: when the quotation itself names that
person, it is about them, and whoever spoke last goes on speaking (made-up articles)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_quotation_naming_the_person_just_put_forward_is_the_last_speakers() -> None:
    body = (
        "Pelatih Persekutu Fulan Hidayat memuji pemainnya usai laga di Sukamaju, Minggu.\n\n"
        "\"Kami bermain sabar dan disiplin sampai akhir,\" ujar Fulan.\n\n"
        "Beruntung, tim pelatih memasukkan Badu Santoso pada babak kedua.\n\n"
        "\"Tadi juga masuk Badu Santoso, itu membantu kami di lini depan,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_quotation_naming_someone_else_keeps_the_person_put_forward() -> None:
    body = (
        "Pelatih Persekutu Fulan Hidayat memuji pemainnya usai laga di Sukamaju, Minggu.\n\n"
        "\"Kami bermain sabar dan disiplin sampai akhir,\" ujar Fulan.\n\n"
        "Sementara itu, penyerang Badu Santoso mengaku senang bisa mencetak gol.\n\n"
        "\"Terima kasih kepada pelatih Fulan yang percaya kepada saya,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Badu Santoso"]


def test_a_quotation_naming_nobody_keeps_the_person_put_forward() -> None:
    body = (
        "Pelatih Persekutu Fulan Hidayat memuji pemainnya usai laga di Sukamaju, Minggu.\n\n"
        "\"Kami bermain sabar dan disiplin sampai akhir,\" ujar Fulan.\n\n"
        "Sementara itu, penyerang Badu Santoso mengaku senang bisa mencetak gol.\n\n"
        "\"Saya senang bisa membantu tim menang hari ini,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Badu Santoso"]


def test_an_uncued_quotation_after_the_narration_puts_someone_forward_is_theirs() -> None:
    # "sarannya" is no cue the lexicon knows: the quotation is read as uncued
    body = (
        "Rapat komisi membahas anggaran daerah di Sukamaju, Senin.\n\n"
        "\"Anggaran ini harus dibahas secara terbuka,\" kata Fulan Hidayat.\n\n"
        "Saat rapat berlangsung, Kepala Dinas Rina Wulandari menyarankan agar warga ikut mengawasi. "
        "\"Mohon warga ikut mengawasi anggaran ini,\" sarannya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Rina Wulandari"]


def test_an_uncued_quotation_running_on_stays_with_its_speaker() -> None:
    body = (
        "Rapat komisi membahas anggaran daerah di Sukamaju, Senin.\n\n"
        "\"Anggaran ini harus dibahas secara terbuka,\" kata Fulan Hidayat.\n\n"
        "\"Kami tidak ingin ada yang ditutup-tutupi dari warga.\"\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_person_named_in_the_speakers_own_account_does_not_take_the_quotation() -> None:
    body = (
        "Rapat komisi membahas anggaran daerah di Sukamaju, Senin.\n\n"
        "\"Anggaran ini harus dibahas secara terbuka,\" kata Fulan Hidayat.\n\n"
        "Menurutnya, apa yang disampaikan Kepala Dinas, Badu Santoso, pada jumpa pers sudah jelas. "
        "\"Pokoknya jujur saja kalau mau memperbaiki.\"\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_quotation_speaking_of_the_person_put_forward_in_the_third_person_is_the_last_speakers() -> None:
    body = (
        "Menteri Fulan Hidayat mendampingi kunjungan kerja ke Sukamaju, Senin.\n\n"
        "\"Kunjungan ini sangat penting bagi kedua daerah,\" kata Fulan.\n\n"
        "Selain Sukamaju, Presiden Badu Santoso juga mengunjungi Sukamakmur dan bertemu para petani.\n\n"
        "\"Beliau melanjutkan kunjungan ke pasar dan berdialog dengan pedagang,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_quotation_speaking_of_itself_too_keeps_the_person_put_forward() -> None:
    body = (
        "Menteri Fulan Hidayat mendampingi kunjungan kerja ke Sukamaju, Senin.\n\n"
        "\"Kunjungan ini sangat penting bagi kedua daerah,\" kata Fulan.\n\n"
        "Di pasar, pedagang Badu Santoso menunggu rombongan sejak pagi.\n\n"
        "\"Saya lihat beliau sangat ramah kepada pedagang,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Badu Santoso"]
