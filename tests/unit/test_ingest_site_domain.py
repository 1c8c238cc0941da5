"""The site a page keeps naming is its outlet when nothing else credits one (made-up pages)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.site_domain import repeated_domain
from tests.conftest import load_article


def test_a_domain_written_twice_names_the_site() -> None:
    page = [
        "Beranda | Kabar Daerah",
        "Isi berita.",
        "Baca juga di kabarcontoh.com",
        "Kirim tulisan ke kabarcontoh.com/kirim",
    ]
    assert repeated_domain(page) == "Kabarcontoh.com"


def test_one_mention_a_tie_or_a_platform_names_nothing() -> None:
    assert repeated_domain(["Kunjungi kabarcontoh.com untuk berita lain."]) == ""
    assert repeated_domain(["satu.com dan dua.com", "satu.com lagi, dua.com lagi"]) == ""
    assert (
        repeated_domain(["Ikuti kami di instagram.com/contoh", "dan di https://www.instagram.com/contoh"])
        == ""
    )


def test_a_source_the_page_quotes_from_is_not_the_page() -> None:
    page = [
        "Dikutip dari beritacontoh.id, warga mengungsi.",
        "Seperti dilansir beritacontoh.id, hujan turun.",
    ]
    assert repeated_domain(page) == ""


def test_section_hosts_and_addresses_count_for_their_site() -> None:
    page = ["https://daerah.wartacontoh.co.id/berita/1", "Lihat juga: wartacontoh.co.id", "Isi."]
    assert repeated_domain(page) == "Wartacontoh.co.id"


def test_a_credit_is_left_to_the_copyright_rule() -> None:
    assert repeated_domain(["© fotocontoh.com", "Foto: fotocontoh.com", "(c) 2024 fotocontoh.com"]) == ""


def test_an_e_mail_address_is_not_a_mention() -> None:
    assert repeated_domain(["redaksi@lensacontoh.com", "iklan@lensacontoh.com"]) == ""


def test_an_uncredited_page_takes_the_site_it_keeps_naming(tmp_path: Path) -> None:
    text = (
        "Warga Desa Sukamaju Gelar Kerja Bakti\n\n"
        "Warga Desa Sukamaju bergotong royong membersihkan saluran air pada Sabtu pagi. "
        "Kegiatan itu diikuti puluhan orang dari tiga dusun.\n\n"
        '"Kami ingin saluran ini lancar sebelum musim hujan," kata Fulan Hidayat, ketua RT setempat.\n\n'
        "Baca berita lainnya di wartasukamaju.com\n\n"
        "Warga lain dapat mengirim foto kegiatan ke wartasukamaju.com/galeri untuk dimuat.\n\n"
        "Tag: kerja bakti, Sukamaju\n"
    )
    assert load_article(tmp_path, text).outlet.casefold() == "wartasukamaju.com"
