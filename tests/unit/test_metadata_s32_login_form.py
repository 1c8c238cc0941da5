"""A login or sign-up form a scrape kept above the story is furniture, not the headline (issue 10, session
32; read on j3, where a large site's form stood over its head block; k2, the transfer group, carries the
same form). The form's phrases are data (``data/ingest_furniture.txt``). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.boilerplate import furniture_share
from tests.conftest import load_article

_FORM = "\n\n".join(
    [
        "Lupa Kata Sandi? Klik di Sini",
        "atau Masuk melalui",
        "Belum Memiliki Akun Daftar di Sini",
        "Sudah Memiliki Akun Masuk di Sini",
        "Konfirmasi Email",
        "Kami telah mengirimkan tautan aktivasi melalui email ke alamat Anda.",
        "Klik tautan aktivasi dan dapatkan akses membaca dua artikel gratis",
        "Jika Anda tidak menerima email,\nKirimkan Lagi Sekarang",
    ]
)
_STORY = (
    "Warga Sukamaju Tolak Rencana Pungutan Baru\n\nReporter\n\nEditor\n\nAna Lestari\n\n"
    "Contohkabar.com, Jakarta - Ratusan warga Sukamaju menolak rencana pungutan baru yang diumumkan "
    "pemerintah daerah pekan lalu karena dinilai memberatkan.\n\n"
    "“Kami sudah cukup terbebani,” kata Fulan Hidayat, seorang warga.\n"
)


def test_a_login_form_over_the_story_is_not_its_headline(tmp_path: Path) -> None:
    article = load_article(tmp_path, f"{_FORM}\n\n{_STORY}")
    assert article.title == "Warga Sukamaju Tolak Rencana Pungutan Baru"
    assert "Kata Sandi" not in article.body


def test_the_forms_lines_are_furniture_and_a_sentence_with_one_such_word_is_not() -> None:
    assert furniture_share("Lupa Kata Sandi? Klik di Sini") == 1.0
    assert furniture_share("Warga diminta mengisi formulir di sini sebelum Senin") < 0.5
