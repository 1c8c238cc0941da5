"""Session 48, speakers (made-up text and names): the speaker is the person, not a clipped office,
a place named in the quotation or a word glued to the name.

- ``Menteri Kelautan RI Fulan`` then ``kata Menkel``: a clipped office the role lists lack is read
  from the long form the page printed (``Men`` + a syllable of each word), and its holder speaks.
- ``"… Taman Fulan Hadi …," Hadi stated here``: a park named inside the quotation is no fuller
  form of the surname that speaks (``Taman``, ``Lapangan`` open a place; ``Park`` ends one).
- ``Like Fulan, residents …``: a preposition opening the sentence is no part of the name.
- ``tambah Fulan²``: a footnote's superscript digits are no part of the name.
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.coined_office import coined_office
from kutip.index.statements.descriptions import Intro
from kutip.index.statements.runs import split_run
from kutip.index.statements.text import tokens


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def _intro(name: str, *words: str) -> Intro:
    return Intro(0, name, frozenset(words), None)


def test_a_clipped_office_the_lists_lack_is_the_holder_the_page_named() -> None:
    body = (
        "Jakarta - Menteri Kelautan RI Haryo Wicaksono hadir dalam peluncuran program perahu nelayan "
        "di Pelabuhan Sukamaju, Selasa (14/5/2024). Program itu menyasar tiga ribu nelayan kecil.\n"
        '"Kami ingin setiap nelayan punya perahu yang layak dan aman untuk melaut," kata Menkel '
        "dalam sambutannya.\n"
        'Menkel mengatakan anggaran berasal dari dana kementerian. "Tahap pertama berjalan bulan '
        'depan," ujarnya.\n'
        '"Kami akan mengevaluasi setiap tiga bulan," tutur Menkel.\n'
    )
    assert _direct(body) == ["Haryo Wicaksono"] * 3


def test_the_clipped_office_is_the_minister_not_the_deputy() -> None:
    body = (
        "Jakarta - Menteri Kelautan Haryo Wicaksono dan Menteri Keuangan Dimas Pranoto meninjau "
        "pelabuhan ikan di Sukamaju, Selasa (14/5/2024). Wakil Menteri Kelautan Rini Maharani turut "
        "mendampingi.\n"
        '"Kami ingin setiap nelayan punya perahu yang layak," kata Menkel.\n'
        '"Kami akan mengawasi penyalurannya," kata Wamenkel.\n'
    )
    assert _direct(body) == ["Haryo Wicaksono", "Rini Maharani"]


def test_clips_of_roots_syllables_and_initials() -> None:
    assert coined_office("Menbud", [_intro("A", "menteri", "kebudayaan")]) == ("menteri", "kebudayaan")
    assert coined_office("Menkp", [_intro("A", "menteri", "kelautan", "perikanan")]) is not None
    assert coined_office("Mendikdasmen", [_intro("A", "menteri", "pendidikan", "dasar", "menengah")])
    # a given name is no clip of the office the page printed
    assert coined_office("Mentari", [_intro("A", "menteri", "pertanian")]) is None
    assert coined_office("Menkel", [_intro("A", "menteri", "keuangan")]) is None
    # the role lists spell it out already: nothing to coin
    assert coined_office("Menkeu", [_intro("A", "menteri", "keuangan")]) is None


def test_a_park_in_the_quotation_is_no_fuller_name_of_the_speaker() -> None:
    lead = "Sukamaju (Warta Kita) - The city will open a new park next month.\n"
    taman = '"Every family will walk to a park. The Taman Wiratmo Hadi project is the first of twelve," Hadi stated here on Thursday (14/3).\n'
    park = (
        '"Every family will walk to Sudiryo Park within ten minutes," Sudiryo stated here on Thursday (14/3).\n'
    )
    assert _direct(lead + taman, "en") == ["Hadi"]
    assert _direct(lead + park, "en") == ["Sudiryo"]
    assert split_run(tokens("Park Minsoo", 0, 11))[0] == "person"  # a surname first


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name() -> None:
    body = (
        "Sukamaju (Warta Kita) - Flooding hit several villages in the southern regency on Sunday.\n"
        "Like Marlina Susanti, residents along the riverbank said the water came faster than last "
        'year. "We had no time to save the goats," Marlina said.\n'
    )
    assert _direct(body, "en") == ["Marlina Susanti"]


def test_a_footnote_mark_glued_to_the_name_comes_off() -> None:
    body = (
        "Jakarta - Pemerintah kota menyiapkan sepuluh ribu bibit pohon untuk ditanam di bantaran "
        "sungai, Rabu (3/7/2024). Kepala Dinas Lingkungan Hidup Agus Santosa hadir dalam acara tersebut.\n"
        '"Penanaman ini melibatkan warga di tiga kecamatan," kata Agus Santosa.\n'
        'Penanaman akan dilanjutkan bulan depan. "Kami juga menyiapkan petugas perawatan," tambah '
        "Agus².\n"
    )
    assert _direct(body) == ["Agus Santosa"] * 2
    assert [t.text for t in tokens("tambah Agus², ucap Agus¹³", 0, 25)] == ["tambah", "Agus", "ucap", "Agus"]
