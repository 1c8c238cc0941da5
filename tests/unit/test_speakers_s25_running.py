"""The running speaker on t1's classes (made-up text): a sentence led by a personal pronoun keeps
its person as the subject (a name after its comma is what they think or say), and a nickname
made with a word of address (``Cak Eri``) is the person the body names in full."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_name_after_a_pronoun_subjects_comma_is_not_the_new_subject() -> None:
    body = (
        "Wali Kota dan Wakilnya Kompak\n\n"
        "SUKAMAJU, contoh.com - Wali Kota Sukamaju Budi Santoso dan wakilnya, Joko Purnomo, hadir di acara warga.\n\n"
        "Budi menekankan langkahnya selalu sejalan dengan Joko sejak awal. Ia juga percaya, Joko bisa "
        "meneruskan pembangunan kota yang selama ini dipimpin berdua.\n\n"
        '"Nanti masa jabatan saya habis, dan dia yang meneruskan," katanya, Jumat.\n'
    )
    assert _direct(body) == ["Budi Santoso"]


def test_a_nickname_with_a_word_of_address_is_the_full_name() -> None:
    body = (
        "Wali Kota Belum Pikirkan Pilgub\n\n"
        "SUKAMAJU, contoh.com - Wali Kota Sukamaju Budi Santoso menegaskan belum berpikir maju pemilihan gubernur.\n\n"
        '"Saya masih punya tanggung jawab kepada warga kota ini," kata Cak Budi di balai kota, Kamis.\n'
    )
    assert _direct(body) == ["Budi Santoso"]


def test_a_speaking_verb_and_a_second_verb_after_lalu_introduce_the_quotation() -> None:
    body = (
        "Presiden Bertanya kepada Wartawan\n\n"
        "SUKAMAJU, contoh.com - Presiden Fulan Hidayat memanggil seorang wartawan, Budi Santoso, ke panggung.\n\n"
        'Budi kemudian berbicara, "Apa yang ingin Bapak tanyakan kepada saya?"\n\n'
        'Fulan bertanya soal menteri terbaik. Budi terdiam sejenak lalu menjawab, "Semua menteri bekerja keras."\n'
    )
    assert _direct(body) == ["Budi Santoso", "Budi Santoso"]


def test_a_verb_of_laughing_introduces_a_quotation_and_a_finished_quotation_keeps_its_cue() -> None:
    body = (
        "Presiden Bercanda dengan Wartawan\n\n"
        "SUKAMAJU, contoh.com - Presiden Fulan Hidayat memanggil seorang wartawan, Budi Santoso, ke panggung.\n\n"
        'Fulan langsung tertawa, "Wah, berani sekali Anda naik ke sini."\n\n'
        'Budi terdiam sejenak lalu menjawab, "Semua menteri penting." Mendengar itu, Fulan berucap, '
        '"Jawaban yang sangat hati-hati."\n'
    )
    assert _direct(body) == ["Fulan Hidayat", "Budi Santoso", "Fulan Hidayat"]


def test_a_word_shaped_like_a_ter_verb_introduces_nothing() -> None:
    body = (
        "Kasus Suap Sukamaju\n\n"
        "SUKAMAJU, contoh.com - Kejaksaan memeriksa Bupati Sukamaju Fulan Hidayat, Senin.\n\n"
        'Pemeriksaan berlangsung lama. Terkait pemeriksaan Fulan tersebut, "Kami menghormati proses hukum di sini."\n\n'
        'Surat dari Fulan berbunyi sebagai berikut: "Kami tidak pernah menerima uang dari siapa pun."\n'
    )
    assert _direct(body) == []


def test_a_verb_first_cue_after_a_finished_quotation_stays_its_own() -> None:
    body = (
        "Harga Beras Naik\n\n"
        "SUKAMAJU, contoh.com - Bupati Sukamaju Fulan Hidayat meninjau pasar, Senin.\n\n"
        '"Harga naik terus sejak bulan lalu," kata pedagang beras Rina Marlina.\n\n'
        '"Kami akan segera menggelar operasi pasar." kata Fulan, "Stok beras kami masih cukup."\n'
    )
    assert _direct(body) == ["Rina Marlina", "Fulan Hidayat", "Fulan Hidayat"]
