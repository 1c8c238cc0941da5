"""Person classes of session 44 (names): captions' people, world given names that are no slip of a
listed figure, Javanese court titles, the English "Speaker", and a clipped picture source."""

from __future__ import annotations

from kutip.index.entities.figures import near_figure
from kutip.index.entities.pictured import is_caption, pictured_persons
from kutip.index.entities.recognise import recognise
from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import EntityType
from kutip.index.people.same_person import word_of_shown


def _persons(text: str, lang: str = "id") -> list[str]:
    return [e.name for e in recognise(text, lang) if e.type is EntityType.PERSON]


def test_people_placed_in_an_english_caption_are_read() -> None:
    line = (
        "Trade Minister Fulan Wirasena (second left) greets Deputy Governor Sari Kusumadewi (right)"
        " at the opening of the fair in Semarang on Monday."
    )
    assert pictured_persons([line]) == ["Fulan Wirasena", "Sari Kusumadewi"]


def test_an_indonesian_caption_closing_on_a_credit_names_the_pictured_not_the_photographer() -> None:
    line = (
        "Bupati Sleman Badu Santoso meninjau pasar baru di Godean, Senin (3/2/2025). (Kabar.id/Ana Lestari)"
    )
    assert is_caption(line)
    assert pictured_persons([line]) == ["Badu Santoso"]


def test_lines_that_are_no_caption_name_no_one() -> None:
    assert (
        pictured_persons(["Baca juga: Fulan Wirasena Tinjau Pasar Baru", "Menteri Fulan Wirasena hadir."])
        == []
    )


def test_a_world_given_name_is_no_slip_of_a_listed_figures_surname() -> None:
    assert near_figure("Ricardo") is None  # a given name of its own, not the listed driver's "Ricciardo"
    assert near_figure("Seri Mulyani") == "Sri Mulyani Indrawati"  # a slip is still read


def test_a_javanese_court_title_is_one_title_before_one_person() -> None:
    text = "Anggota DPD Fulan Badu bersama Gusti Kanjeng Ratu Sekarwangi hadir dalam rapat itu."
    assert _persons(text) == ["Fulan Badu", "Sekarwangi"]
    assert _persons("Kami siap, kata GKR Sekarwangi di Yogyakarta.") == ["Sekarwangi"]


def test_speaker_opens_an_english_title_and_names_no_one() -> None:
    text = '"We agreed," the Deputy Speaker Fulan Wirasena told reporters in Bandung.'
    assert _persons(text, "en") == ["Fulan Wirasena"]


def test_a_clipped_istimewa_or_a_document_credits_no_photographer() -> None:
    lines = ["Menteri Fulan Wirasena (Foto: Ist)", "Rapat pleno (Foto: Dokumen Kabarnews)"]
    assert [c for c in credits_from_lines(lines) if c.role == "photo"] == []


def test_a_headlines_one_word_is_the_shown_person_whose_name_holds_it() -> None:
    assert word_of_shown("Wirasena", ["Fulan Wirasena", "Sari Dewi"])
    assert not word_of_shown("Hendrawan", ["Fulan Wirasena"])  # someone else
    assert not word_of_shown("Fulan Wirasena", ["Fulan Wirasena Putra"])  # two words: the credit's own test


def test_dotted_initials_after_a_title_open_the_name_no_body() -> None:
    assert _persons("Kepala staf Marsekal Udara R.K. Mehrotra menjawab pertanyaan wartawan.") == ["R.K. Mehrotra"]
    assert _persons("Air Marshal R.K. Mehrotra answered the reporters.", "en") == ["R.K. Mehrotra"]


def test_an_offices_short_form_in_brackets_names_no_one() -> None:
    text = "Hal itu disampaikan Kepala Biro Logistik Pertahanan (Karo Loghan) Setjen Kemhan Fulan Wirasena."
    assert _persons(text) == ["Fulan Wirasena"]
    assert _persons("Ia bertemu Wakil Presiden (Wapres Sutrisno) kemarin.") == ["Sutrisno"]  # the holder
