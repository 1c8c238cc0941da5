"""Session 27 (issue 10): a short name word spelled with its usual alternate letter is one speaker,
and a short quote given in the same words but one content word is one remark (made-up text)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.speakers import relation, speaker_names
from kutip.index.linking.verbatim import all_words, one_word_changed, verbatim
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive


def test_a_short_name_word_spelled_with_an_alternate_letter_is_one_speaker() -> None:
    assert relation(speaker_names("Fulan Azis"), speaker_names("Fulan Aziz")) == "same"
    assert relation(speaker_names("Yusup Hidayat"), speaker_names("Yusuf Hidayat")) == "same"
    assert relation(speaker_names("Rina Hadi"), speaker_names("Rina Hady")) == "same"


def test_other_letters_or_other_words_stay_two_people() -> None:
    assert (
        relation(speaker_names("Fulan Sari"), speaker_names("Fulan Sani")) == "different"
    )  # r/n: no alternate
    assert relation(speaker_names("Fulan Azis"), speaker_names("Gusti Aziz")) == "different"
    assert relation(speaker_names("Fulan Azis"), speaker_names("Fulan Raziz")) == "different"  # no one length
    assert relation(speaker_names("Fulan Azis"), speaker_names("Fulan Bziz")) == "different"  # two letters


REMARK = (
    "Sejauh ini sudah 14 orang yang kami amankan dan sebagian besar berasal dari jaringan lama, "
    "tim masih memetakan perannya masing-masing"
)
ANOTHER = (
    "Ada 14 orang yang kami amankan dan sudah diperiksa, sebagian besar dari jaringan lama, dan tim "
    "masih memetakan peran mereka masing-masing"
)


def test_one_remark_reported_under_two_spellings_of_the_speaker_links(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(
        quoted_article("satu", f'"{REMARK}," kata Fulan Azis.', [("Fulan Azis", REMARK, "kata Fulan Azis")])
    )
    archive.add(
        quoted_article("dua", f'"{ANOTHER}," ujar Fulan Aziz.', [("Fulan Aziz", ANOTHER, "ujar Fulan Aziz")])
    )
    archive.add(
        quoted_article("tiga", f'"{ANOTHER}," ujar Fulan Sani.', [("Fulan Sani", ANOTHER, "ujar Fulan Sani")])
    )
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0")
    assert archive.cluster_of("tiga:0") != archive.cluster_of("satu:0")


def test_one_content_word_changed_is_one_remark() -> None:
    latest = all_words("Nggak ada, bahas kondisi terakhir", "id")
    current = all_words("Enggak ada, bahas kondisi terkini", "id")
    assert one_word_changed(latest, current)
    assert verbatim(latest, current, dated=True)
    assert not verbatim(latest, current, dated=False)  # five words: six are needed without two dates


def test_a_changed_number_negation_tense_or_pointing_word_is_another_remark() -> None:
    pairs = [
        ("Itu sudah selesai kami bahas", "Itu belum selesai kami bahas"),
        ("Saya tidak tahu soal itu", "Saya tidak tahu soal ini"),
        ("Ada lima orang yang ditangkap", "Ada enam orang yang ditangkap"),
        ("Kami akan bahas hal itu", "Kami sudah bahas hal itu"),
        ("Harga beras akan naik bulan depan", "Harga beras akan turun bulan depan"),
        ("Kami setuju dengan usulan itu", "Kami menolak dengan usulan itu"),
    ]
    for one, two in pairs:
        assert not verbatim(all_words(one, "id"), all_words(two, "id"), dated=True), (one, two)
    assert not verbatim(
        all_words("We will look at it again", "en"), all_words("We would look at it again", "en"), dated=True
    )
    # two words changed is no longer the same words
    assert not one_word_changed(
        all_words("bahas kondisi terakhir kota", "id"), all_words("bahas situasi terkini kota", "id")
    )


def test_a_one_word_edit_links_one_speaker_on_one_day(tmp_path: Path) -> None:
    latest = "Nggak ada, bahas kondisi terakhir"
    current = "Enggak ada, bahas kondisi terkini"
    archive = Archive(tmp_path)
    archive.add(
        quoted_article(
            "satu", f'"{latest}," kata Fulan Hidayat.', [("Fulan Hidayat", latest, "kata Fulan Hidayat")]
        )
    )
    archive.add(
        quoted_article("dua", f'"{current}," ujar Fulan.', [("Fulan Hidayat", current, "ujar Fulan")])
    )
    archive.add(
        quoted_article(
            "tiga", f'"{current}," ujar Rina Marlina.', [("Rina Marlina", current, "ujar Rina Marlina")]
        )
    )
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0")
    assert archive.cluster_of("tiga:0") != archive.cluster_of("satu:0")
