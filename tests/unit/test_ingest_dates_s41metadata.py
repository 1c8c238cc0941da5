"""Dates and outlets read in session 41 (issue 10: no invented dates). Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Warga Sukamaju Diminta Mendaftar Ulang Sebelum Akhir Bulan"
_LEAD = (
    "SUKAMAJU - Pemerintah desa meminta seluruh warga mendaftar ulang data kependudukan sebelum akhir bulan "
    "agar bantuan tidak tertunda."
)
_MORE = [
    "Menurut kepala desa, pendaftaran dibuka setiap hari kerja di balai desa mulai pukul delapan pagi.",
    "Warga yang berhalangan hadir dapat menitipkan berkas kepada ketua rukun tetangga masing-masing.",
]


def _page(*paragraphs: str) -> str:
    return "\n\n".join([_TITLE, *paragraphs]) + "\n"


def test_a_capitalised_attribution_after_a_closed_quote_dates_the_quoting_not_the_page(
    tmp_path: Path,
) -> None:
    # the quotation ends with its full stop and the attribution opens with a capital speech verb
    speech = (
        "\u201cBerkas yang belum lengkap akan kami kembalikan kepada warga.\u201d Jelas Fulan, dikutip dari "
        "kabarcontoh.com, Senin (4/3/2024)."
    )
    assert load_article(tmp_path, _page(_LEAD, speech, *_MORE)).date == ""


def test_a_sourcing_sentence_after_a_closed_quote_that_opens_with_no_speech_verb_still_dates(
    tmp_path: Path,
) -> None:
    speech = (
        "\u201cBerkas yang belum lengkap akan kami kembalikan kepada warga.\u201d Demikian dikutip dari "
        "kabarcontoh.com, Senin (4/3/2024)."
    )
    assert load_article(tmp_path, _page(_LEAD, speech, *_MORE)).date == "2024-03-04"


_TAGGED_HEAD = [
    " date 2024-03-04 FLOODS BY RIVER",
    "Sukamaju villagers vote to move homes away from the river, ask for \u2018fair and quick\u2019 help",
    "'We cannot wait for another flood,' says village head Ana Lestari.",
    "Villagers carry their belongings through the flooded main road of Sukamaju on March 3, 2024. / Ana Lestari",
    "March 4, 2024",
]
_TAGGED_STORY = [
    "Villagers in Sukamaju on Monday voted to move their homes away from the river bank after a third flood "
    "this year.",
    "\u201cWe cannot wait for another flood,\u201d village head Ana Lestari said after the vote.",
    "The district office said it would look for land on the hill above the village before the rainy season.",
]


def test_a_capitals_tag_over_a_sentence_case_english_headline_is_no_title(tmp_path: Path) -> None:
    page = "\n".join(_TAGGED_HEAD) + "\n\n" + "\n\n".join(_TAGGED_STORY) + "\n"
    assert load_article(tmp_path, page).title == _TAGGED_HEAD[1]


def test_a_capitals_headline_over_a_sentence_case_line_it_shares_no_word_with_stays_the_title(
    tmp_path: Path,
) -> None:
    head = [_TAGGED_HEAD[0].replace("FLOODS BY RIVER", "FLOODS ON HILL"), *_TAGGED_HEAD[1:]]
    page = "\n".join(head) + "\n\n" + "\n\n".join(_TAGGED_STORY) + "\n"
    assert load_article(tmp_path, page).title == "FLOODS ON HILL"
