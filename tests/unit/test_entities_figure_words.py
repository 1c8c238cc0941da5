"""Listed public figures called by one word, and pairs of them written as one run. Texts are made up
for these tests; the figures named are on the public nickname list (``data/people/nicknames.tsv``)."""

from __future__ import annotations

from kutip.index.entities.figure_words import figure_word
from kutip.index.entities.related import related_persons
from tests.unit.recognised import person_names as _persons


def test_a_nickname_and_a_distinctive_first_word_name_their_figures() -> None:
    assert figure_word("Ahok") == "Basuki Tjahaja Purnama"
    assert figure_word("Anies") == "Anies Baswedan"
    assert figure_word("Gibran") == "Gibran Rakabuming Raka"


def test_a_first_word_that_opens_several_names_or_is_a_word_names_no_one() -> None:
    assert figure_word("Budi") is None  # several listed figures
    assert figure_word("Raja") is None  # a title
    assert figure_word("Sri") is None  # short, and shared
    assert figure_word("Fulan") is None


def test_lone_figure_words_on_a_headline_line_are_persons() -> None:
    text = (
        "Rapat partai digelar di Jakarta pada Senin. Ketua partai Fulan Hidayat hadir.\n"
        "Anies dan Ahok Tak Hadiri Rapat Partai\n"
        "Rapat berlangsung tertutup."
    )
    persons = _persons(text)
    assert "Anies Baswedan" in persons  # the lone word names the figure (session 36)
    assert "Basuki Tjahaja Purnama" in persons


def test_a_headline_verb_after_a_figure_word_is_cut() -> None:
    text = "Harga cabai naik di pasar.\nWapres Gibran Tinjau Pasar Cikurubuk, Pastikan Harga Stabil\nPedagang mengeluh."
    persons = _persons(text)
    assert "Gibran Rakabuming Raka" in persons
    assert not any("Tinjau" in p for p in persons)


def test_a_hyphenated_ticket_is_two_people() -> None:
    text = "Warga mengadukan permasalahan langsung ke Anies-Gibran. Petugas kecamatan mencatat aduan itu."
    assert _persons(text) == ["Anies Baswedan", "Gibran Rakabuming Raka"]


def test_two_figures_written_as_one_run_are_two_people() -> None:
    persons = _persons("Dulu saya tim sukses Fulan Hidayat, tapi sekarang Jokowi Ma'ruf. Itu sah.")
    assert "Joko Widodo" in persons
    assert "Ma'ruf Amin" in persons
    assert "Jokowi Ma'ruf" not in persons


def test_a_figure_word_before_another_name_stays_one_name() -> None:
    assert "Anies Fulanto" in _persons("Ketua RT Anies Fulanto mengatakan warga sudah mengungsi.")
    assert _persons("Jokowi JK menang dalam pemilihan itu.") == ["Jokowi JK"]  # an acronym pair stays
    # two first words may be another person's full name
    assert "Anies Gibran" in _persons("Menurut sutradara Anies Gibran, film itu selesai.")


def test_a_word_written_like_a_capital_form_is_no_figure() -> None:
    assert figure_word("HRS") == "Rizieq Shihab"
    assert figure_word("Hrs") is None


def test_related_headlines_name_a_figure_by_its_first_word() -> None:
    assert related_persons(["Baca juga: Anies dan Ahok Tak Hadiri Rapat Partai"]) == [
        "Anies Baswedan",
        "Basuki Tjahaja Purnama",
    ]
    assert related_persons(["Baca juga: Gibran Fulanto Ditangkap Polisi"]) == []  # another Gibran's full name
