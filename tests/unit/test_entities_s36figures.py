"""One name per listed public figure (session 36): a legal name around the common one, a lone word the
list gives one figure, accents, and the figures named in full. Texts are made up for these tests; the
figures named are on the public nickname list (``data/people/nicknames.tsv``)."""

from __future__ import annotations

from kutip.index.entities.figure_words import figure_word
from kutip.index.entities.figures import contained_figure, full_name
from kutip.index.language.nicknames import named_in_full, nickname_rows
from tests.unit.recognised import person_names as _persons


def test_a_legal_name_around_a_listed_full_name_is_that_figure() -> None:
    assert contained_figure("Muhammad Erick Thohir") == "Erick Thohir"  # a given name that opens many names
    assert contained_figure("Sarinah Erick Thohir") is None  # a wife is called by her husband's name
    assert contained_figure("Erick Thohir Saputra") == "Erick Thohir"  # a family name after
    assert contained_figure("Erick Thohir") is None  # the listed name itself is full_name's
    assert contained_figure("Fulan Bowo Saputra") is None


def test_a_name_around_which_another_figure_stands_is_two_people() -> None:
    assert contained_figure("Jokowi Erick Thohir") is None


def test_the_common_name_replaces_a_legal_name_the_list_gives() -> None:
    text = (
        "Menteri Pertahanan Prabowo Subianto Djojohadikusumo meninjau pabrik amunisi di Malang, Senin. "
        '"Produksi harus naik," kata Prabowo.'
    )
    assert "Prabowo Subianto" in _persons(text)
    assert "Prabowo Subianto Djojohadikusumo" not in _persons(text)


def test_a_lone_word_the_list_gives_one_figure_names_the_figure() -> None:
    text = 'Gubernur Anies meninjau banjir di Kampung Fulan, Senin. "Air mulai surut," kata Anies.'
    assert "Anies Baswedan" in _persons(text)


def test_a_lone_word_another_person_of_the_article_bears_stays_theirs() -> None:
    text = (
        'Ketua RT Anies Fulanto mengatakan warga sudah mengungsi. "Air naik cepat," kata Anies Fulanto.\n\n'
        "Menurut Anies, posko dibuka sejak pagi."
    )
    persons = _persons(text)
    assert "Anies Fulanto" in persons
    assert "Anies Baswedan" not in persons


def test_an_article_without_accents_keeps_its_letters() -> None:
    assert full_name("Aleix Espargaro") == "Aleix Espargaró"  # the list writes the encyclopedia's name
    plain = 'Pebalap Aleix Espargaro Villa mengaku puas dengan motornya. "Motor saya cepat," kata Espargaro.'
    assert "Aleix Espargaro" in _persons(plain)  # the legal name folded, the article's letters kept
    accented = 'Aleix Espargaró Villa mengaku puas dengan motornya. "Motor saya cepat," kata Espargaró.'
    assert "Aleix Espargaró" in _persons(accented)


def test_a_nickname_names_a_rider() -> None:
    assert full_name("Pecco") == "Francesco Bagnaia"
    assert full_name("Pecco Bagnaia") == "Francesco Bagnaia"


def test_figures_named_in_full_give_no_first_word() -> None:
    assert "Marc Márquez" in named_in_full()
    assert full_name("Marc Marquez") == "Marc Márquez"
    assert figure_word("Marc") is None  # a lone "Marc" is anyone's
    assert figure_word("Anies") == "Anies Baswedan"  # the Indonesian figures above the section still do


def test_the_section_line_is_no_row() -> None:
    assert all(not full.startswith("[") for full, _ in nickname_rows())
    assert named_in_full() <= {full for full, _ in nickname_rows()}


def test_a_lone_given_name_joins_the_figure_its_family_name_named() -> None:
    text = (
        "Fabio Quartararo gagal finis di Sirkuit Fulan, Minggu. Pebalap itu jatuh di tikungan tiga. "
        '"Motor saya goyang sejak awal," kata Quartararo.\n\n'
        "Menurut tim, Fabio akan tampil lagi pekan depan."
    )
    persons = _persons(text)
    assert persons.count("Fabio Quartararo") == 1
    assert "Fabio" not in persons
