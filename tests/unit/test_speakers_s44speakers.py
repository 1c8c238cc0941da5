"""Session 44, speakers (made-up text): descriptions that run on past ``untuk`` to their
determiner, a given name shared with another person's last word, a name after ``yaitu``, and
English offices (``Chairman of the MPR Fulan``, ``said HPC Chief``)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == "direct"]


def test_an_envoys_description_runs_on_past_untuk_to_its_determiner() -> None:
    body = (
        "Warga aman di kota itu\n\n"
        "Hal itu disampaikan oleh Menteri Luar Negeri Rina Kusumawati di Jakarta, Senin (2/5).\n"
        '"Kami terus berkomunikasi dengan konsulat," kata Rina Kusumawati.\n'
        '"Pencarian di sana belum selesai," kata mantan Dubes RI untuk Negeri Sukamaju ini.\n'
        '"Mereka ada di gedung itu," ujarnya.\n'
    )
    assert _direct(body) == ["Rina Kusumawati"] * 3


def test_a_bare_given_name_is_the_one_who_spoke_not_a_namesake_by_last_word() -> None:
    body = (
        "Presiden Wibowo Hartanto memimpin rapat di istana. Foto: Dok/Biro Pers\n"
        "Jakarta: Presiden Wibowo Hartanto menjelaskan mengapa ia memilih Kapolri Jenderal "
        "Rudi Santoso Wibowo masuk tim pembenahan. Tim itu bekerja sampai akhir tahun.\n"
        "“Kapolri yang sedang menjabat perlu ikut duduk di tim ini,” kata Wibowo "
        "di depan para anggota tim, Jumat malam.\n"
        "Wibowo menilai tim akan lebih mudah bertanya langsung kepada polisi.\n"
        "“Silakan tanya apa saja, datanya akan dibuka untuk tim,” jelasnya.\n"
    )
    assert _direct(body) == ["Wibowo Hartanto"] * 2


def test_the_name_after_yaitu_is_the_subject_of_the_lead() -> None:
    body = (
        "Keluarga minta gelar perkara\n\n"
        "Jakarta (KABAR) - Kuasa hukum keluarga pegawai muda kementerian, Badu Santoso Hidayat, yaitu "
        "Rina Kusumawati, lagi-lagi mendesak penyidik agar membuka hasil pemeriksaan kasus BSH.\n"
        '"Hingga hari ini keluarga belum menerima satu pun salinan berkas," ujarnya di depan '
        "gedung penyidik.\n"
        "Rina juga mempertanyakan lamanya penyidikan.\n"
    )
    assert _direct(body) == ["Rina Kusumawati"]


def test_english_offices_named_after_of_and_a_bodys_chief() -> None:
    body = (
        "The house approved eight points on police reform on Tuesday.\n\n"
        '"Do the members agree with the committee report?" said Chairman of the MPR Badu Santoso '
        "during the session in Sukamaju.\n"
        '"We will keep working with all partners," said Minister of Foreign Affairs Rina Kusumawati in Jakarta.\n'
        "The Harbour Police (HPC) Chief Commissioner Dodi Pratama told a hearing on Monday the unit stays put.\n"
        '"Our charter keeps us where we are," said HPC Chief.\n'
    )
    assert _direct(body, "en") == ["Badu Santoso", "Rina Kusumawati", "Dodi Pratama"]


def test_an_office_of_a_body_with_no_holder_named_stays_unknown() -> None:
    body = (
        "The house approved eight points on police reform on Tuesday.\n\n"
        '"Our charter keeps us where we are," said Head of the Harbour Police at the hearing.\n'
    )
    assert _direct(body, "en") == [None]


def test_a_word_of_the_description_itself_is_not_its_holder() -> None:
    body = (
        "Menhan belum beri kepastian\n\n"
        "Menteri Pertahanan Jenderal (Purn) Badu Santoso menegaskan dirinya belum dapat memberi kepastian "
        "soal rencana itu.\n"
        '"Saya belum bisa memberi kepastian," ujar Badu.\n'
        "Badu tidak melarang siapa pun membicarakan kabar tersebut.\n"
        "Sampai kini, eks panglima Kodam Barat/Wirabuana tersebut menyatakan belum punya kabar baru "
        "soal itu.\n"
        '"Silakan saja orang berbicara," tegasnya.\n'
    )
    assert _direct(body) == ["Badu Santoso"] * 2
