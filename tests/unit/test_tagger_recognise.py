"""The tagger combined with the rules, on text written for these tests."""

from __future__ import annotations

from kutip.index.entities import is_person_candidate, person_confidence, recognise
from kutip.index.entities.tagger import tag_tokens
from kutip.index.language import tokenize
from kutip.index.models import EntityType

PERSON = EntityType.PERSON


def persons(body: str, lang: str = "id") -> dict[str, list[str]]:
    return {e.name: e.aliases for e in recognise(body, lang) if e.type is PERSON}


def test_the_model_loads_and_tags_a_sentence() -> None:
    tokens = tokenize("Gubernur Wirawan Santoso mengunjungi Surabaya pada hari Senin bersama Dewi Lestari.")
    tagging = tag_tokens(tokens)
    labels = dict(zip((t.text for t in tokens), tagging.labels, strict=True))
    assert labels["Lestari"].endswith("PER")
    assert labels["mengunjungi"] == "O"


def test_sentences_without_capitals_are_not_tagged() -> None:
    tagging = tag_tokens(tokenize("semua kata di sini ditulis dengan huruf kecil."))
    assert set(tagging.labels) == {"O"} and max(tagging.person) == 0.0


def test_weekdays_months_and_page_furniture_are_never_persons() -> None:
    body = (
        '"Kami siap," kata Senin. Laporan Juli Agustus dibuka.\n'
        "Tim Redaksi\nUkuran Font\nRelated Articles\n"
        '"Semua aman," ujar Rangga Wibisana Selasa.'
    )
    found = persons(body)
    assert "Rangga Wibisana" in found
    assert not {"Senin", "Selasa", "Juli Agustus", "Tim Redaksi", "Ukuran Font", "Related Articles"} & set(found)


def test_ranks_with_dots_and_rank_words_are_titles() -> None:
    body = (
        "Kapolda Irjen Pol. Fulan Hidayat dan Kombes Pol. Badu Santoso hadir. "
        "Marsekal Madya Gilang Perdana serta Laksamana Pertama Sari Anggraini juga datang. "
        "Bharada Eliezer menunggu di luar."
    )
    found = persons(body)
    assert {"Fulan Hidayat", "Badu Santoso", "Gilang Perdana", "Sari Anggraini", "Eliezer"} <= set(found)
    assert not any(name.startswith(("Pol", "Madya", "Pertama", "Marsekal")) for name in found)


def test_alias_definitions_join_the_person() -> None:
    found = persons(
        "Wali kota Basuki Purnomo Harjo (Abe) membuka acara. Menurut Abe, acara berjalan lancar. "
        "Gubernur Rangga Wibisana, yang akrab disapa Angga, juga datang. Angga tersenyum."
    )
    assert "Abe" in found["Basuki Purnomo Harjo"]
    assert "Angga" in found["Rangga Wibisana"]
    assert "Abe" not in found and "Angga" not in found


def test_a_party_in_parentheses_is_no_alias() -> None:
    found = persons("Anggota DPR Arif Wicaksono (PDIP) menolak usulan itu.")
    assert found["Arif Wicaksono"] == []


def test_misspelt_variants_of_a_long_name_are_one_person() -> None:
    found = persons(
        "Pelatih Hendrawan Saputra memuji timnya. Menurut Hendrawan Saputra, latihan berjalan baik. "
        '"Mereka hebat," kata Hendrawan Saputro.'
    )
    assert list(found) == ["Hendrawan Saputra"]
    assert "Hendrawan Saputro" in found["Hendrawan Saputra"]


def test_nicknames_of_well_known_figures_take_the_full_name() -> None:
    found = persons('"Kita kerja," kata Jokowi di Istana.')
    assert "Joko Widodo" in found and "Jokowi" in found["Joko Widodo"]


def test_bylines_and_photo_credits_name_persons() -> None:
    found = persons("Judul berita hari ini\n\nOleh: Wulan Anggraeni\n\nIsi berita dimulai. (Kabar.id/Rudi Hartono)")
    assert {"Wulan Anggraeni", "Rudi Hartono"} <= set(found)


def test_noun_phrases_and_tickets_are_no_persons() -> None:
    body = (
        "Ia menyebut menteri itu Menteri Penambah Beban. Menurut dia, penambah beban negara "
        "harus diganti. Pasangan Wibisana-Mahesa menang. Pelari yang dijuluki Bocah Ajaib Dari Timur itu juara. "
        "Bocah itu memang ajaib."
    )
    found = persons(body)
    assert not {"Penambah Beban", "Wibisana-Mahesa", "Bocah Ajaib"} & set(found)


def test_person_check_for_speaker_candidates() -> None:
    body = "Hal itu dikatakan Kapolda Irjen Nico Hartanto pada Selasa kepada Tim Redaksi."
    span = lambda w: (body.index(w), body.index(w) + len(w))  # noqa: E731
    assert is_person_candidate(body, *span("Nico Hartanto"))
    assert not is_person_candidate(body, *span("Selasa"))
    assert not is_person_candidate(body, *span("Tim Redaksi"))
    assert not is_person_candidate(body, *span("Kapolda"))
    assert 0.0 <= person_confidence(body, *span("Nico Hartanto")) <= 1.0


def test_english_bodies_are_left_to_the_rules() -> None:
    found = persons('"We are ready," said Maria Santos on Tuesday. Prime Minister Theresa May agreed.', "en")
    assert "Maria Santos" in found and "Tuesday" not in found
    assert "Theresa May" in found


def test_threads_each_tag_with_their_own_tagger() -> None:
    import threading

    body = '"Kami siap," kata Gubernur Wirawan Santoso di Surabaya. Dewi Anggraeni hadir.'
    results: list[tuple[str, ...]] = []

    def work() -> None:
        for _ in range(10):
            results.append(tuple(sorted(persons(body))))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {("Dewi Anggraeni", "Wirawan Santoso")}


def test_a_quoted_title_of_a_work_is_no_person() -> None:
    found = persons('Penyanyi itu merilis album "Bintang Terang Selalu" tahun lalu bersama Rudi Hartono.')
    assert "Rudi Hartono" in found and not any(name.startswith("Bintang") for name in found)
