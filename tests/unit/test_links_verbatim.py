"""A short quote two outlets give word for word links, though its content terms alone are too few;
a like reply by another speaker does not (made-up text)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.verbatim import all_words, longest_run, verbatim
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_linking_recall import _article

SHORT = "Itu tidak benar, saya orang yang nggak bisa disuruh-suruh"


def test_words_keep_function_words_and_fold_variants() -> None:
    assert all_words("Saya nggak tahu, sih", "id") == all_words("saya tidak tahu", "id")
    assert "tidak" in all_words(SHORT, "id")


def test_verbatim_needs_most_words_in_order_or_one_long_run() -> None:
    one = all_words("Ini kerja. Saya bekerja, saya bekerja", "id")
    assert verbatim(one, one, dated=True)
    cut = all_words("Ya, satu pelaku sudah kita tangkap. Satu lagi masih kita cari", "id")
    other = all_words(
        "Ya, satu pelaku sudah kita tangkap di rumah kerabatnya di kampung sebelah tadi pagi", "id"
    )
    assert longest_run(cut, other) >= 5
    assert verbatim(cut, other, dated=True)
    assert not verbatim(
        all_words("Saya tidak tahu soal itu", "id"), all_words("saya tidak tahu soal itu", "id"), dated=False
    )
    assert not verbatim(
        cut, all_words("Kita masih cari satu pelaku lagi di kampung sebelah", "id"), dated=True
    )


CUT = "Ya benar, seorang pelaku sudah kita amankan. Seorang lainnya masih kita kejar"
LONGER = "Ya benar, seorang pelaku sudah kita amankan di tempat persembunyiannya pagi tadi"


def test_a_short_quote_word_for_word_links_only_for_one_speaker(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        _article("satu", f'"{CUT}," kata Fulan Hidayat.', ("Fulan Hidayat", CUT, "kata Fulan Hidayat"))
    )
    archive.add(_article("dua", f'"{LONGER}," ujar Fulan.', ("Fulan Hidayat", LONGER, "ujar Fulan")))
    archive.add(_article("tiga", f'"{CUT}," kata Rina Marlina.', ("Rina Marlina", CUT, "kata Rina Marlina")))
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0")
    assert archive.cluster_of("tiga:0") != archive.cluster_of("satu:0")
