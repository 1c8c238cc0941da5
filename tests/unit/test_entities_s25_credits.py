"""Credits read this session (issue 9, persons session 25; made-up lines): desks and site accounts
credited as if people, outlets written as one word before a photographer's slash, a caption's
photographer followed by the site's address."""

from __future__ import annotations

from kutip.index.ingest.credits import closing_photo_credits, credit_line, credits_from_lines
from kutip.index.models import Credit


def test_a_site_account_signing_as_editor_is_no_person() -> None:
    line = "Senin, 3 Maret 2025 - 10:15 WIB | Penulis : Fulan Hidayat | Editor : Administrator"
    assert credit_line(line) == [Credit("writer", "Fulan Hidayat")]
    assert credit_line("Editor: Admin") == []


def test_a_team_named_after_its_outlet_is_a_desk() -> None:
    assert credit_line("oleh Tim News diperbarui 09 Mei 2025, 16:05 WIB") == []
    assert credit_line("Penulis: Tim Contohnews") == []


def test_a_person_called_tim_is_still_credited() -> None:
    assert credit_line("By Tim Baker") == [Credit("author", "Tim Baker")]


def test_an_outlet_written_as_one_word_before_the_photographers_slash() -> None:
    line = "Saksi memasuki ruang sidang di Jakarta, Kamis (3/5). Contohnews/Badu Arya Sukamto"
    assert credit_line(line) == [Credit("photo", "Badu Arya Sukamto")]
    assert closing_photo_credits(line) == [Credit("photo", "Badu Arya Sukamto")]


def test_a_name_before_the_outlets_slash_is_still_the_photographer() -> None:
    line = "Warga antre di balai desa, Sabtu (30/11/2019). Dian Sukma/CONTOH.com"
    assert [c.name for c in credits_from_lines([line])] == ["Dian Sukma"]


def test_a_caption_photographer_followed_by_the_sites_address() -> None:
    one = "Dua pejabat berbincang di studio, Jumat (23/1/2026). Foto: Wisnu contohradio.net"
    two = "Dua pejabat berbincang di studio, Jumat (23/1/2026). Foto: Rina Marlina contohradio.net"
    assert closing_photo_credits(one) == [Credit("photo", "Wisnu")]
    assert credit_line(two) == [Credit("photo", "Rina Marlina")]


def test_a_byline_run_into_the_day_it_was_posted() -> None:
    line = "Oleh Fulan Hidayat pada hari Senin, 18 Mei 2015 - 19:11:42 WIB"
    assert credit_line(line) == [Credit("author", "Fulan Hidayat")]
    assert credit_line("Oleh Fulan Hidayat pada Senin, 18 Mei 2015 - 19:11 WIB") == [
        Credit("author", "Fulan Hidayat")
    ]


def test_a_writer_a_comma_and_a_listed_outlet() -> None:
    assert credit_line("Rina Marlina, CNBC Indonesia") == [Credit("author", "Rina Marlina")]
    assert credit_line("Presiden Fulan Hidayat, Jakarta") == []


def test_a_photo_label_written_with_a_slash() -> None:
    line = (
        "Presiden menjawab pertanyaan wartawan di Sawahlunto, 8 Februari 2018. Foto/Wulan/Biro Pers Setpres"
    )
    assert closing_photo_credits(line) == [Credit("photo", "Wulan")]
    assert credit_line("Presiden berpidato (Foto/Youtube Sekretariat Presiden)") == []


def test_a_byline_whose_bar_leads_nowhere() -> None:
    lines = ["28 January 2022, 04:30 WIB", "Timnas Menang Tipis di Kandang", "Rina Marlina |", "Isi berita."]
    assert credits_from_lines(lines) == [Credit("writer", "Rina Marlina")]
    assert credits_from_lines(["Home |", "Berita Terkini |"]) == []
