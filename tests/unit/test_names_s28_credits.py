"""Session 28, a photo caption run across a full stop is no credit (made-up text): "Foto Fulan
Hidayat Politikus Partai Contoh. Perbesar" describes the picture and runs on into the page's button,
so it credits no photographer and gives no person that long name; initials and names written short
keep their dots."""

from __future__ import annotations

from kutip.index.ingest.credits import credit_line, looks_like_name


def test_a_caption_run_across_a_full_stop_credits_no_one() -> None:
    assert credit_line("Foto Fulan Hidayat Politikus Partai Contoh. Perbesar") == []
    assert not looks_like_name("Fulan Hidayat Anggota Dewan. Perbesar")


def test_initials_and_short_name_parts_keep_their_dots() -> None:
    for name in ("M. Fulan Hidayat", "Agus D.W. Fulan", "Moh. Fulan", "Fulan Dg. Badu", "Dr. Fulan Hidayat"):
        assert looks_like_name(name), name
    assert [c.name for c in credit_line("Foto: Ana Lestari")] == ["Ana Lestari"]
