"""Decoding and refusing files: BOMs, legacy encodings, binary, empty and huge files."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kutip.index.ingest import SkipFile, load_file

STORY = (
    "Jakarta, Kabar Kita - Warga kampung nelayan memperbaiki perahu mereka setelah badai besar semalam.\n"
    "Menurut ketua kelompok nelayan, perbaikan itu butuh waktu hingga akhir pekan ini.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_bom_is_read_without_the_mark(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + STORY.encode()))
    assert result.warnings == []
    assert result.articles[0].body.startswith("Jakarta, Kabar Kita")


def test_cp1252_falls_back_with_a_warning(tmp_path: Path) -> None:
    text = STORY + "Dia bilang \u201cini caf\u00e9 kami\u201d kepada wartawan.\n"
    result = load_file(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert any("decoded as cp1252" in w for w in result.warnings)
    assert "\u201cini caf\u00e9 kami\u201d" in result.articles[0].body


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    result = load_file(write(tmp_path, "a.txt", STORY.encode("utf-16")))
    assert result.articles[0].body.startswith("Jakarta, Kabar Kita")


def test_crlf_and_cr_newlines_are_normalised(tmp_path: Path) -> None:
    data = (
        "Judul Berita Hari Ini\r\n\r\nParagraf pertama yang cukup panjang untuk dibaca.\rParagraf kedua.\r\n"
    )
    article = load_file(write(tmp_path, "a.txt", data.encode())).articles[0]
    assert "\r" not in article.body
    assert article.title == "Judul Berita Hari Ini"
    assert article.body == "Paragraf pertama yang cukup panjang untuk dibaca.\n\nParagraf kedua."


def test_control_characters_are_kept_but_nul_removed(tmp_path: Path) -> None:
    data = b"Baris dengan \x1b[31mwarna\x1b[0m dan [bold]markup[/bold].\x00\n"
    result = load_file(write(tmp_path, "a.txt", data))
    assert "\x1b[31mwarna" in result.articles[0].body
    assert "\x00" not in result.articles[0].body
    assert any("NUL" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_unusable_bytes_are_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(SkipFile, match=reason):
        load_file(write(tmp_path, "a.txt", data))


def test_random_bytes_without_nul_are_not_text(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(SkipFile, match="not a text file"):
        load_file(write(tmp_path, "noise.txt", data))


def test_huge_file_is_skipped_with_its_size(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", STORY.encode() * 50)
    with pytest.raises(SkipFile, match="too large"):
        load_file(path, max_bytes=1000)
    assert load_file(path, max_bytes=1_000_000).articles


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(SkipFile, match=r"unsupported file type \.pdf"):
        load_file(write(tmp_path, "a.pdf", b"%PDF-1.4"))
    with pytest.raises(SkipFile, match="not found"):
        load_file(tmp_path / "gone.txt")


def test_original_file_is_not_modified(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfJudul Uji Coba\r\n\r\nBaca juga: Lain\r\nIsi berita yang sebenarnya.\r\n"
    path = write(tmp_path, "a.txt", data)
    load_file(path)
    assert path.read_bytes() == data
