"""Person classes met on fresh real pages (issue 9): made-up sentences, one class each."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.language import tokenize, written_lower
from kutip.index.models import EntityType


def persons(body: str, lang: str = "id") -> set[str]:
    return {e.name for e in recognise(body, lang) if e.type is EntityType.PERSON}


def test_a_name_in_a_link_slug_is_not_written_in_lower_case() -> None:
    words = written_lower(
        tokenize("Baca di https://www.kabar.id/read/12/badrun-hadir-di-rapat dan ikuti @badrun.")
    )
    assert "badrun" not in words
    assert {"di", "dan", "ikuti"} <= words


def test_a_hashtag_is_no_lower_case_word() -> None:
    assert "sarimarlina" not in written_lower(tokenize("Tagar #sarimarlina ramai dibahas."))


def test_a_person_named_in_a_related_link_slug_stays_a_person() -> None:
    body = (
        "Presiden Badrun merespons positif wacana koalisi besar.\n\n"
        "Badrun menilai cocok jika dua koalisi bergabung.\n\n"
        "Artikel ini bisa dilihat di : https://www.kabar.tv/article/1/badrun-soal-koalisi-besar-cocok"
    )
    assert "Badrun" in persons(body)


def test_a_coordinating_ministers_portfolio_is_no_person() -> None:
    body = (
        "Coordinating Maritime Affairs Minister Fulan Hidayat said on Tuesday the plan would go ahead. "
        "He was appointed on the advice of Coordinating Political, Legal and Security Affairs "
        "Minister Badu Santoso."
    )
    assert persons(body, "en") == {"Fulan Hidayat", "Badu Santoso"}


def test_a_run_after_the_english_article_is_an_epithet_or_a_band() -> None:
    body = "Fulan Hidayat yang dikenal dengan julukan The King of Sorrow Road mengaku senang, kata dia."
    assert persons(body) == {"Fulan Hidayat"}


def test_names_joined_by_and_in_an_indonesian_body_name_a_group() -> None:
    body = "Mereka adalah Rina Marlina, Badu and The Rinas yang tampil malam ini, kata Fulan Hidayat."
    assert persons(body) == {"Rina Marlina", "Fulan Hidayat"}


def test_two_people_joined_by_dan_stay_two_people() -> None:
    assert persons("Rina Marlina dan Fulan Hidayat hadir di acara itu, kata dia.") == {
        "Rina Marlina",
        "Fulan Hidayat",
    }


def test_a_force_or_corps_word_after_the_rank_is_no_part_of_the_name() -> None:
    assert persons("Kapolri Jenderal Polisi Fulan Hidayat memberi arahan, katanya.") == {"Fulan Hidayat"}
    assert persons("Komandan Kolonel Infanteri Badu Santoso menyerahkan bantuan.") == {"Badu Santoso"}


def test_the_retired_mark_alone_names_no_one() -> None:
    found = persons(
        "Menko Polhukam Jenderal (Purn) Fulan Hidayat dan Kapolri Jenderal Pol Badu Santoso hadir."
    )
    assert found == {"Fulan Hidayat", "Badu Santoso"}


def test_a_degree_the_tokeniser_splits_at_its_dot_ends_the_name() -> None:
    body = "Camat Fulan Hidayat S.Ag dan Sekretaris Badu Santoso ST hadir dalam rapat, kata dia."
    assert persons(body) == {"Fulan Hidayat", "Badu Santoso"}


def test_a_capitalised_speech_verb_after_a_quotation_is_no_part_of_the_name() -> None:
    body = '"Kenapa kami tidak dihubungi," Imbuh Fulan Hidayat. Kami bukan wartawan, Ungkap Rina Marlina.'
    assert persons(body) == {"Fulan Hidayat", "Rina Marlina"}


def test_english_meetings_and_campaigns_are_no_persons() -> None:
    body = "Fulan Hidayat said the Ministerial Meeting backed the Counter-terrorism plan, reviving the New Order."
    assert persons(body, "en") == {"Fulan Hidayat"}


def test_a_ministrys_short_name_between_the_office_and_the_name_is_the_portfolio() -> None:
    assert persons("Menko Kesra Fulan Hidayat memastikan dirinya masuk kantor, katanya.") == {"Fulan Hidayat"}
    assert persons("Kepala Bekraf Badu Santoso mengatakan ekonomi kreatif tumbuh.") == {"Badu Santoso"}
    assert persons("Warga Hubungi Menteri PU Soal Jalan Rusak") == set()


def test_comment_boxes_and_sponsored_blocks_are_furniture() -> None:
    body = "Fulan Hidayat mengatakan, harga naik.\n\nSponsored Link\n\nAdd Comment\n\nTag Result: koalisi"
    assert persons(body) == {"Fulan Hidayat"}


def test_an_affixed_word_opening_a_sentence_before_a_name_is_cut() -> None:
    body = "Candaan Fulan kepada Badu Santoso berakhir dengan hadiah. Fulan tertawa, kata Badu."
    assert "Candaan Fulan" not in persons(body)


def test_a_listed_figure_written_as_an_acronym_is_a_person() -> None:
    assert persons("Presiden SBY mengatakan hal itu kepada wartawan.") == {"Susilo Bambang Yudhoyono"}


def test_a_ministrys_fields_broken_over_a_line_end_before_the_name() -> None:
    body = (
        "He met the Minister of Agriculture, Resettlement, Maritime and Disaster Mitigation\n"
        "Affairs Fulan Sinaga and the Minister of Maritime and Fisheries Badu Santoso, officials said."
    )
    assert persons(body, "en") == {"Fulan Sinaga", "Badu Santoso"}
