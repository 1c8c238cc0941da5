"""A sentence found in another report keeps its words' order: topic words the other report says
scattered over its sentences in another order are another passage of the same story (made-up terms)."""

from __future__ import annotations

from kutip.index.linking.similarity import in_order, same_report

_ORDERS = ["minta", "polisi", "segera", "cari", "korban", "ambil", "perlu", "tim", "dokter"]
_ORDERS += ["rumah", "sakit", "obat", "darah", "pasien", "ruang", "jaga"]
_PART = ["perintah", "kepala", "divisi", "tindaklanjut", "laku", "langkah", "peristiwa", "jadi"]
_APOLOGY = ["maaf", "keluarga", "besar", "ojek", "masyarakat", "musibah", "atas", "warga", "kota", "jalan"]


def test_in_order_counts_the_longest_run_kept_in_order() -> None:
    assert in_order(["satu", "dua", "tiga"], ["satu", "lain", "dua", "tiga"]) == (3, 3)
    assert in_order(["satu", "dua", "tiga", "empat"], ["tiga", "empat", "satu", "dua"]) == (2, 4)


def test_scattered_topic_words_in_another_order_do_not_make_one_sentence() -> None:
    other = [
        ["tentu", "tindaklanjut", "peristiwa", "jadi"],
        ["kira", "pak", "kepala", "divisi", "sampai", "pasti", "lanjut"],
        _APOLOGY,
    ]
    assert not same_report([_ORDERS, _PART], other, "same")
    reply = ["tentu", "tindaklanjut", "peristiwa", "jadi", "kira", "pak", "kepala", "divisi", "minta"]
    assert not same_report(
        [[*reply, "lanjut"]],
        [[*_ORDERS[:4], *_PART[:3], "minta"], _PART[3:]],
        "same",
    )


def test_the_same_sentence_quoted_in_order_still_matches() -> None:
    other = [
        ["kira", "pak", "kepala", "divisi", "sampai"],
        ["tentu", "tindaklanjut", "peristiwa", "jadi", "pasti", "lanjut"],
        _APOLOGY,
    ]
    assert same_report([_ORDERS, _PART], other, "same")


def test_a_short_quote_with_two_words_swapped_still_matches() -> None:
    # "keputusan wasit" in one outlet, "wasit ... keputusan" in the other's transcription
    assert same_report(
        [["afc", "ingin", "kembang", "putus", "wasit", "tingkat"]],
        [["main", "tampil", "luar", "tanding"], ["afc", "ingin", "wasit", "putus"]],
        "same",
    )
